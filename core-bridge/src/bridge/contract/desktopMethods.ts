import { getAgentStateResultSchema, setAgentStateParamsSchema } from './agentStateSchemas.js';
import { dialParamsSchema, dialResultSchema } from './dialSchemas.js';
import { emptySchema } from './emptySchema.js';
import type { MethodParams, MethodResult, MethodTable, MethodsOf } from './MethodTable.js';

/**
 * What the desktop offers the shell: the contact-center side a CRM page may drive (a dialler
 * button, a presence sync, bringing the panel to the front).
 */
export const DESKTOP_METHODS = {
  /** The desktop asks the core to place the call: a round trip to the core, not to the phone. */
  dial: { params: dialParamsSchema, result: dialResultSchema, timeoutMs: 10_000 },
  getAgentState: { params: emptySchema, result: getAgentStateResultSchema, timeoutMs: 5_000 },
  /** A round trip to the core, which checks the change against the agent's state machine. */
  setAgentState: { params: setAgentStateParamsSchema, result: emptySchema, timeoutMs: 10_000 },
  focus: { params: emptySchema, result: emptySchema, timeoutMs: 5_000 },
} as const satisfies MethodTable;

/** The name of a method the desktop offers. */
export type DesktopMethodName = keyof typeof DESKTOP_METHODS;

/** What the shell passes to desktop method `K`. */
export type DesktopMethodParams<K extends DesktopMethodName> = MethodParams<typeof DESKTOP_METHODS, K>;

/** What desktop method `K` resolves with. */
export type DesktopMethodResult<K extends DesktopMethodName> = MethodResult<typeof DESKTOP_METHODS, K>;

/** The desktop's methods as functions: what the desktop implements (checked by the compiler) and the shell calls. */
export type DesktopMethods = MethodsOf<typeof DESKTOP_METHODS>;
