import type { ContactState, Queue, User } from '../../contract/index.js';
import type { RoutingEngine } from '../../engine/RoutingEngine.js';
import type { AgentState } from '../../engine/agentStateMachine.js';
import type { TimerHandle } from '../../time/Scheduler.js';
import type { EndedBy, OfferResult } from './InteractionRecord.js';

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
    };

/** A voice contact from the moment its call is answered until it is wrapped up (or abandoned). */
export type LiveContact = {
  readonly interactionId: string;
  readonly direction: 'inbound';
  readonly ani: string;
  readonly dnis: string;
  readonly entryPointId: string;
  readonly queueId: string;
  readonly priority: number;
  /** When it first entered the queue: kept on re-queue so the contact keeps its place. */
  readonly enqueuedAt: number;
  readonly createdAt: number;
  readonly customerLegId: string;
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
};

/** The live state of one tenant; only its lane touches it. */
export type TenantState = {
  readonly tenantId: string;
  readonly engine: RoutingEngine;
  readonly queues: Map<string, Queue>;
  readonly sessions: Map<string, AgentSession>;
  readonly contacts: Map<string, LiveContact>;
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
  readonly role: 'customer' | 'agent' | 'refused';
  released: boolean;
};
