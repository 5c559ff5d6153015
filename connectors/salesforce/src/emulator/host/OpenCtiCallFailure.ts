/**
 * Thrown by a host method handler to answer `{success: false, errors: [message]}`. The exact
 * Lightning error texts are not known (§1.3 gap), so messages say plainly what was wrong [I].
 */
export class OpenCtiCallFailure extends Error {
  override readonly name = 'OpenCtiCallFailure';
}

/** Reads a string argument, refusing anything else (and, unless allowed, the empty string). */
export function requireString(container: Readonly<Record<string, unknown>>, key: string, path: string): string {
  const value = container[key];
  if (typeof value !== 'string' || value === '')
    throw new OpenCtiCallFailure(`${path}.${key} must be a non-empty string`);
  return value;
}

/** Reads a plain-object argument (not null, not an array). */
export function requireRecord(
  container: Readonly<Record<string, unknown>>,
  key: string,
  path: string,
): Record<string, unknown> {
  const value = container[key];
  if (!isPlainRecord(value)) throw new OpenCtiCallFailure(`${path}.${key} must be an object`);
  return value;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
