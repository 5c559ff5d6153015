import * as z from 'zod/mini';
import { contactTargetSchema, contactViewSchema } from '../../contract/index.js';
import { INTERACTION_OUTCOMES, OFFER_RESULTS } from './InteractionRecord.js';

// What recovery reads back: the runtime's own documents, checked anyway. A file edited by hand, or
// written by a buggy release, must produce a report naming the field, not a crash at start-up.

const time = z.number();
const endedBy = z.enum(['agent', 'customer', 'system']);

const storedSegmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue'), queueId: z.string(), startedAt: time, endedAt: z.optional(time) }),
  z.object({
    kind: z.literal('offer'),
    agentId: z.string(),
    startedAt: time,
    endedAt: z.optional(time),
    result: z.optional(z.enum(OFFER_RESULTS)),
  }),
  z.object({ kind: z.literal('talk'), agentId: z.string(), startedAt: time, endedAt: z.optional(time) }),
  z.object({ kind: z.literal('hold'), agentId: z.string(), startedAt: time, endedAt: z.optional(time) }),
  z.object({
    kind: z.literal('consult'),
    agentId: z.string(),
    target: contactTargetSchema,
    startedAt: time,
    endedAt: z.optional(time),
  }),
]);

/** A stored live contact (see `ContactDocument`), as recovery needs it. */
export const storedContactSchema = z.object({
  view: contactViewSchema,
  priority: z.number(),
  enqueuedAt: time,
  queuedAt: z.optional(time),
  offeredAt: z.optional(time),
  wrappedUpAt: z.optional(time),
  offer: z.optional(z.object({ agentId: z.string() })),
  endedBy: z.optional(endedBy),
  ending: z.optional(z.object({ outcome: z.enum(INTERACTION_OUTCOMES), endedBy })),
  agentIds: z.array(z.string()),
  segments: z.array(storedSegmentSchema),
});

export type StoredContact = z.infer<typeof storedContactSchema>;
