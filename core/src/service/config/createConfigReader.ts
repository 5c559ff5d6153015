import { idSchema, parseContract } from '../../contract/index.js';
import type { CoreStore, StoreDocument } from '../../store/CoreStore.js';
import { COLLECTION_NOUNS, type ConfigCollection, type ConfigEntity } from './collections.js';
import { configErrors } from './configErrors.js';
import { DOCUMENT_KINDS, GLOBAL_TENANT_ID } from './documentKinds.js';
import type { Versioned } from './Versioned.js';

/** The reads every configuration operation starts with. */
export type ConfigReader = {
  /** The tenant's document, or undefined. */
  findTenant(tenantId: string): Promise<StoreDocument | undefined>;
  /** The tenant's document; NOT_FOUND (field `tenantId`) when there is no such tenant. */
  requireTenant(tenantId: string): Promise<StoreDocument>;
  /** The entity's document, or undefined (also for a string that cannot be an id). */
  findEntity(tenantId: string, collection: ConfigCollection, id: string): Promise<StoreDocument | undefined>;
  /** The entity's document; NOT_FOUND at `field` when absent. */
  requireEntity(tenantId: string, collection: ConfigCollection, id: string, field?: string): Promise<StoreDocument>;
  /** The ids of each collection, to check references against. */
  idsOf(tenantId: string, collections: readonly ConfigCollection[]): Promise<Map<ConfigCollection, Set<string>>>;
  /** The entities of each collection, to find referrers in. */
  entitiesOf(
    tenantId: string,
    collections: readonly ConfigCollection[],
  ): Promise<Map<ConfigCollection, ConfigEntity[]>>;
};

/**
 * Whether a string can be an entity or tenant id. Checked before touching the store, which refuses
 * empty names with INVALID_INPUT: to the caller such an id simply names nothing.
 */
export const isEntityId = (value: unknown): value is string => parseContract(idSchema, value).ok;

/** A stored entity as the service returns it. Bodies were parsed on the way in, so they are trusted. */
export function toVersioned<T>(document: StoreDocument): Versioned<T> {
  return { ...(document.body as T), version: document.version };
}

/** The reader over one store. */
export function createConfigReader(store: CoreStore): ConfigReader {
  const findEntity = async (tenantId: string, collection: ConfigCollection, id: string) =>
    isEntityId(tenantId) && isEntityId(id) ? store.getDocument(tenantId, collection, id) : undefined;

  const findTenant = async (tenantId: string) =>
    isEntityId(tenantId) && tenantId !== GLOBAL_TENANT_ID
      ? store.getDocument(tenantId, DOCUMENT_KINDS.tenant, tenantId)
      : undefined;

  return {
    findTenant,

    async requireTenant(tenantId) {
      const found = await findTenant(tenantId);
      if (!found) throw configErrors.notFound('tenant', tenantId, 'tenantId');
      return found;
    },

    findEntity,

    async requireEntity(tenantId, collection, id, field = 'id') {
      const found = await findEntity(tenantId, collection, id);
      if (!found) throw configErrors.notFound(COLLECTION_NOUNS[collection].singular, id, field);
      return found;
    },

    async idsOf(tenantId, collections) {
      const entries = await Promise.all(
        collections.map(async (collection) => {
          const documents = await store.listDocuments(tenantId, collection);
          return [collection, new Set(documents.map((document) => document.id))] as const;
        }),
      );
      return new Map(entries);
    },

    async entitiesOf(tenantId, collections) {
      const entries = await Promise.all(
        collections.map(async (collection) => {
          const documents = await store.listDocuments(tenantId, collection);
          return [collection, documents.map((document) => document.body as ConfigEntity)] as const;
        }),
      );
      return new Map(entries);
    },
  };
}
