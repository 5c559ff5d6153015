import * as z from 'zod/mini';
import { idSchema } from './primitives.js';
import {
  agentSessionViewSchema,
  agentStateViewSchema,
  contactTargetSchema,
  contactViewSchema,
} from './runtimeSchemas.js';

// Every event the core pushes, defined once: the server builds them, the client validates them.
// Names follow `domain.pastTense`; docs/webex-mapping in core-bridge maps them to the Webex
// Desktop SDK's events.

const contactEvent = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), contact: contactViewSchema });

/** Set on wrap-up events of an agent who left a contact that went on (transfer, conference). */
const formerAgentId = z.optional(idSchema);

/**
 * Why an outdial ended before the customer answered: the agent's own phone did not answer, the
 * customer's did not (`noAnswer`, `busy`, `rejected`), the network failed, or the agent hung up.
 */
export const OUTDIAL_FAILURE_REASONS = [
  'agentUnreachable',
  'noAnswer',
  'busy',
  'rejected',
  'failed',
  'cancelled',
] as const;

/**
 * Why a consult ended without a transfer or conference: the consulting agent ended it, the consulted
 * party left, the consulted agent let it ring out or declined, the number did not answer, the
 * consult waited past its queue's max wait, the customer hung up, or it could not be routed.
 */
export const CONSULT_END_REASONS = [
  'ended',
  'left',
  'rona',
  'declined',
  'unanswered',
  'timedOut',
  'customerLeft',
  'failed',
] as const;

export const eventPayloadSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('agent.loggedIn'), session: agentSessionViewSchema }),
  /**
   * `takenOver`: the agent logged in elsewhere; this session is closed (multi-login). `notRestored`:
   * the core restarted and could not restore the session (its user was deleted meanwhile).
   */
  z.strictObject({
    type: z.literal('agent.loggedOut'),
    agentId: idSchema,
    sessionId: z.string(),
    reason: z.enum(['logout', 'takenOver', 'notRestored']),
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
    agentId: formerAgentId,
  }),
  z.strictObject({ type: z.literal('contact.wrappedUp'), contact: contactViewSchema, agentId: formerAgentId }),
  contactEvent('contact.dataUpdated'),
  /** The agent's phone rings for an outdial; the customer is dialled once it answers. */
  contactEvent('contact.outdialStarted'),
  z.strictObject({
    type: z.literal('contact.outdialFailed'),
    contact: contactViewSchema,
    agentId: idSchema,
    reason: z.enum(OUTDIAL_FAILURE_REASONS),
  }),
  /** The customer is on hold while the consult target is reached. */
  contactEvent('contact.consultStarted'),
  z.strictObject({
    type: z.literal('contact.consultOffered'),
    contact: contactViewSchema,
    /** The consulted agent. */
    agentId: idSchema,
    expiresAt: z.number(),
    answerByPhone: z.boolean(),
  }),
  /** The consulted party answered: the two agents (or the agent and the number) talk. */
  contactEvent('contact.consulting'),
  z.strictObject({
    type: z.literal('contact.consultEnded'),
    contact: contactViewSchema,
    reason: z.enum(CONSULT_END_REASONS),
    /** The consulted agent, if one was offered or joined. */
    agentId: z.optional(idSchema),
  }),
  contactEvent('contact.conferenced'),
  z.strictObject({
    type: z.literal('contact.transferred'),
    contact: contactViewSchema,
    fromAgentId: idSchema,
    target: contactTargetSchema,
    /** `blind`: the customer was sent on; `consult`: handed to the party the agent consulted. */
    mode: z.enum(['blind', 'consult']),
  }),
  z.strictObject({
    type: z.literal('contact.ownerChanged'),
    contact: contactViewSchema,
    fromAgentId: idSchema,
    toAgentId: idSchema,
  }),
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
