/**
 * The closed set of bridge (transport) error codes. Changing or removing one is a breaking change
 * of the bridge contract; domain failures travel as connector errors, not as these.
 */
export const BRIDGE_ERROR_CODES = {
  /** Options given to the bridge are invalid (e.g. a wildcard origin); `field` names which. */
  INVALID_OPTIONS: 'INVALID_OPTIONS',
  CONNECTION_TIMEOUT: 'CONNECTION_TIMEOUT',
  CONNECTION_DESTROYED: 'CONNECTION_DESTROYED',
  METHOD_CALL_TIMEOUT: 'METHOD_CALL_TIMEOUT',
  METHOD_NOT_FOUND: 'METHOD_NOT_FOUND',
  /** A message arrived from an origin outside the allowlist. */
  ORIGIN_REJECTED: 'ORIGIN_REJECTED',
  PROTOCOL_MISMATCH: 'PROTOCOL_MISMATCH',
  TRANSMISSION_FAILED: 'TRANSMISSION_FAILED',
} as const;

export type BridgeErrorCode = keyof typeof BRIDGE_ERROR_CODES;

export type BridgeErrorOptions = {
  code: BridgeErrorCode;
  message?: string;
  /** Path of the failing option or payload field, e.g. `allowedOrigins[1]`. */
  field?: string;
  cause?: unknown;
};

/** An error of the postMessage bridge between the CRM shell and the embedded desktop. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  readonly code: BridgeErrorCode;
  readonly field: string | undefined;

  constructor(options: BridgeErrorOptions) {
    super(`[bridge] ${options.message ?? options.code}`, { cause: options.cause });
    this.code = options.code;
    this.field = options.field;
  }
}
