import type { StoreDocument } from '../../store/CoreStore.js';
import { COLLECTION_NOUNS, type ConfigCollection } from './collections.js';
import { configErrors } from './configErrors.js';

/**
 * Checks a caller's `expectedVersion` (the If-Match of the REST API) against the entity as read:
 * INVALID_REQUEST when it is no version at all, CONFLICT `version-mismatch` when it is stale.
 * Absent = the caller does not care; the service still commits against the version it read.
 */
export function checkExpectedVersion(
  collection: ConfigCollection,
  document: StoreDocument,
  expectedVersion: number | undefined,
): void {
  if (expectedVersion === undefined) return;
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
    throw configErrors.invalidField('expectedVersion', 'must be an integer ≥ 1');
  }
  if (expectedVersion !== document.version) {
    throw configErrors.versionMismatch(
      COLLECTION_NOUNS[collection].singular,
      document.id,
      `is at version ${document.version}, not ${expectedVersion}`,
    );
  }
}
