import { StoreError } from './StoreError.js';

/**
 * The VERSION_CONFLICT for a document whose version is `actual` (0 = missing) when the batch
 * expected `expected`.
 */
export function versionConflict(
  document: { tenantId: string; kind: string; id: string },
  expected: number,
  actual: number,
): StoreError {
  const field = `${document.tenantId}/${document.kind}/${document.id}`;
  const found = actual === 0 ? 'it does not exist' : `it is at version ${actual}`;
  return new StoreError({
    code: 'VERSION_CONFLICT',
    field,
    message: `${field}: expected version ${expected}, ${found}`,
  });
}
