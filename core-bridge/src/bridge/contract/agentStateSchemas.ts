import * as v from 'valibot';
import { epochMsSchema, idSchema, plainObject } from './primitives.js';

/**
 * The contact center's agent states. It repeats the core's `AGENT_STATE_NAMES` (a test keeps the
 * two equal) because the contract imports nothing but valibot.
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
export const agentStateSummarySchema = plainObject({
  name: v.picklist(BRIDGE_AGENT_STATE_NAMES),
  /** The idle (aux) code while `Idle`. */
  idleCodeId: v.optional(idSchema),
  /** When the agent entered this state (epoch ms). */
  since: v.optional(epochMsSchema),
});

/** `getAgentState` result. */
export const getAgentStateResultSchema = plainObject({
  state: agentStateSummarySchema,
});

/**
 * `setAgentState` params: the states an agent may choose. The others (Reserved, Engaged, WrapUp,
 * RONA) follow from contacts, and LoggedOut from signing out, so the shell cannot ask for them.
 */
export const setAgentStateParamsSchema = v.variant('state', [
  plainObject({ state: v.literal('Available') }),
  plainObject({ state: v.literal('Idle'), idleCodeId: idSchema }),
]);

/** `agentStateChanged` event. */
export const agentStateChangedSchema = plainObject({
  state: agentStateSummarySchema,
});

/** An agent state name. */
export type BridgeAgentStateName = (typeof BRIDGE_AGENT_STATE_NAMES)[number];
/** The agent's state as the bridge carries it. */
export type AgentStateSummary = v.InferOutput<typeof agentStateSummarySchema>;
