import * as z from 'zod/mini';
import { idSchema } from './primitives.js';
import { agentSessionViewSchema, agentStateViewSchema, contactViewSchema } from './runtimeSchemas.js';

// Every event the core pushes, defined once: the server builds them, the client validates them.
// Names follow `domain.pastTense`; docs/webex-mapping in core-bridge maps them to the Webex
// Desktop SDK's events.

const contactEvent = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), contact: contactViewSchema });

export const eventPayloadSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('agent.loggedIn'), session: agentSessionViewSchema }),
  /** `takenOver`: the agent logged in elsewhere; this session is closed (multi-login). */
  z.strictObject({
    type: z.literal('agent.loggedOut'),
    agentId: idSchema,
    sessionId: z.string(),
    reason: z.enum(['logout', 'takenOver']),
  }),
  z.strictObject({ type: z.literal('agent.stateChanged'), agentId: idSchema, state: agentStateViewSchema }),
  z.strictObject({
    type: z.literal('contact.offered'),
    contact: contactViewSchema,
    agentId: idSchema,
    /** When the offer turns into RONA if not accepted. */
    expiresAt: z.number(),
    /** True when accepting means answering the agent's phone rather than the desktop button. */
    answerByPhone: z.boolean(),
  }),
  z.strictObject({ type: z.literal('contact.offerTimedOut'), contact: contactViewSchema, agentId: idSchema }),
  z.strictObject({ type: z.literal('contact.offerDeclined'), contact: contactViewSchema, agentId: idSchema }),
  contactEvent('contact.assigned'),
  contactEvent('contact.held'),
  contactEvent('contact.resumed'),
  z.strictObject({
    type: z.literal('contact.ended'),
    contact: contactViewSchema,
    endedBy: z.enum(['agent', 'customer', 'system']),
  }),
  z.strictObject({
    type: z.literal('contact.wrapUpStarted'),
    contact: contactViewSchema,
    /** When the default wrap-up code is applied automatically, if the profile sets a timeout. */
    autoWrapUpAt: z.optional(z.number()),
  }),
  contactEvent('contact.wrappedUp'),
  contactEvent('contact.dataUpdated'),
]);

export type EventPayload = z.infer<typeof eventPayloadSchema>;
export type EventType = EventPayload['type'];

/** An event as delivered: its stream, its place in it (from 1, no gaps) and when it happened. */
export const coreEventSchema = z.strictObject({
  stream: z.string(),
  seq: z.number().check(z.int(), z.gte(1)),
  time: z.number(),
  event: eventPayloadSchema,
});

export type CoreEvent = z.infer<typeof coreEventSchema>;
