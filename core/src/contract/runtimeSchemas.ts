import * as z from 'zod/mini';
import { dialNumberSchema, idSchema } from './primitives.js';

// Live state the API reports and the events carry: agent sessions, states and contacts.

export const AGENT_STATE_NAMES = ['LoggedOut', 'Available', 'Idle', 'Reserved', 'Engaged', 'WrapUp', 'RONA'] as const;

/** An agent's state as the desktop shows it. */
export const agentStateViewSchema = z.strictObject({
  name: z.enum(AGENT_STATE_NAMES),
  idleCodeId: z.optional(idSchema),
  /** The contact being offered, handled or wrapped up. */
  interactionId: z.optional(z.string()),
  /** An idle code requested during a call, applied after wrap-up. */
  pendingIdleCodeId: z.optional(idSchema),
  since: z.number(),
});

/** An agent's station session. */
export const agentSessionViewSchema = z.strictObject({
  agentId: idSchema,
  sessionId: z.string(),
  teamId: idSchema,
  dialNumber: dialNumberSchema,
  loggedInAt: z.number(),
  state: agentStateViewSchema,
});

/** `dialing`: an outbound call (outdial, or a blind transfer to a number) rings at the far end. */
export const CONTACT_STATES = ['ivr', 'queued', 'offered', 'dialing', 'connected', 'held', 'wrapUp', 'ended'] as const;

/** A call-associated data variable as agents see it; sensitive values arrive masked. */
export const cadValueViewSchema = z.strictObject({
  value: z.union([z.string(), z.number(), z.boolean()]),
  agentViewable: z.boolean(),
  agentEditable: z.boolean(),
  sensitive: z.boolean(),
});

/** Where a consult or a transfer goes: an agent, a queue, an external number or an entry point. */
export const contactTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agent'), agentId: idSchema }),
  z.strictObject({ kind: z.literal('queue'), queueId: idSchema }),
  z.strictObject({ kind: z.literal('number'), number: dialNumberSchema }),
  z.strictObject({ kind: z.literal('entryPoint'), entryPointId: idSchema }),
]);

/**
 * A consult's progress: `requested` (waiting in a queue for an agent), `offered` (ringing an
 * agent), `ringing` (an external number), `consulting` (the two agents talk, the customer on
 * hold), `conferenced` (all three talk).
 */
export const CONSULT_STATES = ['requested', 'offered', 'ringing', 'consulting', 'conferenced'] as const;

/** The consult in progress on a contact. */
export const consultViewSchema = z.strictObject({
  target: contactTargetSchema,
  state: z.enum(CONSULT_STATES),
  /** The contact's owner, who started the consult. */
  consultingAgentId: idSchema,
  /** The consulted agent, once one is offered the consult (agent and queue targets). */
  agentId: z.optional(idSchema),
  /** The number dialled (number and entry point targets). */
  number: z.optional(dialNumberSchema),
  startedAt: z.number(),
  /** While offered: when the consulted agent's offer turns into RONA. */
  expiresAt: z.optional(z.number()),
  connectedAt: z.optional(z.number()),
});

/** An agent who left a contact that went on without them (a transfer, a conference): their wrap-up. */
export const formerAgentViewSchema = z.strictObject({
  agentId: idSchema,
  leftAt: z.number(),
  /** Absent while the agent is still wrapping up. */
  wrappedUpAt: z.optional(z.number()),
  wrapUpCodeId: z.optional(idSchema),
});

/** A logged-in agent another agent may consult or transfer to, as the desktop's picker lists them. */
export const buddyAgentViewSchema = z.strictObject({
  agentId: idSchema,
  name: z.string(),
  teamId: idSchema,
  state: agentStateViewSchema,
});

/** The offer of a contact to its agent, while it rings. */
export const contactOfferViewSchema = z.strictObject({
  agentId: idSchema,
  expiresAt: z.number(),
  answerByPhone: z.boolean(),
});

