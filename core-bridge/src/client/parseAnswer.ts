import type { ContractIssue, ContractResult } from '@patchbay/core/contract';
import { CoreClientError } from './CoreClientError.js';
import type { Versioned } from './Versioned.js';

/** Validates one value against a contract schema, e.g. `(input) => parseContract(contactViewSchema, input)`. */
export type ContractParser<T> = (input: unknown) => ContractResult<T>;

/**
 * The body of a successful answer, checked against the contract: a client must not trust its
 * server blindly, so an answer outside the contract is a PROTOCOL_ERROR naming the failing fields.
 */
export function parseAnswer<T>(parse: ContractParser<T>, body: unknown, what: string): T {
  const result = parse(body);
  if (!result.ok) throw protocolError(what, result.issues);
  return result.value;
}

/** A JSON array answer, each item checked; issue fields start with the item's index. */
export function parseListAnswer<T>(parse: ContractParser<T>, body: unknown, what: string): T[] {
  return parseItems(body, what, (item, index) => {
    const result = parse(item);
    return result.ok ? result : { ok: false, issues: prefixed(index, result.issues) };
  });
}

/**
 * A configuration list: the contract's entity schemas are strict and know nothing of `version`,
 * so it is checked apart and the rest of each item against the entity schema.
 */
export function parseVersionedListAnswer<T>(parse: ContractParser<T>, body: unknown, what: string): Versioned<T>[] {
  return parseItems(body, what, (item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, issues: [{ field: String(index), message: 'must be an object' }] };
    }
    const { version, ...entity } = item as Record<string, unknown>;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, issues: [{ field: `${index}.version`, message: 'must be a positive integer' }] };
    }
    const result = parse(entity);
    if (!result.ok) return { ok: false, issues: prefixed(index, result.issues) };
    return { ok: true, value: { ...result.value, version } };
  });
}

type ItemResult<T> = { ok: true; value: T } | { ok: false; issues: readonly ContractIssue[] };

function parseItems<T>(body: unknown, what: string, parseItem: (item: unknown, index: number) => ItemResult<T>): T[] {
  if (!Array.isArray(body)) throw protocolError(what, [{ field: '(root)', message: 'must be an array' }]);
  return body.map((item: unknown, index) => {
    const result = parseItem(item, index);
    if (!result.ok) throw protocolError(what, result.issues);
    return result.value;
  });
}

function prefixed(index: number, issues: readonly ContractIssue[]): ContractIssue[] {
  return issues.map((issue) => ({
    field: issue.field === '(root)' ? String(index) : `${index}.${issue.field}`,
    message: issue.message,
  }));
}

function protocolError(what: string, issues: readonly ContractIssue[]): CoreClientError {
  const first = issues[0];
  return new CoreClientError({
    code: 'PROTOCOL_ERROR',
    message: `${what} broke the contract${first ? ` at ${first.field}: ${first.message}` : ''}`,
    issues,
  });
}
