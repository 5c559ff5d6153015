import { StoreError } from './StoreError.js';

/**
 * Serialises a plain JSON value (null, booleans, finite numbers, strings, arrays and plain objects
 * of them) or rejects it with `StoreError` INVALID_INPUT naming `field`. `JSON.stringify` alone
 * would silently turn NaN into null, drop undefined properties and flatten Dates and Maps: the
 * store refuses those instead, so what is read back always equals what was written.
 */
export function toJsonText(value: unknown, field: string): string {
  const problem = findProblem(value, new Set());
  if (problem !== undefined) {
    const path = problem.path.reverse().join('');
    throw new StoreError({ code: 'INVALID_INPUT', field, message: `${field}${path}${problem.what}` });
  }
  return JSON.stringify(value);
}

/**
 * The first part of a value that is not plain JSON. `path` is collected innermost first while the
 * recursion unwinds: this check runs on every commit, so it builds no strings while all is well.
 */
type Problem = { readonly what: string; readonly path: string[] };

function findProblem(value: unknown, ancestors: Set<object>): Problem | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : { what: ` is ${String(value)}, not a finite number`, path: [] };
    case 'object':
      return value === null ? undefined : findObjectProblem(value, ancestors);
    default:
      return { what: ` is a ${typeof value}, not a JSON value`, path: [] };
  }
}

function findObjectProblem(value: object, ancestors: Set<object>): Problem | undefined {
  if (ancestors.has(value)) return { what: ' refers to itself (a cycle)', path: [] };
  // Only the path from the root is tracked: the same object twice side by side is not a cycle.
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: readonly unknown[] = value;
      for (let index = 0; index < items.length; index++) {
        if (!(index in items)) return { what: ' is a hole in a sparse array', path: [`[${index}]`] };
        const problem = findProblem(items[index], ancestors);
        if (problem !== undefined) {
          problem.path.push(`[${index}]`);
          return problem;
        }
      }
      return undefined;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      return { what: ` is ${Object.prototype.toString.call(value)}, not a plain object`, path: [] };
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const problem = findProblem(record[key], ancestors);
      if (problem !== undefined) {
        problem.path.push(`.${key}`);
        return problem;
      }
    }
    return undefined;
  } finally {
    ancestors.delete(value);
  }
}
