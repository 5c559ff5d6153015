import type { AgentSessionView, ContactTarget, ContactView, CoreEvent, OutdialRequest } from '../../contract/index.js';
import type { RecoveryReport } from './recoverRuntime.js';

/** Agent state requests an agent (or a supervisor for them) can make. */
export type AgentStateRequest =
  { readonly state: 'Available' } | { readonly state: 'Idle'; readonly idleCodeId: string };

/** Reads of one event stream: what was missed since `afterSeq`, then live events. */
export type StreamSubscription = {
  /** The seq delivery follows: `afterSeq`, or the stream's latest when none was given. */
  readonly startedAfter: number;
  /** Stops live delivery. */
  close(): void;
};

export type SubscribeOptions = {
  tenantId: string;
  /** `agent:<agentId>` (one agent's desktop) or `tenant` (everything, for supervisors and admins). */
  stream: string;
  /**
   * Deliver events with a higher seq first (replay), then live ones. 0 = from the start; undefined =
   * live events only (the subscriber reads the current state elsewhere).
   */
  afterSeq: number | undefined;
  onEvent(event: CoreEvent): void;
  /** The requested replay is older than the retained log: reload state, then continue from `lastSeq`. */
  onGap(bounds: { firstSeq: number; lastSeq: number }): void;
};

/**
 * The live contact center: agent sessions, agent states and voice contacts of every tenant, over
 * the routing engine, the telephony gateway and the store. Every command validates, changes the
 * in-memory state, commits documents and events in one store batch, and resolves once that commit
 * is durable; events reach subscribers in commit order with per-stream sequence numbers.
 *
 * Errors are ServiceError: INVALID_REQUEST (bad input), NOT_FOUND (unknown or another tenant's or
 * agent's id), CONFLICT with `state` (illegal transition, e.g. hold while ringing).
 */
export type ContactCenterRuntime = {
  /** Station login: where the agent's phone rings. A second login takes over (multi-login). */
  stationLogin(tenantId: string, agentId: string, request: { dialNumber: string }): Promise<AgentSessionView>;
  logout(tenantId: string, agentId: string): Promise<void>;
  setAgentState(tenantId: string, agentId: string, request: AgentStateRequest): Promise<AgentSessionView>;
  getSession(tenantId: string, agentId: string): AgentSessionView | undefined;
  listSessions(tenantId: string): AgentSessionView[];

  /** Accept an offer from the desktop (only when the profile does not require answering the phone). */
  accept(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  decline(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  hold(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  resume(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  /** Sends DTMF digits to the party the agent talks to: the customer, or the consulted party. */
  sendDigits(tenantId: string, agentId: string, interactionId: string, digits: string): Promise<ContactView>;
  /** The agent ends the call; wrap-up follows. */
  end(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  wrapUp(
    tenantId: string,
    agentId: string,
    interactionId: string,
    request: { wrapUpCodeId: string },
  ): Promise<ContactView>;
  /** Update agent-editable call-associated data. */
  updateCallData(
    tenantId: string,
    agentId: string,
    interactionId: string,
    values: Readonly<Record<string, string | number | boolean>>,
  ): Promise<ContactView>;
  /**
   * Click-to-call from an Available or Idle agent (CONFLICT with their state otherwise; `no-outdial`
   * without an outdial entry point in their profile): their phone rings, then the customer's.
   * A failed outdial sends the agent back to the state they dialled from.
   */
  outdial(tenantId: string, agentId: string, request: OutdialRequest): Promise<ContactView>;
  /**
   * The owner consults an agent (who must be Available), a queue, a number or an entry point; the
   * customer is held meanwhile. The consulted agent accepts, declines and leaves (`end`) with the
   * contact commands above.
   */
  consult(tenantId: string, agentId: string, interactionId: string, target: ContactTarget): Promise<ContactView>;
  /** The consulted party takes the customer; the owner wraps up. */
  consultTransfer(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  /** Owner, customer and consulted party talk together; either agent leaves with `end`. */
  conference(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  /** Drops the consulted party; the customer stays on hold until the owner resumes. */
  consultEnd(tenantId: string, agentId: string, interactionId: string): Promise<ContactView>;
  /** Blind transfer: the customer goes to the target at once and the owner wraps up. */
  transfer(tenantId: string, agentId: string, interactionId: string, target: ContactTarget): Promise<ContactView>;
  /**
   * The agent's live contacts: offered, connected, held or in wrap-up as owner, consults offered
   * to them or joined, and contacts they left but still wrap up.
   */
  listAgentContacts(tenantId: string, agentId: string): ContactView[];
  /** Every live contact of the tenant (IVR, queued, offered, connected...). */
  listContacts(tenantId: string): ContactView[];

  subscribe(options: SubscribeOptions): Promise<StreamSubscription>;
  /**
   * Brings back what the store holds after the process stopped without closing: agent sessions
   * return as they were; calls, which did not survive the process, end (connected ones into
   * wrap-up, the others `interrupted`), each with its complete record; wrap-ups go on. Call it
   * once, at start, before serving commands (CONFLICT `recovered` on a second call).
   */
  recover(): Promise<RecoveryReport>;
  /** Stops timers and listeners; the store is closed by its owner. */
  close(): Promise<void>;
};
