/**
 * A copy of `value` without its undefined properties. The store refuses undefined values (they
 * would not survive a round trip), and the contract's optional fields must be absent, not undefined.
 * Shallow: nested objects are built with it too.
 */
export function definedOnly<T extends object>(value: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
