import { TelephonyError } from './TelephonyError.js';

/**
 * A frozen private copy of call-associated data (string keys to string values), so the caller can
 * neither change a leg's data afterwards nor see a later change; undefined stays undefined.
 * Throws INVALID_INPUT naming `callAssociatedData` for anything else.
 */
export function copyCallAssociatedData(value: unknown): Readonly<Record<string, string>> | undefined {
  if (value === undefined) return undefined;
  const invalid = (message: string) =>
    new TelephonyError({ code: 'INVALID_INPUT', field: 'callAssociatedData', message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('callAssociatedData must be an object of string values');
  }
  const copy: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw invalid(`callAssociatedData.${key} must be a string`);
    copy[key] = entry;
  }
  return Object.freeze(copy);
}
