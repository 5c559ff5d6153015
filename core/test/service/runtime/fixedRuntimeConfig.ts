import {
  desktopProfileSchema,
  entryPointSchema,
  parseContract,
  type ContractResult,
  queueSchema,
  reasonCodeSchema,
  userSchema,
  type DesktopProfile,
  type EntryPoint,
  type Queue,
  type ReasonCode,
  type User,
} from '../../../src/contract/index.js';
import type { RuntimeConfig, RuntimeConfigChange } from '../../../src/service/runtime/RuntimeConfig.js';

/** One tenant's configuration, as plain input the contract schemas parse (defaults applied). */
export type TenantFixture = {
  users?: unknown[];
  queues?: unknown[];
  entryPoints?: unknown[];
  idleCodes?: unknown[];
  wrapUpCodes?: unknown[];
  desktopProfiles?: unknown[];
};

type TenantEntities = {
  users: Map<string, User>;
  queues: Map<string, Queue>;
  entryPoints: Map<string, EntryPoint>;
  idleCodes: ReasonCode[];
  wrapUpCodes: ReasonCode[];
  desktopProfiles: Map<string, DesktopProfile>;
};

/** A RuntimeConfig over fixed entities, with a way to change queues and users as the config service would. */
export type FixedRuntimeConfig = RuntimeConfig & {
  /** Creates or replaces a queue, entry point or user and tells subscribers (`queues`, `users`). */
  put(tenantId: string, collection: 'queues' | 'users' | 'entryPoints', input: unknown): void;
  remove(tenantId: string, collection: 'queues' | 'users', id: string): void;
};

function parsed<T>(result: ContractResult<T>): T {
  if (!result.ok) throw new Error(`fixture breaks the contract: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/** Builds the configuration of several tenants from fixtures, every entity checked by its schema. */
export function createFixedRuntimeConfig(fixtures: Record<string, TenantFixture>): FixedRuntimeConfig {
  const tenants = new Map<string, TenantEntities>();
  for (const [tenantId, fixture] of Object.entries(fixtures)) {
    tenants.set(tenantId, {
      users: byId((fixture.users ?? []).map((input) => parsed(parseContract(userSchema, input)))),
      queues: byId((fixture.queues ?? []).map((input) => parsed(parseContract(queueSchema, input)))),
      entryPoints: byId((fixture.entryPoints ?? []).map((input) => parsed(parseContract(entryPointSchema, input)))),
      idleCodes: (fixture.idleCodes ?? []).map((input) => parsed(parseContract(reasonCodeSchema, input))),
      wrapUpCodes: (fixture.wrapUpCodes ?? []).map((input) => parsed(parseContract(reasonCodeSchema, input))),
      desktopProfiles: byId(
        (fixture.desktopProfiles ?? []).map((input) => parsed(parseContract(desktopProfileSchema, input))),
      ),
    });
  }
  const listeners = new Set<(change: RuntimeConfigChange) => void>();
  const tenant = (tenantId: string) => tenants.get(tenantId);
  const notify = (change: RuntimeConfigChange) => listeners.forEach((listener) => listener(change));
  const requireTenant = (tenantId: string) => {
    const entities = tenant(tenantId);
    if (!entities) throw new Error(`no tenant ${tenantId} in the fixture`);
    return entities;
  };

  return {
    findEntryPointByNumber(number) {
      for (const [tenantId, entities] of tenants) {
        for (const entryPoint of entities.entryPoints.values()) {
          if (entryPoint.numbers.includes(number)) return Promise.resolve({ tenantId, entryPoint });
        }
      }
      return Promise.resolve(undefined);
    },
    getEntryPoint: (tenantId, entryPointId) => Promise.resolve(tenant(tenantId)?.entryPoints.get(entryPointId)),
    getUser: (tenantId, userId) => Promise.resolve(tenant(tenantId)?.users.get(userId)),
    getDesktopProfile: (tenantId, profileId) => Promise.resolve(tenant(tenantId)?.desktopProfiles.get(profileId)),
    listQueues: (tenantId) => Promise.resolve([...(tenant(tenantId)?.queues.values() ?? [])]),
    listIdleCodes: (tenantId) => Promise.resolve([...(tenant(tenantId)?.idleCodes ?? [])]),
    listWrapUpCodes: (tenantId) => Promise.resolve([...(tenant(tenantId)?.wrapUpCodes ?? [])]),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    put(tenantId, collection, input) {
      const entities = requireTenant(tenantId);
      if (collection === 'entryPoints') {
        const entryPoint = parsed(parseContract(entryPointSchema, input));
        entities.entryPoints.set(entryPoint.id, entryPoint);
        return;
      }
      const entity =
        collection === 'queues' ? parsed(parseContract(queueSchema, input)) : parsed(parseContract(userSchema, input));
      const map: Map<string, Queue | User> = collection === 'queues' ? entities.queues : entities.users;
      const change = map.has(entity.id) ? 'updated' : 'created';
      map.set(entity.id, entity);
      notify({ tenantId, collection, id: entity.id, change, entity });
    },
    remove(tenantId, collection, id) {
      const entities = requireTenant(tenantId);
      (collection === 'queues' ? entities.queues : entities.users).delete(id);
      notify({ tenantId, collection, id, change: 'deleted', entity: undefined });
    },
  };
}
