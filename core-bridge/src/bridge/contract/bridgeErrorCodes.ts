/**
 * The closed set of bridge error codes, as they cross the wire. Changing or removing one is a
 * breaking change of the bridge contract (a new BRIDGE_PROTOCOL_VERSION). It lives in the contract
 * because the wire error schema names it; `BridgeError` re-exports it.
 */
export const BRIDGE_ERROR_CODES = {
  /** Options given to the bridge are invalid (e.g. a wildcard origin); `field` names which. */
  INVALID_OPTIONS: 'INVALID_OPTIONS',
  /** The other side does not offer that method (not in its capabilities, or not in the contract). */
  UNSUPPORTED: 'UNSUPPORTED',
  /** The other side did not answer within the method's timeout. */
  TIMEOUT: 'TIMEOUT',
  /** The link went down, or the other side reloaded, with the call in flight. */
  DISCONNECTED: 'DISCONNECTED',
  /** Params, a result or an event failed its schema; `field` names the path (`screenPop.params.match.phone`). */
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  /** A message arrived from an origin outside the allowlist. */
  ORIGIN_REJECTED: 'ORIGIN_REJECTED',
  /** The two sides speak different bridge protocol versions. */
  PROTOCOL_MISMATCH: 'PROTOCOL_MISMATCH',
  /** The other side's implementation threw something that was not a BridgeError; only its message crosses. */
  HANDLER_FAILED: 'HANDLER_FAILED',
  /** The CRM refused: the shell's connector failed; `details` says how (its CRM, code, retryability). */
  CRM_ERROR: 'CRM_ERROR',
  /** A message could not be sent (the window is gone, the payload cannot be cloned). */
  TRANSMISSION_FAILED: 'TRANSMISSION_FAILED',
} as const;

/** A bridge error code. */
export type BridgeErrorCode = keyof typeof BRIDGE_ERROR_CODES;
