import * as z from 'zod/mini';
import { idSchema } from './primitives.js';
import { cadValueViewSchema, contactTargetSchema, formerAgentViewSchema } from './runtimeSchemas.js';

// Interaction records: what every finished contact leaves behind, as the read API serves them to
// CRM connectors (activity logging) and supervisors. The runtime writes them with these types.

/**
 * How an interaction ended: an agent handled it, the caller hung up first, it waited longer than its
 * queue allows, it could not be routed (its queue was deleted under it) or placed (an outdial nobody
 * answered), an agent transferred it out of the core (to an external number), or the core stopped
 * (crash, kill) while its call was live and the call did not survive the restart.
 */
export const INTERACTION_OUTCOMES = [
  'handled',
  'abandoned',
  'timedOut',
  'failed',
  'transferred',
  'interrupted',
] as const;

/** What became of one offer: answered, rang out (RONA), declined, or withdrawn because the caller left. */
export const OFFER_RESULTS = ['accepted', 'rona', 'declined', 'cancelled'] as const;

/** Who ended the call: an agent, the customer, or the core itself (timeouts, failures, restarts). */
export const ENDED_BY_PARTIES = ['agent', 'customer', 'system'] as const;

/** One period of an interaction's life, for reporting (time in queue, ring time, talk, hold, consult). */
export const interactionSegmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('queue'), queueId: idSchema, startedAt: z.number(), endedAt: z.number() }),
  z.strictObject({
    kind: z.literal('offer'),
    agentId: idSchema,
    startedAt: z.number(),
    endedAt: z.number(),
    result: z.enum(OFFER_RESULTS),
  }),
  z.strictObject({ kind: z.enum(['talk', 'hold']), agentId: idSchema, startedAt: z.number(), endedAt: z.number() }),
  /** An agent (`agentId`) consulted `target` while the customer waited. */
  z.strictObject({
    kind: z.literal('consult'),
    agentId: idSchema,
    target: contactTargetSchema,
    startedAt: z.number(),
    endedAt: z.number(),
  }),
]);

/**
 * The durable record of a finished contact (id = interactionId), written in the same batch as the
 * events that finish it. Times are epoch ms. Sensitive call data is stored (and served) masked.
 */
export const interactionRecordSchema = z.strictObject({
  interactionId: z.string(),
  mediaType: z.literal('telephony'),
  direction: z.enum(['inbound', 'outbound']),
  ani: z.string(),
  dnis: z.string(),
  entryPointId: z.optional(idSchema),
  queueId: z.optional(idSchema),
  /** The agent who handled the call, if one did. */
  agentId: z.optional(idSchema),
  /** Every agent the contact (or a consult on it) was offered to, in order, without repeats. */
  agentIds: z.array(idSchema),
  createdAt: z.number(),
  queuedAt: z.optional(z.number()),
  /** The first offer. */
  offeredAt: z.optional(z.number()),
  connectedAt: z.optional(z.number()),
  endedAt: z.number(),
  wrappedUpAt: z.optional(z.number()),
  wrapUpCodeId: z.optional(idSchema),
  outcome: z.enum(INTERACTION_OUTCOMES),
  endedBy: z.enum(ENDED_BY_PARTIES),
  callAssociatedData: z.record(z.string(), cadValueViewSchema),
  /** In the order they started. */
  segments: z.array(interactionSegmentSchema),
  /** Agents who left before the end (transfers, conferences) and their wrap-ups; absent when none did. */
  formerAgents: z.optional(z.array(formerAgentViewSchema)),
});

const epochMsSchema = z.number().check(z.int(), z.gte(0));

/** The most records one page holds, and how many a page holds when the caller does not say. */
export const INTERACTION_PAGE_LIMITS = { max: 500, default: 100 } as const;

/**
 * GET /api/v1/interactions (and /agents/me/interactions) query: records whose `endedAt` is in
 * [`from`, `to`), optionally only those offered to `agentId` (its `agentIds` hold it), that waited
 * in `queueId`, or that ended with `outcome`; newest `endedAt` first, ties by id. `cursor` is the
 * `nextCursor` of the page before, as is; keep the other parameters the same from page to page.
 */
export const interactionListQuerySchema = z.strictObject({
  /** Inclusive, epoch ms. */
  from: z.optional(epochMsSchema),
  /** Exclusive, epoch ms. */
  to: z.optional(epochMsSchema),
  agentId: z.optional(idSchema),
  queueId: z.optional(idSchema),
  outcome: z.optional(z.enum(INTERACTION_OUTCOMES)),
  limit: z._default(
    z.number().check(z.int(), z.gte(1), z.lte(INTERACTION_PAGE_LIMITS.max)),
    INTERACTION_PAGE_LIMITS.default,
  ),
  /** Opaque: only what a previous page returned. */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});

/** One page of interaction records; `nextCursor` is present when more records follow. */
export const interactionPageSchema = z.strictObject({
  items: z.array(interactionRecordSchema),
  nextCursor: z.optional(z.string()),
});

/** One of {@link INTERACTION_OUTCOMES}. */
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];
/** One of {@link OFFER_RESULTS}. */
export type OfferResult = (typeof OFFER_RESULTS)[number];
/** One of {@link ENDED_BY_PARTIES}. */
export type EndedBy = (typeof ENDED_BY_PARTIES)[number];
/** A segment of an {@link InteractionRecord}. */
export type InteractionSegment = z.infer<typeof interactionSegmentSchema>;
/** A finished contact's durable record. */
export type InteractionRecord = z.infer<typeof interactionRecordSchema>;
/** A list query as the server applies it (`limit` filled in). */
export type InteractionListQuery = z.infer<typeof interactionListQuerySchema>;
/** A list query as a client writes it (`limit` optional). */
export type InteractionListQueryInput = z.input<typeof interactionListQuerySchema>;
/** One page of records. */
export type InteractionPage = z.infer<typeof interactionPageSchema>;
