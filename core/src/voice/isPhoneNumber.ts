import { E164_PATTERN, EXTENSION_PATTERN } from '../contract/primitives.js';
import { TelephonyError } from './TelephonyError.js';

/** True for an E.164 number (`+` and 8-15 digits) or an extension (2-8 digits); no spaces or dashes. */
export function isPhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && (E164_PATTERN.test(value) || EXTENSION_PATTERN.test(value));
}

/** Returns `value` when it is a phone number, else throws INVALID_NUMBER naming `field`. */
export function requirePhoneNumber(value: unknown, field: string): string {
  if (isPhoneNumber(value)) return value;
  throw new TelephonyError({
    code: 'INVALID_NUMBER',
    field,
    message: `${field} must be an E.164 number (+ and 8-15 digits) or a 2-8 digit extension, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`,
  });
}
