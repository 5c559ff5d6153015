import * as v from 'valibot';
import { BridgeError } from '../../BridgeError.js';

/**
 * Validates a payload received from (or about to go to) the other window against its contract
 * schema. On failure it throws BridgeError INVALID_PAYLOAD whose `field` is `field` joined with
 * the first failing path, e.g. `screenPop.params.match.phone` or `saveActivity.params.relatedTo[2].id`.
 * The message never quotes the value: payloads carry customer data.
 */
export function parseBridgePayload<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  field: string,
): v.InferOutput<S> {
  // Only the first issue is reported, so parsing stops there (less work on a hostile payload).
  const result = v.safeParse(schema, value, { abortEarly: true, message: describeIssue });
  if (result.success) return result.output;
  const issue = result.issues[0];
  let path = field;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  throw new BridgeError({ code: 'INVALID_PAYLOAD', field: path, message: `${path}: ${issue.message}` });
}

/**
 * The message of an issue whose schema gave none. valibot's default messages quote the value
 * ("received \"4111 …\""), so every message is built here from what the schema expects instead.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && issue.path) return 'is required';
  // valibot names object kinds with a capital ("Object", "Array"); literals keep their case.
  if (issue.kind === 'schema') return `expected ${(issue.expected ?? issue.type).replace(/^[A-Z][a-z]+$/, lowerFirst)}`;
  if (issue.type.endsWith('_length')) return `length must be ${issue.expected}`;
  return `must be ${issue.expected ?? issue.type}`;
}

function lowerFirst(word: string): string {
  return word.toLowerCase();
}
