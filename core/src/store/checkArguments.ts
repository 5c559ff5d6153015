import { StoreError } from './StoreError.js';

// Argument checks shared by every CoreStore implementation, so they refuse the same inputs with the
// same `field`.

function invalid(field: string, message: string): StoreError {
  return new StoreError({ code: 'INVALID_INPUT', field, message: `${field} ${message}` });
}

/** A tenantId, kind, id, stream or event type: a non-empty string. */
export function checkName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(field, 'must be a non-empty string');
  return value;
}

/** A seq or version to compare with: an integer ≥ 0. */
export function checkCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(field, 'must be an integer ≥ 0');
  }
  return value;
}

/** A page size: an integer ≥ 1. */
export function checkLimit(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw invalid(field, 'must be an integer ≥ 1');
  }
  return value;
}

/** An event time: a finite number. */
export function checkTime(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, 'must be a finite number');
  return value;
}

/** An optional list in a batch: absent means empty. */
export function checkList(value: unknown, field: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(field, 'must be an array');
  return value;
}

/** An element of a batch list: an object. */
export function checkRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw invalid(field, 'must be an object');
  return value as Record<string, unknown>;
}
