import { AuthError } from '../auth/AuthError.js';
import type { ApiError } from '../contract/index.js';
import { ServiceError } from '../service/ServiceError.js';

/** An error answer: its HTTP status, its body, and whether it is a bug to log (a 5xx). */
export type ApiErrorResponse = { readonly status: number; readonly body: ApiError; readonly unexpected: boolean };

/**
 * The one mapping from anything thrown while serving a request to the API's error envelope. Client
 * mistakes are always 4xx with a code (and the field when there is one); only bugs become 500,
 * and their details stay in the log, never in the answer.
 */
export function toApiError(error: unknown): ApiErrorResponse {
  if (error instanceof ServiceError) {
    const issues = error.issues.length > 0 ? { issues: error.issues.map((issue) => ({ ...issue })) } : {};
    return respond(error.status, {
      code: error.code,
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...issues,
      ...(error.state === undefined ? {} : { state: error.state }),
    });
  }
  if (error instanceof AuthError) {
    return error.code === 'FORBIDDEN'
      ? respond(403, { code: 'FORBIDDEN', message: error.message })
      : respond(401, { code: 'UNAUTHENTICATED', message: error.message });
  }
  const status = clientErrorStatus(error);
  if (status !== undefined) {
    const message = error instanceof Error ? error.message : 'invalid request';
    return respond(status, { code: status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST', message });
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } }, unexpected: true };
}

function respond(status: number, error: ApiError['error']): ApiErrorResponse {
  return { status, body: { error }, unexpected: false };
}

// Fastify's own refusals (malformed JSON, unsupported media type, body too large...) carry a 4xx.
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const { statusCode } = error;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
}
