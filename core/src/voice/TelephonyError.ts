import type { LegState } from './Leg.js';

/** Error codes of the voice layer. Changing one is a breaking change. */
export const TELEPHONY_ERROR_CODES = {
  /** No leg has this id (or it ended long enough ago to be forgotten); `field` names the argument. */
  LEG_NOT_FOUND: 'LEG_NOT_FOUND',
  /** The operation is not allowed in the leg's current state; `state` holds it. */
  INVALID_LEG_STATE: 'INVALID_LEG_STATE',
  /** Neither E.164 nor an extension; `field` names the argument. */
  INVALID_NUMBER: 'INVALID_NUMBER',
  BRIDGE_NOT_FOUND: 'BRIDGE_NOT_FOUND',
  /** The legs cannot form or join this bridge (too few, already bridged, another tenant). */
  INVALID_BRIDGE: 'INVALID_BRIDGE',
  /** A malformed non-number argument, such as a negative timeout; `field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
} as const;

export type TelephonyErrorCode = keyof typeof TELEPHONY_ERROR_CODES;

/** A call-control operation the gateway refuses. */
export class TelephonyError extends Error {
  override readonly name = 'TelephonyError';
  readonly code: TelephonyErrorCode;
  /** The failing argument, for bad input and unknown ids. */
  readonly field: string | undefined;
  /** The leg's current state, for INVALID_LEG_STATE (the API answers it with 409). */
  readonly state: LegState | undefined;

  constructor(options: { code: TelephonyErrorCode; message: string; field?: string; state?: LegState }) {
    super(`[telephony] ${options.message}`);
    this.code = options.code;
    this.field = options.field;
    this.state = options.state;
  }
}
