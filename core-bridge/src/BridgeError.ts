import { BRIDGE_ERROR_CODES, type BridgeErrorCode } from './bridge/contract/bridgeErrorCodes.js';

// The codes are defined in the contract (the wire error schema needs them) and re-exported here,
// next to the error class, where the rest of the package has always found them.
export { BRIDGE_ERROR_CODES, type BridgeErrorCode };

/**
 * Machine-readable specifics of a bridge error: scalars only, so they cross the wire as they are.
 * Bounded on the wire (see `WIRE_ERROR_LIMITS`): `toWireError` trims anything larger.
 */
export type BridgeErrorDetails = Readonly<Record<string, string | number | boolean | null>>;

export type BridgeErrorOptions = {
  code: BridgeErrorCode;
  message?: string;
  /** Path of the failing option or payload field, e.g. `allowedOrigins[1]` or `screenPop.params.match.phone`. */
  field?: string;
  /** Specifics for code that handles the error, e.g. the CRM and connector code of a CRM_ERROR. */
  details?: BridgeErrorDetails;
  cause?: unknown;
};

/** The prefix every BridgeError message starts with, so logs show which layer failed. */
export const BRIDGE_ERROR_PREFIX = '[bridge] ';

/** An error of the postMessage bridge between the CRM shell and the embedded desktop. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  readonly code: BridgeErrorCode;
  readonly field: string | undefined;
  readonly details: BridgeErrorDetails | undefined;

  constructor(options: BridgeErrorOptions) {
    super(`${BRIDGE_ERROR_PREFIX}${options.message ?? options.code}`, { cause: options.cause });
    this.code = options.code;
    this.field = options.field;
    this.details = options.details;
  }
}
