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

export const CONTACT_STATES = ['ivr', 'queued', 'offered', 'connected', 'held', 'wrapUp', 'ended'] as const;

/** A call-associated data variable as agents see it; sensitive values arrive masked. */
export const cadValueViewSchema = z.strictObject({
  value: z.union([z.string(), z.number(), z.boolean()]),
  agentViewable: z.boolean(),
  agentEditable: z.boolean(),
  sensitive: z.boolean(),
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
});

export type AgentStateView = z.infer<typeof agentStateViewSchema>;
export type AgentSessionView = z.infer<typeof agentSessionViewSchema>;
export type ContactState = (typeof CONTACT_STATES)[number];
export type CadValueView = z.infer<typeof cadValueViewSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;

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

export type AgentStateRequestBody = z.infer<typeof agentStateRequestSchema>;
export type WrapUpRequest = z.infer<typeof wrapUpRequestSchema>;
export type CallDataUpdate = z.infer<typeof callDataUpdateSchema>;
