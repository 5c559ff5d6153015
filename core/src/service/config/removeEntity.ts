import type { EntryPoint } from '../../contract/index.js';
import { checkExpectedVersion } from './checkExpectedVersion.js';
import { COLLECTION_NOUNS, type ConfigCollection } from './collections.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import { configErrors } from './configErrors.js';
import { createConfigWrite } from './createConfigWrite.js';
import { DOCUMENT_KINDS } from './documentKinds.js';
import { findReferrers } from './findReferrers.js';
import { formatReferrers } from './formatReferrers.js';
import { planNumberIndex } from './planNumberIndex.js';
import { referringCollections } from './referenceRules.js';

/**
 * Removes an entity nothing refers to, with what belongs to it (an entry point's numbers, a
 * user's credential), in one commit. Resolves with the changes committed.
 */
export async function removeEntity(
  context: ConfigContext,
  tenantId: string,
  collection: ConfigCollection,
  id: string,
  expectedVersion: number | undefined,
): Promise<ConfigChange[]> {
  const { store, reader } = context;
  const noun = COLLECTION_NOUNS[collection].singular;
  await reader.requireTenant(tenantId);
  const existing = await reader.requireEntity(tenantId, collection, id);
  checkExpectedVersion(collection, existing, expectedVersion);

  const referrers = findReferrers(collection, id, await reader.entitiesOf(tenantId, referringCollections(collection)));
  if (referrers.length > 0) throw configErrors.referenced(noun, id, formatReferrers(referrers));

  const changed = configErrors.versionMismatch(noun, id, 'changed meanwhile; retry');
  const write = createConfigWrite(tenantId);
  write.deleteEntity(collection, id, existing.version, changed);
  if (collection === 'entryPoints') {
    const owner = { tenantId, entryPointId: id };
    await planNumberIndex(store, write, owner, (existing.body as EntryPoint).numbers, []);
  }
  if (collection === 'users') {
    const credential = await store.getDocument(tenantId, DOCUMENT_KINDS.credential, id);
    if (credential) {
      write.deleteDocument(
        { tenantId, kind: DOCUMENT_KINDS.credential, id, expectedVersion: credential.version },
        changed,
      );
    }
  }
  return write.commit(store, context.now());
}
