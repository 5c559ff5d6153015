import { expect } from '@jest/globals';
import type * as v from 'valibot';
import { parseBridgePayload } from '../../../../src/bridge/contract/index.js';

/** Asserts `value` fails `schema` with INVALID_PAYLOAD at exactly `field` (the path under `root`). */
export function expectInvalidPayload(schema: v.GenericSchema, value: unknown, root: string, field: string): void {
  expect(() => parseBridgePayload(schema, value, root)).toThrow(
    expect.objectContaining({ name: 'BridgeError', code: 'INVALID_PAYLOAD', field }),
  );
}

/** A copy of `base` with `patch` laid over it: one field broken at a time. */
export function withPatch(base: object, patch: Record<string, unknown>): Record<string, unknown> {
  return { ...base, ...patch };
}
