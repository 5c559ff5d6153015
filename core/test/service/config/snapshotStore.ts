import { CONFIG_COLLECTION_NAMES } from '../../../src/service/config/collections.js';
import type { CoreStore, StoreDocument, StoreEvent } from '../../../src/store/CoreStore.js';

const KINDS = ['tenant', ...CONFIG_COLLECTION_NAMES, 'credential', 'dnis'];

/** Every document the configuration service writes, and every tenant's `config` events. */
export async function snapshotStore(store: CoreStore): Promise<{ documents: StoreDocument[]; events: StoreEvent[] }> {
  const documents = (await Promise.all(KINDS.map((kind) => store.listAllDocuments(kind)))).flat();
  const tenantIds = documents.filter((document) => document.kind === 'tenant').map((document) => document.id);
  const events = (
    await Promise.all(tenantIds.map((tenantId) => store.readEvents(tenantId, 'config', 0, 10_000)))
  ).flat();
  return { documents, events };
}
