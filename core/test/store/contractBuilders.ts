import { expect } from '@jest/globals';
import type { CoreStore, DocumentPut, EventAppend } from '../../src/store/CoreStore.js';
import { StoreError, type StoreErrorCode } from '../../src/store/StoreError.js';

/** Gives a contract section the store of the running test (a new one per test). */
export type UseStore = () => CoreStore;

/** A put of a `queue` document of tenant `tenantId`. */
export function put(tenantId: string, id: string, body: unknown, expectedVersion?: number): DocumentPut {
  return { tenantId, kind: 'queue', id, body, ...(expectedVersion === undefined ? {} : { expectedVersion }) };
}

/** An event to append to `stream` of tenant `tenantId`. */
export function event(tenantId: string, stream: string, payload: unknown = {}, type = 'contact.queued'): EventAppend {
  return { tenantId, stream, type, payload, time: 1_767_225_600_000 };
}

/** Asserts that `promise` rejects with a StoreError of `code` (and `field`, when given). */
export async function expectStoreError(promise: Promise<unknown>, code: StoreErrorCode, field?: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect(error).toMatchObject(field === undefined ? { code } : { code, field });
}
