import { randomUUID } from 'node:crypto';
import type { EntryPoint, Tenant } from '../../contract/index.js';
import { hashPassword, verifyPassword } from '../../auth/passwordHash.js';
import type { CoreStore } from '../../store/CoreStore.js';
import { isConfigCollection, type ConfigCollection, type ConfigEntities } from './collections.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import type { ConfigService } from './ConfigService.js';
import { configErrors } from './configErrors.js';
import { createChangeNotifier, type ChangeListenerErrorHandler } from './createChangeNotifier.js';
import { createConfigReader, toVersioned } from './createConfigReader.js';
import { createCredentials } from './createCredentials.js';
import { createKeyedLock } from './createKeyedLock.js';
import { createTenant, parseTenantBody } from './createTenant.js';
import { DOCUMENT_KINDS, GLOBAL_TENANT_ID } from './documentKinds.js';
import type { NumberIndexEntry } from './planNumberIndex.js';
import type { PasswordHasher } from './PasswordHasher.js';
import { removeEntity } from './removeEntity.js';
import { provisionTenant } from './provisionTenant.js';
import { runBootstrap } from './runBootstrap.js';
import { saveEntity } from './saveEntity.js';
import type { Versioned } from './Versioned.js';

/** Options of {@link createConfigService}. */
export type ConfigServiceOptions = {
  store: CoreStore;
  /** Ids of entities and tenants created without one. Default `crypto.randomUUID`. */
  newId?: () => string;
  /** Milliseconds since the Unix epoch, stamping `config.changed` events. Default `Date.now`. */
  now?: () => number;
  /** Default: scrypt (`auth/passwordHash`). */
  passwords?: PasswordHasher;
  /** Told what a change listener threw (the core logs it). Default: ignored. */
  onListenerError?: ChangeListenerErrorHandler;
};

/** A collection name from an untyped caller (a REST path) that names nothing is NOT_FOUND. */
function requireCollection(collection: unknown): ConfigCollection {
  if (isConfigCollection(collection)) return collection;
  throw configErrors.notFound('collection', String(collection), 'collection');
}

/** The configuration service over a store; see {@link ConfigService}. */
export function createConfigService(options: ConfigServiceOptions): ConfigService {
  const { store } = options;
  const reader = createConfigReader(store);
  const context: ConfigContext = {
    store,
    reader,
    newId: options.newId ?? (() => randomUUID()),
    now: options.now ?? Date.now,
    passwords: options.passwords ?? { hash: hashPassword, verify: verifyPassword },
  };
  const credentials = createCredentials(context);
  const notifier = createChangeNotifier(options.onListenerError ?? (() => undefined));
  const lock = createKeyedLock();

  /** Runs a tenant's write in turn with its others, then tells listeners what it committed. */
  const writing = <T>(tenantId: string, task: () => Promise<{ result: T; changes: readonly ConfigChange[] }>) =>
    lock.run(tenantId, async () => {
      const { result, changes } = await task();
      notifier.notify(changes);
      return result;
    });

  return {
    async list<C extends ConfigCollection>(tenantId: string, collection: C) {
      await reader.requireTenant(tenantId);
      const documents = await store.listDocuments(tenantId, requireCollection(collection));
      return documents.map((document) => toVersioned<ConfigEntities[C]>(document));
    },

    async get<C extends ConfigCollection>(tenantId: string, collection: C, id: string) {
      await reader.requireTenant(tenantId);
      return toVersioned<ConfigEntities[C]>(await reader.requireEntity(tenantId, requireCollection(collection), id));
    },

    create<C extends ConfigCollection>(tenantId: string, collection: C, body: unknown) {
      return writing(tenantId, async () => {
        const { entity, changes } = await saveEntity(context, tenantId, requireCollection(collection), body, {
          kind: 'create',
        });
        return { result: entity as Versioned<ConfigEntities[C]>, changes };
      });
    },

    replace<C extends ConfigCollection>(
      tenantId: string,
      collection: C,
      id: string,
      body: unknown,
      expectedVersion?: number,
    ) {
      return writing(tenantId, async () => {
        const mode = { kind: 'replace', id, expectedVersion } as const;
        const { entity, changes } = await saveEntity(context, tenantId, requireCollection(collection), body, mode);
        return { result: entity as Versioned<ConfigEntities[C]>, changes };
      });
    },

    remove(tenantId, collection, id, expectedVersion) {
      return writing(tenantId, async () => ({
        result: undefined,
        changes: await removeEntity(context, tenantId, requireCollection(collection), id, expectedVersion),
      }));
    },

    async createTenant(body) {
      const tenant = parseTenantBody(context, body);
      return writing(tenant.id, async () => {
        const { entity, changes } = await createTenant(context, tenant);
        return { result: entity, changes };
      });
    },

    provisionTenant(options) {
      return writing(typeof options.tenantId === 'string' ? options.tenantId : 'default', async () => {
        const { tenant, changes } = await provisionTenant(context, options);
        return { result: { ...tenant, version: 1 }, changes };
      });
    },

    async getTenant(tenantId) {
      return toVersioned<Tenant>(await reader.requireTenant(tenantId));
    },

    async listTenants() {
      const documents = await store.listAllDocuments(DOCUMENT_KINDS.tenant);
      return documents.map((document) => toVersioned<Tenant>(document));
    },

    setPassword(tenantId, userId, password) {
      return writing(tenantId, async () => {
        await credentials.set(tenantId, userId, password);
        return { result: undefined, changes: [] };
      });
    },

    verifyPassword(tenantId, login, password) {
      return credentials.verify(tenantId, login, password);
    },

    async findEntryPointByNumber(number) {
      if (typeof number !== 'string' || number.length === 0) return undefined;
      const indexed = await store.getDocument(GLOBAL_TENANT_ID, DOCUMENT_KINDS.numberIndex, number);
      if (!indexed) return undefined;
      const { tenantId, entryPointId } = indexed.body as NumberIndexEntry;
      const document = await reader.findEntity(tenantId, 'entryPoints', entryPointId);
      return document && { tenantId, entryPoint: toVersioned<EntryPoint>(document) };
    },

    ensureBootstrap(bootstrap) {
      return writing(bootstrap.tenantId ?? 'default', async () => {
        const { created, changes } = await runBootstrap(context, bootstrap);
        return { result: { created }, changes };
      });
    },

    subscribe(listener) {
      return notifier.subscribe(listener);
    },
  };
}
