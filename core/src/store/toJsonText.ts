import { StoreError } from './StoreError.js';

/**
 * Serialises a plain JSON value (null, booleans, finite numbers, strings, arrays and plain objects
 * of them) or rejects it with `StoreError` INVALID_INPUT naming `field`. `JSON.stringify` alone
 * would silently turn NaN into null, drop undefined properties and flatten Dates and Maps: the
 * store refuses those instead, so what is read back always equals what was written.
 */
export function toJsonText(value: unknown, field: string): string {
  const problem = findProblem(value, '', new Set());
  if (problem !== undefined) {
    throw new StoreError({ code: 'INVALID_INPUT', field, message: `${field}${problem}` });
  }
  return JSON.stringify(value);
}

/** Describes the first part of `value` that is not plain JSON, or undefined when it all is. */
function findProblem(value: unknown, path: string, ancestors: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} is ${String(value)}, not a finite number`;
    case 'object':
      return value === null ? undefined : findObjectProblem(value, path, ancestors);
    default:
      return `${path} is a ${typeof value}, not a JSON value`;
  }
}

function findObjectProblem(value: object, path: string, ancestors: Set<object>): string | undefined {
  if (ancestors.has(value)) return `${path} refers to itself (a cycle)`;
  // Only the path from the root is tracked: the same object twice side by side is not a cycle.
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: readonly unknown[] = value;
      for (let index = 0; index < items.length; index++) {
        if (!(index in items)) return `${path}[${index}] is a hole in a sparse array`;
        const problem = findProblem(items[index], `${path}[${index}]`, ancestors);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      return `${path} is ${Object.prototype.toString.call(value)}, not a plain object`;
    }
    for (const [key, item] of Object.entries(value)) {
      const problem = findProblem(item, `${path}.${key}`, ancestors);
      if (problem !== undefined) return problem;
    }
    return undefined;
  } finally {
    ancestors.delete(value);
  }
}
