import type { CoreStore, StoreDocument } from '../../store/CoreStore.js';
import { configErrors } from './configErrors.js';
import type { ConfigWrite } from './createConfigWrite.js';
import { DOCUMENT_KINDS, GLOBAL_TENANT_ID } from './documentKinds.js';

/** The body of a dialled-number index document. */
export type NumberIndexEntry = { tenantId: string; entryPointId: string };

const indexKey = (number: string) => ({ tenantId: GLOBAL_TENANT_ID, kind: DOCUMENT_KINDS.numberIndex, id: number });

const isOwnedBy = (document: StoreDocument, owner: NumberIndexEntry) => {
  const entry = document.body as Partial<NumberIndexEntry>;
  return entry.tenantId === owner.tenantId && entry.entryPointId === owner.entryPointId;
};

/**
 * Adds to `write` the dialled-number index changes of an entry point going from numbers `before`
 * to `after` ([] when removed). A new number is put with `expectedVersion: 0`, so even when two
 * tenants claim it at once the store lets exactly one commit through; its VERSION_CONFLICT then
 * reads as CONFLICT `number-in-use` at `numbers.<i>`. A number already taken is refused before
 * committing. Dropped numbers are deleted, but only while they still point at this entry point.
 */
export async function planNumberIndex(
  store: CoreStore,
  write: ConfigWrite,
  owner: NumberIndexEntry,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  for (const [index, number] of after.entries()) {
    if (before.includes(number)) continue;
    const inUse = configErrors.numberInUse(`numbers.${index}`, number);
    const current = await store.getDocument(GLOBAL_TENANT_ID, DOCUMENT_KINDS.numberIndex, number);
    if (current && !isOwnedBy(current, owner)) throw inUse;
    // An entry already naming this entry point cannot come from this service (the index commits with
    // the entry point), but rewriting it rather than refusing keeps a hand-repaired store usable.
    const body: NumberIndexEntry = { tenantId: owner.tenantId, entryPointId: owner.entryPointId };
    write.putDocument({ ...indexKey(number), body, expectedVersion: current?.version ?? 0 }, inUse);
  }
  for (const number of before) {
    if (after.includes(number)) continue;
    const current = await store.getDocument(GLOBAL_TENANT_ID, DOCUMENT_KINDS.numberIndex, number);
    if (!current || !isOwnedBy(current, owner)) continue;
    const changed = configErrors.versionMismatch('number', number, 'changed meanwhile; retry');
    write.deleteDocument({ ...indexKey(number), expectedVersion: current.version }, changed);
  }
}
