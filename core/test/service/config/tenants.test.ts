import { describe, expect, it } from '@jest/globals';
import { createTestService, seedTenant, TENANT_A, TENANT_B } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

describe('tenants', () => {
  it('are created with a given or a new id, stored under their own id, and listed', async () => {
    const { store, service } = createTestService();
    await expect(service.createTenant({ id: TENANT_A, name: 'Acme' })).resolves.toEqual({
      id: TENANT_A,
      name: 'Acme',
      version: 1,
    });
    await expect(service.createTenant({ name: 'Initech' })).resolves.toEqual({
      id: 'new-1',
      name: 'Initech',
      version: 1,
    });
    expect(await store.getDocument(TENANT_A, 'tenant', TENANT_A)).toMatchObject({
      body: { id: TENANT_A, name: 'Acme' },
    });
    await expect(service.getTenant('new-1')).resolves.toEqual({ id: 'new-1', name: 'Initech', version: 1 });
    await expect(service.listTenants()).resolves.toEqual([
      { id: TENANT_A, name: 'Acme', version: 1 },
      { id: 'new-1', name: 'Initech', version: 1 },
    ]);
  });

  it('refuse a taken id, a bad body and the reserved global id', async () => {
    const { store, service } = createTestService();
    await service.createTenant({ id: TENANT_A, name: 'Acme' });
    const before = await snapshotStore(store);
    await expect(service.createTenant({ id: TENANT_A, name: 'Again' })).rejects.toMatchObject({
      code: 'CONFLICT',
      state: 'exists',
      field: 'id',
    });
    await expect(service.createTenant({ id: 'x' })).rejects.toMatchObject({ code: 'INVALID_REQUEST', field: 'name' });
    await expect(service.createTenant({ id: '_global', name: 'Sneaky' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'id',
    });
    await expect(service.getTenant('_global')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('must exist for every operation: NOT_FOUND at tenantId', async () => {
    const { store, service } = createTestService();
    await seedTenant(service);
    const before = await snapshotStore(store);
    const notFound = { code: 'NOT_FOUND', field: 'tenantId' };
    await expect(service.getTenant('nobody')).rejects.toMatchObject(notFound);
    await expect(service.list('nobody', 'sites')).rejects.toMatchObject(notFound);
    await expect(service.get('nobody', 'sites', 's1')).rejects.toMatchObject(notFound);
    await expect(service.create('nobody', 'sites', { id: 's1', name: 'Milan' })).rejects.toMatchObject(notFound);
    await expect(service.replace('nobody', 'sites', 's1', { name: 'Milan' })).rejects.toMatchObject(notFound);
    await expect(service.remove('nobody', 'sites', 's1')).rejects.toMatchObject(notFound);
    await expect(service.setPassword('nobody', 'u1', 'correct horse battery')).rejects.toMatchObject(notFound);
    await expect(service.list('', 'sites')).rejects.toMatchObject(notFound);
    expect(await snapshotStore(store)).toEqual(before);
  });
});

describe('tenant isolation', () => {
  const setup = async () => {
    const { store, service } = createTestService();
    await seedTenant(service, TENANT_A, '+390200000001');
    await service.createTenant({ id: TENANT_B, name: 'Globex' });
    return { store, service };
  };

  it("hides one tenant's entities from another: NOT_FOUND for get, replace and remove", async () => {
    const { store, service } = await setup();
    const before = await snapshotStore(store);
    const notFound = { code: 'NOT_FOUND', field: 'id' };
    await expect(service.get(TENANT_B, 'sites', 's1')).rejects.toMatchObject(notFound);
    await expect(service.replace(TENANT_B, 'sites', 's1', { name: 'Mine now' })).rejects.toMatchObject(notFound);
    await expect(service.remove(TENANT_B, 'sites', 's1')).rejects.toMatchObject(notFound);
    await expect(service.remove(TENANT_B, 'users', 'u1')).rejects.toMatchObject(notFound);
    await expect(service.list(TENANT_B, 'sites')).resolves.toEqual([]);
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('does not resolve references into another tenant', async () => {
    const { service } = await setup();
    await expect(service.create(TENANT_B, 'teams', { id: 't1', name: 'Sales', siteId: 's1' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'siteId',
      issues: [{ field: 'siteId', message: 'unknown site s1' }],
    });
  });

  it('lets tenants use the same ids independently', async () => {
    const { service } = await setup();
    await service.create(TENANT_B, 'sites', { id: 's1', name: 'Berlin' });
    await expect(service.get(TENANT_A, 'sites', 's1')).resolves.toEqual({ id: 's1', name: 'Milan', version: 1 });
    await expect(service.get(TENANT_B, 'sites', 's1')).resolves.toEqual({ id: 's1', name: 'Berlin', version: 1 });
    await service.remove(TENANT_B, 'sites', 's1');
    await expect(service.get(TENANT_A, 'sites', 's1')).resolves.toMatchObject({ name: 'Milan' });
  });
});
