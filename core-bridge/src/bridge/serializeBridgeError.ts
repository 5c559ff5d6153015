import { BRIDGE_ERROR_PREFIX, BridgeError, type BridgeErrorDetails } from '../BridgeError.js';
import { parseBridgePayload } from './contract/parseBridgePayload.js';
import { WIRE_ERROR_LIMITS, wireErrorSchema, type WireError } from './contract/wireErrorSchema.js';

/**
 * Turns whatever a handler threw into an error fit for the wire. A BridgeError keeps its code,
 * message, field and details (trimmed to the wire's bounds); anything else becomes HANDLER_FAILED
 * with its message only: never a stack, a cause or other properties, which can hold tokens or
 * customer data the other window has no business seeing.
 */
export function toWireError(error: unknown): WireError {
  if (error instanceof BridgeError) {
    const message = error.message.startsWith(BRIDGE_ERROR_PREFIX)
      ? error.message.slice(BRIDGE_ERROR_PREFIX.length)
      : error.message;
    return {
      code: error.code,
      message: truncate(message, WIRE_ERROR_LIMITS.messageLength),
      ...(error.field === undefined ? {} : { field: truncate(error.field, WIRE_ERROR_LIMITS.fieldLength) }),
      ...(error.details === undefined ? {} : { details: boundDetails(error.details) }),
    };
  }
  return { code: 'HANDLER_FAILED', message: truncate(messageOf(error), WIRE_ERROR_LIMITS.messageLength) };
}

/**
 * Restores the BridgeError the other side sent. Anything off the wire error schema (a peer bug, a
 * hostile frame) becomes INVALID_PAYLOAD naming the failing field under `error`.
 */
export function fromWireError(value: unknown): BridgeError {
  let wire: WireError;
  try {
    wire = parseBridgePayload(wireErrorSchema, value, 'error');
  } catch (error) {
    if (error instanceof BridgeError) return error;
    throw error;
  }
  return new BridgeError({
    code: wire.code,
    message: wire.message,
    ...(wire.field === undefined ? {} : { field: wire.field }),
    ...(wire.details === undefined ? {} : { details: wire.details }),
  });
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return 'the handler failed';
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function boundDetails(details: BridgeErrorDetails): Record<string, string | number | boolean | null> {
  const bounded: Record<string, string | number | boolean | null> = {};
  let count = 0;
  for (const [key, value] of Object.entries(details)) {
    if (count === WIRE_ERROR_LIMITS.detailEntries) break;
    if (key.length === 0 || key.length > WIRE_ERROR_LIMITS.detailKeyLength) continue;
    bounded[key] = boundDetailValue(value);
    count += 1;
  }
  return bounded;
}

function boundDetailValue(value: unknown): string | number | boolean | null {
  if (typeof value === 'string') return truncate(value, WIRE_ERROR_LIMITS.detailStringLength);
  // NaN and the infinities fail the schema's number (and JSON); their text still says what they were.
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || value === null) return value;
  return null;
}
