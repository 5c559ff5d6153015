import * as z from 'zod/mini';
import { epochMsSchema, idSchema } from './primitives.js';

/**
 * The contact center's agent states. It repeats the core's `AGENT_STATE_NAMES` (a test keeps the
 * two equal) because the contract imports nothing but zod/mini.
 */
export const BRIDGE_AGENT_STATE_NAMES = [
  'LoggedOut',
  'Available',
  'Idle',
  'Reserved',
  'Engaged',
  'WrapUp',
  'RONA',
] as const;

/** The agent's contact-center state, as the desktop shows it. */
export const agentStateSummarySchema = z.object({
  name: z.enum(BRIDGE_AGENT_STATE_NAMES),
  /** The idle (aux) code while `Idle`. */
  idleCodeId: z.optional(idSchema),
  /** When the agent entered this state (epoch ms). */
  since: z.optional(epochMsSchema),
});

/** `getAgentState` result. */
export const getAgentStateResultSchema = z.object({
  state: agentStateSummarySchema,
});

/**
 * `setAgentState` params: the states an agent may choose. The others (Reserved, Engaged, WrapUp,
 * RONA) follow from contacts, and LoggedOut from signing out, so the shell cannot ask for them.
 */
export const setAgentStateParamsSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('Available') }),
  z.object({ state: z.literal('Idle'), idleCodeId: idSchema }),
]);

/** `agentStateChanged` event. */
export const agentStateChangedSchema = z.object({
  state: agentStateSummarySchema,
});

/** An agent state name. */
export type BridgeAgentStateName = (typeof BRIDGE_AGENT_STATE_NAMES)[number];
/** The agent's state as the bridge carries it. */
export type AgentStateSummary = z.infer<typeof agentStateSummarySchema>;
