import type { ConsultState, ContactState, ContactTarget, Queue, User } from '../../contract/index.js';
import type { RoutingEngine } from '../../engine/RoutingEngine.js';
import type { AgentState } from '../../engine/agentStateMachine.js';
import type { TimerHandle } from '../../time/Scheduler.js';
import type { EndedBy, InteractionOutcome, OfferResult } from './InteractionRecord.js';

/** A logged-in agent: where their phone rings and their state. */
export type AgentSession = {
  readonly agentId: string;
  sessionId: string;
  /** The user as configuration last described them (team, skills, desktop profile). */
  user: User;
  teamId: string;
  dialNumber: string;
  loggedInAt: number;
  state: AgentState;
  /** When the state last changed (a pending idle code does not count). */
  since: number;
};

/** One call-associated data variable; `value` is in clear here only, never in views or the store. */
export type CallDataEntry = {
  value: string | number | boolean;
  readonly agentViewable: boolean;
  readonly agentEditable: boolean;
  readonly sensitive: boolean;
};

/**
 * The offer a contact is in: one agent reserved, ringing until the agent's leg connects or it
 * expires. Timers compare the object itself, so a stale one never touches a later offer.
 */
export type Offer = {
  readonly agentId: string;
  readonly offeredAt: number;
  readonly expiresAt: number;
  readonly answerByPhone: boolean;
  /** The call to the agent's phone, once dialled (at the offer, or on desktop accept). */
  agentLegId: string | undefined;
  timer: TimerHandle | undefined;
};

/**
 * The consult in progress on a contact: the owner reaches an agent (directly or through a queue)
 * or a number while the customer waits on hold, then ends it, transfers or conferences.
 */
export type LiveConsult = {
  readonly target: ContactTarget;
  readonly consultingAgentId: string;
  readonly startedAt: number;
  /** The number dialled, for number and entry point targets. */
  readonly number: string | undefined;
  state: ConsultState;
  /** A queue target's request in routing, while it waits there (its routing contact id). */
  requestId: string | undefined;
  /** When a queue target's request first entered the queue: kept on re-queue, like contacts. */
  requestedAt: number;
  /** The consulted agent, once offered. */
  agentId: string | undefined;
  /** The consulted agent's offer, while it rings. */
  offer: Offer | undefined;
  /** The consulted party's leg, once connected (the offer's leg, or the number's). */
  legId: string | undefined;
  connectedAt: number | undefined;
};

/** An agent who left a contact that went on without them; they wrap up their part. */
export type FormerAgent = {
  readonly agentId: string;
  readonly leftAt: number;
  wrappedUpAt: number | undefined;
  wrapUpCodeId: string | undefined;
  autoWrapUpTimer: TimerHandle | undefined;
};

/** An outdial until the customer answers: the agent's phone rings first, then the customer's. */
export type Outdial = {
  readonly agentId: string;
  /** Ring time for the agent's phone (their profile's RONA timeout). */
  readonly agentTimeoutMs: number;
  /** Call data sent with the customer's leg. */
  readonly callAssociatedData: Readonly<Record<string, string>> | undefined;
};

/** A blind transfer to a number, ringing: the contact ends for the core when it answers. */
export type PendingTransfer = {
  readonly fromAgentId: string;
  readonly target: ContactTarget;
  readonly legId: string;
};

/** A period of the contact's life, open until `endedAt` is set. */
export type LiveSegment =
  | { readonly kind: 'queue'; readonly queueId: string; readonly startedAt: number; endedAt: number | undefined }
  | {
      readonly kind: 'offer';
      readonly agentId: string;
      readonly startedAt: number;
      endedAt: number | undefined;
      result: OfferResult | undefined;
    }
  | {
      readonly kind: 'talk' | 'hold';
      readonly agentId: string;
      readonly startedAt: number;
      endedAt: number | undefined;
    }
  | {
      readonly kind: 'consult';
      /** The consulting agent. */
      readonly agentId: string;
      readonly target: ContactTarget;
      readonly startedAt: number;
      endedAt: number | undefined;
    };

/**
 * A voice contact from the moment its call is answered (or an outdial starts) until it is wrapped
 * up (or abandoned), by its owner and by every agent who left it on the way.
 */
export type LiveContact = {
  readonly interactionId: string;
  readonly direction: 'inbound' | 'outbound';
  readonly ani: string;
  readonly dnis: string;
  readonly entryPointId: string | undefined;
  /** Where it waits or waited; changed by a transfer to a queue. Outdials may have none. */
  queueId: string | undefined;
  readonly priority: number;
  /** When it entered its queue: kept on re-queue so the contact keeps its place. */
  enqueuedAt: number;
  readonly createdAt: number;
  /** The customer's leg; an outdial's is dialled once the agent's phone answers. */
  customerLegId: string | undefined;
  state: ContactState;
  /** The agent it is offered to or handled by. */
  agentId: string | undefined;
  /** The connected agent's leg. */
  agentLegId: string | undefined;
  offer: Offer | undefined;
  readonly callData: Map<string, CallDataEntry>;
  queuedAt: number | undefined;
  offeredAt: number | undefined;
  connectedAt: number | undefined;
  endedAt: number | undefined;
  wrappedUpAt: number | undefined;
  endedBy: EndedBy | undefined;
  wrapUpCodeId: string | undefined;
  readonly agentIds: string[];
  readonly segments: LiveSegment[];
  autoWrapUpTimer: TimerHandle | undefined;
  /** When the armed automatic wrap-up is due. */
  autoWrapUpAt: number | undefined;
  outdial: Outdial | undefined;
  consult: LiveConsult | undefined;
  transfer: PendingTransfer | undefined;
  readonly formerAgents: FormerAgent[];
  /** How it ended, while its record waits for former agents' wrap-ups. */
  ending: { readonly outcome: InteractionOutcome; readonly endedBy: EndedBy } | undefined;
};

/** The live state of one tenant; only its lane touches it. */
export type TenantState = {
  readonly tenantId: string;
  readonly engine: RoutingEngine;
  readonly queues: Map<string, Queue>;
  readonly sessions: Map<string, AgentSession>;
  readonly contacts: Map<string, LiveContact>;
  /** Consults waiting in a queue: routing contact id → interaction id. */
  readonly consultRequests: Map<string, string>;
  /** The timer that calls the engine's `wake` for distribution steps and max wait. */
  wake: { readonly at: number; readonly handle: TimerHandle } | undefined;
};

/**
 * A leg the runtime answered or dialled, known until its `leg:ended` arrives. `released` legs were
 * hung up by the runtime or belong to a finished offer: their later events change nothing.
 */
export type LegBinding = {
  readonly tenantId: string;
  readonly interactionId: string | undefined;
  /** `consult`: the consulted party; `transfer`: the number a blind transfer rings. */
  readonly role: 'customer' | 'agent' | 'refused' | 'consult' | 'transfer';
  released: boolean;
};
