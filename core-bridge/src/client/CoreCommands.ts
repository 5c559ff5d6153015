import type {
  AgentSessionView,
  AgentStateRequestBody,
  BuddyAgentView,
  CallDataUpdate,
  ContactTarget,
  ContactView,
  EntryPoint,
  InteractionListQueryInput,
  InteractionPage,
  InteractionRecord,
  OutdialRequest,
  Queue,
  ReasonCode,
} from '@patchbay/core/contract';
import type { Versioned } from './Versioned.js';

/**
 * Whose session a command acts on. Agents leave it out (`me`); supervisors and admins name an
 * agent of their teams or sites.
 */
export type AgentTarget = { readonly agentId?: string };

/**
 * The core's commands and queries, typed with the contract's views. Every answer is checked
 * against the contract before it is returned. Failures reject with CoreClientError.
 */
export type CoreCommands = {
  /** Station login: where the agent's phone rings (E.164 or extension). Takes over another login. */
  stationLogin(dialNumber: string, target?: AgentTarget): Promise<AgentSessionView>;
  /** Logs the agent out; CONFLICT while a contact is offered, connected or in wrap-up. */
  logout(target?: AgentTarget): Promise<void>;
  /** Available, or Idle with an idle code (pending until wrap-up ends when asked during a call). */
  setState(request: AgentStateRequestBody, target?: AgentTarget): Promise<AgentSessionView>;
  /** The agent's session and state; NOT_FOUND when not logged in. */
  getSession(target?: AgentTarget): Promise<AgentSessionView>;
  /** The agent's live contacts (offered, connected, held, in wrap-up). */
  listContacts(target?: AgentTarget): Promise<ContactView[]>;
  /** The other logged-in agents of the tenant, to consult or transfer to: Available first, then by name. */
  listBuddyAgents(): Promise<BuddyAgentView[]>;
  /** Accepts an offer: the agent's phone is called, and `contact.assigned` follows once it answers. */
  accept(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Declines an offer: the contact goes back to its queue, keeping its place. */
  decline(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  hold(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Takes a held contact off hold. */
  resume(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Ends the call; the contact goes to wrap-up. */
  end(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /**
   * Sends DTMF digits (0-9 * # A-D, `,` for a pause; 1-32 per call) to the party the agent talks
   * to: the customer, or the consulted party during a consult.
   */
  sendDtmf(interactionId: string, digits: string, target?: AgentTarget): Promise<ContactView>;
  /** Closes wrap-up with one of the tenant's wrap-up codes (see `listWrapUpCodes`). */
  wrapUp(interactionId: string, wrapUpCodeId: string, target?: AgentTarget): Promise<ContactView>;
  /** Changes agent-editable call-associated data. */
  updateCallData(interactionId: string, values: CallDataUpdate['values'], target?: AgentTarget): Promise<ContactView>;
  /**
   * Click-to-call: the agent's phone rings, then the destination's. CONFLICT `no-outdial` when the
   * agent's desktop profile has no outdial entry point.
   */
  outdial(request: OutdialRequest, target?: AgentTarget): Promise<ContactView>;
  /**
   * Consults an agent (who must be Available), a queue, a number or an entry point; the customer is
   * held meanwhile. A consulted agent answers with `accept` or `decline` and leaves with `end`.
   */
  consult(interactionId: string, to: ContactTarget, target?: AgentTarget): Promise<ContactView>;
  /** Hands the customer to the consulted party; the agent wraps up. */
  consultTransfer(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Brings the held customer into the consult: all three talk. */
  conference(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Drops the consulted party; the customer stays on hold until `resume`. */
  consultEnd(interactionId: string, target?: AgentTarget): Promise<ContactView>;
  /** Blind transfer to an agent, a queue, a number or an entry point; the agent wraps up. */
  transfer(interactionId: string, to: ContactTarget, target?: AgentTarget): Promise<ContactView>;
  /**
   * Records of finished contacts, newest `endedAt` first: the whole tenant for admins, those offered
   * to an agent of the caller's teams for supervisors. Pass `nextCursor` back as `cursor` (keeping the
   * other filters) for the next page. INVALID_REQUEST with `field` for a bad filter or cursor.
   */
  listInteractions(query?: InteractionListQueryInput): Promise<InteractionPage>;
  /** One record, as `listInteractions` would show it; NOT_FOUND when unknown or out of reach. */
  getInteraction(interactionId: string): Promise<InteractionRecord>;
  /** The records of contacts the calling agent was offered, newest first, paged like `listInteractions`. */
  listMyInteractions(query?: InteractionListQueryInput): Promise<InteractionPage>;
  listQueues(): Promise<Versioned<Queue>[]>;
  listIdleCodes(): Promise<Versioned<ReasonCode>[]>;
  listWrapUpCodes(): Promise<Versioned<ReasonCode>[]>;
  listEntryPoints(): Promise<Versioned<EntryPoint>[]>;
};
