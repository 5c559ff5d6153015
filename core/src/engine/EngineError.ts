/** Error codes of the routing engine. Changing one is a breaking change. */
export const ENGINE_ERROR_CODES = {
  UNKNOWN_AGENT: 'UNKNOWN_AGENT',
  UNKNOWN_QUEUE: 'UNKNOWN_QUEUE',
  UNKNOWN_CONTACT: 'UNKNOWN_CONTACT',
  DUPLICATE_CONTACT: 'DUPLICATE_CONTACT',
  /** The command is not allowed in the current state; `state` holds it. */
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  INVALID_INPUT: 'INVALID_INPUT',
} as const;

export type EngineErrorCode = keyof typeof ENGINE_ERROR_CODES;

/** A routing or agent-state command the engine refuses. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;
  readonly field: string | undefined;
  /** The current state, for ILLEGAL_TRANSITION. */
  readonly state: string | undefined;

  constructor(options: { code: EngineErrorCode; message: string; field?: string; state?: string }) {
    super(`[engine] ${options.message}`);
    this.code = options.code;
    this.field = options.field;
    this.state = options.state;
  }
}