/** A contact (interaction) as agents and supervisors see it. */
export const contactViewSchema = z.strictObject({
  interactionId: z.string(),
  mediaType: z.literal('telephony'),
  direction: z.enum(['inbound', 'outbound']),
  state: z.enum(CONTACT_STATES),
  ani: z.string(),
  dnis: z.string(),
  entryPointId: z.optional(idSchema),
  queueId: z.optional(idSchema),
  /** The agent who owns the contact now. */
  agentId: z.optional(idSchema),
  callAssociatedData: z.record(z.string(), cadValueViewSchema),
  createdAt: z.number(),
  connectedAt: z.optional(z.number()),
  endedAt: z.optional(z.number()),
  wrapUpCodeId: z.optional(idSchema),
  /**
   * While offered: to whom, when the offer turns into RONA, and whether only the agent's phone can
   * answer it. A desktop that reloads mid-offer shows the countdown again from this.
   */
  offer: z.optional(contactOfferViewSchema),
  /** While in wrap-up, when the desktop profile ends it by itself. */
  autoWrapUpAt: z.optional(z.number()),
  /** The consult or conference in progress, if any. */
  consult: z.optional(consultViewSchema),
  /** Agents who left the contact before its end, in the order they left; absent when none did. */
  formerAgents: z.optional(z.array(formerAgentViewSchema)),
});

export type AgentStateView = z.infer<typeof agentStateViewSchema>;
export type AgentSessionView = z.infer<typeof agentSessionViewSchema>;
export type ContactState = (typeof CONTACT_STATES)[number];
export type CadValueView = z.infer<typeof cadValueViewSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;
export type ContactOfferView = z.infer<typeof contactOfferViewSchema>;
export type BuddyAgentView = z.infer<typeof buddyAgentViewSchema>;
export type ContactTarget = z.infer<typeof contactTargetSchema>;
export type ConsultState = (typeof CONSULT_STATES)[number];
export type ConsultView = z.infer<typeof consultViewSchema>;
export type FormerAgentView = z.infer<typeof formerAgentViewSchema>;

/** PUT /agents/:agentId/state */
export const agentStateRequestSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('Available') }),
  z.strictObject({ state: z.literal('Idle'), idleCodeId: idSchema }),
]);

/** POST /agents/:agentId/contacts/:interactionId/wrap-up */
export const wrapUpRequestSchema = z.strictObject({ wrapUpCodeId: idSchema });

/** PATCH /agents/:agentId/contacts/:interactionId/call-data */
export const callDataUpdateSchema = z.strictObject({
  values: z.record(
    z.string().check(z.minLength(1), z.maxLength(64)),
    z.union([z.string().check(z.maxLength(2_000)), z.number(), z.boolean()]),
  ),
});

/**
 * POST /agents/:agentId/contacts/:interactionId/dtmf: digits (0-9 * # A-D, `,` for a pause) the
 * agent sends to the party they talk to, e.g. an IVR menu or a conference PIN.
 */
export const dtmfRequestSchema = z.strictObject({
  digits: z.string().check(z.regex(/^[0-9*#A-D,]{1,32}$/, 'must be 1-32 of 0-9 * # A-D and , (pause)')),
});

export type AgentStateRequestBody = z.infer<typeof agentStateRequestSchema>;
export type DtmfRequest = z.infer<typeof dtmfRequestSchema>;
export type WrapUpRequest = z.infer<typeof wrapUpRequestSchema>;
export type CallDataUpdate = z.infer<typeof callDataUpdateSchema>;

/** POST /agents/:agentId/outdial: call a customer from the agent's phone (click-to-call). */
export const outdialRequestSchema = z.strictObject({
  destination: dialNumberSchema,
  callAssociatedData: z.optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(2_000))),
  ),
});

export type OutdialRequest = z.infer<typeof outdialRequestSchema>;
