import { TelephonyError } from './TelephonyError.js';

/** Returns `value` when it is a finite number ≥ 0 (a delay), else throws INVALID_INPUT naming `field`. */
export function requireDelay(value: unknown, field: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new TelephonyError({
    code: 'INVALID_INPUT',
    field,
    message: `${field} must be a finite number of milliseconds ≥ 0, got ${String(value)}`,
  });
}
