import { apiErrorSchema, parseContract } from '@patchbay/core/contract';
import { CoreClientError } from './CoreClientError.js';

/** Gateways in front of the core answer these while it is restarting or unreachable. */
const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * The typed error of a non-2xx answer. The core's error envelope is validated like any other
 * body; an answer without it (a proxy's HTML page, say) is a NETWORK_ERROR when a gateway says the
 * core is away, otherwise a PROTOCOL_ERROR.
 */
export function errorFromAnswer(status: number, body: unknown): CoreClientError {
  const parsed = parseContract(apiErrorSchema, body);
  if (!parsed.ok) {
    return new CoreClientError({
      code: GATEWAY_STATUSES.has(status) ? 'NETWORK_ERROR' : 'PROTOCOL_ERROR',
      status,
      message: `the core answered ${status} without an error envelope`,
      issues: parsed.issues,
    });
  }
  const { code, message, field, issues, state } = parsed.value.error;
  return new CoreClientError({
    code,
    message,
    status,
    ...(field === undefined ? {} : { field }),
    ...(issues === undefined ? {} : { issues }),
    ...(state === undefined ? {} : { state }),
  });
}
