import type { ReasonCode } from '../../contract/index.js';
import type { StoreDocument } from '../../store/CoreStore.js';
import { COLLECTION_NOUNS } from './collections.js';
import { configErrors } from './configErrors.js';
import type { ConfigWrite } from './createConfigWrite.js';

/**
 * Adds to `write` the clearing of every other default code of the collection, so saving a new
 * default switches it in the same commit: the runtime never sees two defaults, nor none between
 * two writes. Each cleared code is an update of its own, checked against the version read.
 */
export function clearOtherDefaults(
  write: ConfigWrite,
  collection: 'idleCodes' | 'wrapUpCodes',
  documents: readonly StoreDocument[],
  savedId: string,
): void {
  for (const document of documents) {
    const code = document.body as ReasonCode;
    if (document.id === savedId || !code.isDefault) continue;
    const conflict = configErrors.versionMismatch(
      COLLECTION_NOUNS[collection].singular,
      document.id,
      'changed meanwhile; retry',
    );
    write.putEntity(collection, { ...code, isDefault: false }, document.version, conflict);
  }
}
