import { describe, expect, it } from '@jest/globals';
import type { RuntimeConfigChange } from '../../../src/service/runtime/RuntimeConfig.js';
import { toRuntimeConfig } from '../../../src/service/config/toRuntimeConfig.js';
import { createTestService, queueBody, SEED_NUMBER, seedTenant, TENANT_A } from './createTestService.js';

describe('toRuntimeConfig', () => {
  it("serves the runtime's reads, undefined for what does not exist", async () => {
    const { service } = createTestService();
    await seedTenant(service);
    const runtime = toRuntimeConfig(service);
    await expect(runtime.getUser(TENANT_A, 'u1')).resolves.toMatchObject({ id: 'u1', teamId: 't1' });
    await expect(runtime.getUser(TENANT_A, 'u9')).resolves.toBeUndefined();
    await expect(runtime.getDesktopProfile(TENANT_A, 'dp1')).resolves.toMatchObject({ ronaTimeoutSeconds: 18 });
    await expect(runtime.getDesktopProfile(TENANT_A, 'dp9')).resolves.toBeUndefined();
    await expect(runtime.listQueues(TENANT_A)).resolves.toMatchObject([{ id: 'q1' }]);
    await expect(runtime.listIdleCodes(TENANT_A)).resolves.toMatchObject([{ id: 'ic1', isDefault: true }]);
    await expect(runtime.listWrapUpCodes(TENANT_A)).resolves.toMatchObject([{ id: 'wc1', isDefault: true }]);
    await expect(runtime.findEntryPointByNumber(SEED_NUMBER)).resolves.toMatchObject({ tenantId: TENANT_A });
    // An unknown tenant is still an error: the runtime never asks about tenants that do not exist.
    await expect(runtime.listQueues('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
  });

  it('passes change notifications through', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    const runtime = toRuntimeConfig(service);
    const changes: RuntimeConfigChange[] = [];
    const unsubscribe = runtime.subscribe((change) => changes.push(change));
    await service.replace(TENANT_A, 'queues', 'q1', queueBody('q1', ['t1']));
    unsubscribe();
    await service.remove(TENANT_A, 'wrapUpCodes', 'wc1');
    expect(changes).toMatchObject([{ tenantId: TENANT_A, collection: 'queues', id: 'q1', change: 'updated' }]);
  });
});
