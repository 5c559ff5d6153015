import type { CadValueView, ContactTarget, FormerAgentView } from '../../contract/index.js';

/** The store kind of the durable record a contact leaves behind. */
export const INTERACTION_KIND = 'interaction';

/**
 * How an interaction ended: an agent handled it, the caller hung up first, it waited longer than its
 * queue allows, it could not be routed (its queue was deleted under it) or placed (an outdial nobody
 * answered), or an agent transferred it out of the core (to an external number).
 */
export const INTERACTION_OUTCOMES = ['handled', 'abandoned', 'timedOut', 'failed', 'transferred'] as const;

/** One of {@link INTERACTION_OUTCOMES}. */
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** What became of one offer: answered, rang out (RONA), declined, or withdrawn because the caller left. */
export const OFFER_RESULTS = ['accepted', 'rona', 'declined', 'cancelled'] as const;

/** One of {@link OFFER_RESULTS}. */
export type OfferResult = (typeof OFFER_RESULTS)[number];

/** Who ended the call. */
export type EndedBy = 'agent' | 'customer' | 'system';

/** One period of an interaction's life, for reporting (time in queue, ring time, talk, hold). */
export type InteractionSegment =
  | { readonly kind: 'queue'; readonly queueId: string; readonly startedAt: number; readonly endedAt: number }
  | {
      readonly kind: 'offer';
      readonly agentId: string;
      readonly startedAt: number;
      readonly endedAt: number;
      readonly result: OfferResult;
    }
  | { readonly kind: 'talk' | 'hold'; readonly agentId: string; readonly startedAt: number; readonly endedAt: number }
  /** An agent (`agentId`) consulted `target` while the customer waited. */
  | {
      readonly kind: 'consult';
      readonly agentId: string;
      readonly target: ContactTarget;
      readonly startedAt: number;
      readonly endedAt: number;
    };

/**
 * The durable record of a finished contact (store kind `interaction`, id = interactionId), written
 * in the same batch as the events that finish it. Sensitive call data is stored masked.
 */
export type InteractionRecord = {
  readonly interactionId: string;
  readonly mediaType: 'telephony';
  readonly direction: 'inbound' | 'outbound';
  readonly ani: string;
  readonly dnis: string;
  readonly entryPointId?: string;
  readonly queueId?: string;
  /** The agent who handled the call, if one did. */
  readonly agentId?: string;
  /** Every agent the contact (or a consult on it) was offered to, in order, without repeats. */
  readonly agentIds: readonly string[];
  readonly createdAt: number;
  readonly queuedAt?: number;
  /** The first offer. */
  readonly offeredAt?: number;
  readonly connectedAt?: number;
  readonly endedAt: number;
  readonly wrappedUpAt?: number;
  readonly wrapUpCodeId?: string;
  readonly outcome: InteractionOutcome;
  readonly endedBy: EndedBy;
  readonly callAssociatedData: Readonly<Record<string, CadValueView>>;
  /** In the order they started. */
  readonly segments: readonly InteractionSegment[];
  /** Agents who left before the end (transfers, conferences) and their wrap-ups; absent when none did. */
  readonly formerAgents?: readonly FormerAgentView[];
};
