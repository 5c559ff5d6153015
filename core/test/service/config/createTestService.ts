import type { ConfigService } from '../../../src/service/config/ConfigService.js';
import { createConfigService, type ConfigServiceOptions } from '../../../src/service/config/createConfigService.js';
import type { CoreStore } from '../../../src/store/CoreStore.js';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';

export const TENANT_A = 'acme';
export const TENANT_B = 'globex';
/** The number of the seeded entry point `ep1`. */
export const SEED_NUMBER = '+390200000001';

/** A service over a memory store (unless given one), with counter ids and a fixed clock. */
export function createTestService(options: Partial<ConfigServiceOptions> = {}): {
  store: CoreStore;
  service: ConfigService;
} {
  const store = options.store ?? createMemoryStore({ now: () => 1_000 });
  let counter = 0;
  const service = createConfigService({ newId: () => `new-${++counter}`, now: () => 5_000, ...options, store });
  return { store, service };
}

/**
 * Creates a tenant with one entity of every collection, wired together: site s1, team t1 (s1),
 * desktop profile dp1, agent u1 (t1, dp1), queue q1 (t1), entry point ep1 (q1, SEED_NUMBER),
 * idle code ic1 and wrap-up code wc1 (both default).
 */
export async function seedTenant(service: ConfigService, tenantId = TENANT_A, number = SEED_NUMBER): Promise<void> {
  await service.createTenant({ id: tenantId, name: `Tenant ${tenantId}` });
  await service.create(tenantId, 'sites', { id: 's1', name: 'Milan' });
  await service.create(tenantId, 'teams', { id: 't1', name: 'Sales', siteId: 's1' });
  await service.create(tenantId, 'desktopProfiles', { id: 'dp1', name: 'Standard' });
  await service.create(tenantId, 'users', {
    id: 'u1',
    name: 'Ada',
    email: 'ada@example.com',
    roles: ['agent'],
    teamId: 't1',
    desktopProfileId: 'dp1',
  });
  await service.create(tenantId, 'queues', queueBody('q1', ['t1']));
  await service.create(tenantId, 'entryPoints', entryPointBody('ep1', [number], 'q1'));
  await service.create(tenantId, 'idleCodes', { id: 'ic1', name: 'Break', isDefault: true });
  await service.create(tenantId, 'wrapUpCodes', { id: 'wc1', name: 'Sold', isDefault: true });
}

/** A valid queue body distributing to `teamIds` in one step. */
export function queueBody(id: string, teamIds: string[]) {
  return {
    id,
    name: `Queue ${id}`,
    routing: { strategy: 'longest-available-agent' },
    distribution: [{ teamIds, afterSeconds: 0 }],
  };
}

/** A valid entry point body queueing to `queueId`. */
export function entryPointBody(id: string, numbers: string[], queueId = 'q1') {
  return { id, name: `Entry ${id}`, numbers, flow: { type: 'queue', queueId } };
}
