import { EngineError } from '../../engine/EngineError.js';
import { TelephonyError } from '../../voice/TelephonyError.js';
import { ServiceError } from '../ServiceError.js';

// The few ways the runtime refuses a request, each a ServiceError the API maps to a status.

/** NOT_FOUND: also for other tenants' and other agents' ids, which must look the same as unknown ones. */
export function notFound(what: string): ServiceError {
  return new ServiceError({ code: 'NOT_FOUND', message: `${what} not found` });
}

/** CONFLICT carrying the state that forbids the request. */
export function conflict(state: string, message: string, cause?: unknown): ServiceError {
  return new ServiceError({ code: 'CONFLICT', message, state, ...(cause === undefined ? {} : { cause }) });
}

/** INVALID_REQUEST on one field. */
export function invalidField(field: string, message: string): ServiceError {
  return new ServiceError({ code: 'INVALID_REQUEST', message: `${field}: ${message}`, field });
}

/**
 * Turns a refusal from a lower layer into the caller's ServiceError: an illegal agent transition
 * and a leg in the wrong state are conflicts; anything else is a fault and is rethrown as is.
 */
export function asServiceError(error: unknown): unknown {
  if (error instanceof EngineError && error.code === 'ILLEGAL_TRANSITION') {
    return new ServiceError({
      code: 'CONFLICT',
      message: error.message.replace(/^\[engine\] /, ''),
      state: error.state ?? 'unknown',
      cause: error,
    });
  }
  if (error instanceof TelephonyError && error.code === 'INVALID_LEG_STATE') {
    return new ServiceError({
      code: 'CONFLICT',
      message: error.message.replace(/^\[telephony\] /, ''),
      state: error.state ?? 'unknown',
      cause: error,
    });
  }
  return error;
}
