import type { Tenant } from '../../contract/index.js';
import type { CoreStore, DocumentDelete, DocumentPut } from '../../store/CoreStore.js';
import { StoreError } from '../../store/StoreError.js';
import type { ServiceError } from '../ServiceError.js';
import type { ConfigEntity } from './collections.js';
import {
  CONFIG_CHANGED_EVENT,
  CONFIG_EVENT_STREAM,
  type ChangedCollection,
  type ConfigChange,
  type ConfigChangedPayload,
} from './ConfigChange.js';
import { configErrors } from './configErrors.js';
import { DOCUMENT_KINDS } from './documentKinds.js';

/** A document write whose current version the service has read: the store re-checks it at commit. */
type CheckedPut = DocumentPut & { readonly expectedVersion: number };
type CheckedDelete = DocumentDelete & { readonly expectedVersion: number };

/**
 * One configuration write being assembled: documents to put and delete, the changes they make,
 * and what each document's VERSION_CONFLICT means to the caller. Committing it writes everything,
 * plus one `config.changed` event per change, in a single store batch.
 */
export type ConfigWrite = {
  /** Saves an entity at `currentVersion + 1` (0 = new) and records the change. */
  putEntity(
    collection: ChangedCollection,
    entity: ConfigEntity | Tenant,
    currentVersion: number,
    onConflict: ServiceError,
  ): void;
  /** Deletes an entity that is at `currentVersion` and records the change. */
  deleteEntity(collection: ChangedCollection, id: string, currentVersion: number, onConflict: ServiceError): void;
  /** Writes a document that is no entity (an index entry, a credential). */
  putDocument(put: CheckedPut, onConflict: ServiceError): void;
  deleteDocument(remove: CheckedDelete, onConflict: ServiceError): void;
  /**
   * Commits everything at once, the events stamped `time`, and resolves with the changes made. A
   * VERSION_CONFLICT becomes the ServiceError registered for the conflicting document.
   */
  commit(store: CoreStore, time: number): Promise<ConfigChange[]>;
};

/** The store kind of a changed collection: its name, except that tenants are stored as `tenant`. */
const kindOf = (collection: ChangedCollection) => (collection === 'tenants' ? DOCUMENT_KINDS.tenant : collection);

// The store names a conflicting document `tenantId/kind/id` in StoreError.field.
const keyOf = (document: { tenantId: string; kind: string; id: string }) =>
  `${document.tenantId}/${document.kind}/${document.id}`;

/** Starts an empty write for one tenant. */
export function createConfigWrite(tenantId: string): ConfigWrite {
  const puts: CheckedPut[] = [];
  const deletes: CheckedDelete[] = [];
  const changes: ConfigChange[] = [];
  const conflicts = new Map<string, ServiceError>();

  const write: ConfigWrite = {
    putEntity(collection, entity, currentVersion, onConflict) {
      write.putDocument(
        { tenantId, kind: kindOf(collection), id: entity.id, body: entity, expectedVersion: currentVersion },
        onConflict,
      );
      const version = currentVersion + 1;
      changes.push({
        tenantId,
        collection,
        id: entity.id,
        change: currentVersion === 0 ? 'created' : 'updated',
        version,
        entity: { ...entity, version },
      });
    },
    deleteEntity(collection, id, currentVersion, onConflict) {
      write.deleteDocument({ tenantId, kind: kindOf(collection), id, expectedVersion: currentVersion }, onConflict);
      changes.push({ tenantId, collection, id, change: 'deleted', version: currentVersion, entity: undefined });
    },
    putDocument(put, onConflict) {
      puts.push(put);
      conflicts.set(keyOf(put), onConflict);
    },
    deleteDocument(remove, onConflict) {
      deletes.push(remove);
      conflicts.set(keyOf(remove), onConflict);
    },
    async commit(store, time) {
      const events = changes.map(({ collection, id, change, version }) => {
        const payload: ConfigChangedPayload = { collection, id, change, version };
        return { tenantId, stream: CONFIG_EVENT_STREAM, type: CONFIG_CHANGED_EVENT, payload, time };
      });
      try {
        await store.commit({ puts, deletes, events });
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'VERSION_CONFLICT') throw error;
        throw (
          conflicts.get(error.field ?? '') ??
          configErrors.versionMismatch('document', error.field ?? '', 'changed meanwhile; retry')
        );
      }
      return changes;
    },
  };
  return write;
}
