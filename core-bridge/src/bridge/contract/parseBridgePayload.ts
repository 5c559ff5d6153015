import { en } from 'zod/locales';
import type * as z from 'zod/mini';
import { BridgeError } from '../../BridgeError.js';

// zod/mini ships without messages to stay small; English ones are passed per parse rather than set
// globally, so importing the contract has no side effects (as the core's parseContract does).
const englishErrors = en().localeError;

/**
 * Validates a payload received from (or about to go to) the other window against its contract
 * schema. On failure it throws BridgeError INVALID_PAYLOAD whose `field` is `field` joined with
 * the first failing path, e.g. `screenPop.params.match.phone` or `saveActivity.params.relatedTo[2].id`.
 * The message never quotes the value: payloads carry customer data.
 */
export function parseBridgePayload<S extends z.ZodMiniType>(schema: S, value: unknown, field: string): z.output<S> {
  const result = schema.safeParse(value, { error: englishErrors });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = joinPath(field, issue?.path ?? []);
  throw new BridgeError({
    code: 'INVALID_PAYLOAD',
    field: path,
    message: `${path}: ${issue?.message ?? 'is invalid'}`,
  });
}

function joinPath(field: string, path: readonly PropertyKey[]): string {
  let joined = field;
  for (const key of path) {
    joined += typeof key === 'number' ? `[${key}]` : `${joined === '' ? '' : '.'}${String(key)}`;
  }
  return joined;
}
