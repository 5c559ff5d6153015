import { describe, expect, it } from '@jest/globals';
import type { ConfigChange } from '../../../src/service/config/ConfigChange.js';
import { createTestService, seedTenant, TENANT_A, TENANT_B } from './createTestService.js';

describe('change notifications', () => {
  it('tell listeners of each committed create, update and delete, with the entity', async () => {
    const { service } = createTestService();
    await service.createTenant({ id: TENANT_A, name: 'Acme' });
    const changes: ConfigChange[] = [];
    service.subscribe((change) => changes.push(change));

    const created = await service.create(TENANT_A, 'sites', { id: 's1', name: 'Milan' });
    const updated = await service.replace(TENANT_A, 'sites', 's1', { name: 'Milano' });
    await service.remove(TENANT_A, 'sites', 's1');
    expect(changes).toEqual([
      { tenantId: TENANT_A, collection: 'sites', id: 's1', change: 'created', version: 1, entity: created },
      { tenantId: TENANT_A, collection: 'sites', id: 's1', change: 'updated', version: 2, entity: updated },
      { tenantId: TENANT_A, collection: 'sites', id: 's1', change: 'deleted', version: 2, entity: undefined },
    ]);
  });

  it('arrive after the commit: a listener reading the store sees the change', async () => {
    const { store, service } = createTestService();
    await service.createTenant({ id: TENANT_A, name: 'Acme' });
    const reads: Array<Promise<unknown>> = [];
    service.subscribe(({ tenantId, collection, id }) => reads.push(store.getDocument(tenantId, collection, id)));
    await service.create(TENANT_A, 'sites', { id: 's1', name: 'Milan' });
    await expect(Promise.all(reads)).resolves.toEqual([expect.objectContaining({ version: 1 })]);
  });

  it('are not sent for refused writes, nor after unsubscribing', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    const changes: ConfigChange[] = [];
    const unsubscribe = service.subscribe((change) => changes.push(change));
    await expect(service.create(TENANT_A, 'sites', { id: 's1', name: 'Again' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(service.remove(TENANT_A, 'teams', 't1')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(changes).toEqual([]);
    unsubscribe();
    unsubscribe();
    await service.create(TENANT_A, 'sites', { id: 's2', name: 'Rome' });
    expect(changes).toEqual([]);
  });

  it('survive a throwing listener: the write succeeds, others still hear, the error is reported', async () => {
    const reported: Array<[unknown, string]> = [];
    const { service } = createTestService({
      onListenerError: (error, change) => reported.push([error, change.id]),
    });
    await service.createTenant({ id: TENANT_A, name: 'Acme' });
    const boom = new Error('listener bug');
    service.subscribe(() => {
      throw boom;
    });
    const heard: string[] = [];
    service.subscribe((change) => heard.push(change.id));
    await expect(service.create(TENANT_A, 'sites', { id: 's1', name: 'Milan' })).resolves.toMatchObject({ id: 's1' });
    expect(heard).toEqual(['s1']);
    expect(reported).toEqual([[boom, 's1']]);
  });

  it('name tenants as the collection `tenants`', async () => {
    const { service } = createTestService();
    const changes: ConfigChange[] = [];
    service.subscribe((change) => changes.push(change));
    await service.createTenant({ id: TENANT_A, name: 'Acme' });
    expect(changes).toEqual([
      {
        tenantId: TENANT_A,
        collection: 'tenants',
        id: TENANT_A,
        change: 'created',
        version: 1,
        entity: { id: TENANT_A, name: 'Acme', version: 1 },
      },
    ]);
  });
});

describe('the config event stream', () => {
  it("records every change in the tenant's own stream, with seqs, in commit order", async () => {
    const { store, service } = createTestService();
    await seedTenant(service, TENANT_A, '+390200000001');
    await service.createTenant({ id: TENANT_B, name: 'Globex' });
    await service.create(TENANT_A, 'idleCodes', { id: 'ic2', name: 'Lunch', isDefault: true });
    await service.remove(TENANT_A, 'idleCodes', 'ic1');

    const events = await store.readEvents(TENANT_A, 'config', 0, 1_000);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.every((event) => event.type === 'config.changed' && event.time === 5_000)).toBe(true);
    expect(events.map((event) => event.payload)).toEqual([
      { collection: 'tenants', id: TENANT_A, change: 'created', version: 1 },
      { collection: 'sites', id: 's1', change: 'created', version: 1 },
      { collection: 'teams', id: 't1', change: 'created', version: 1 },
      { collection: 'desktopProfiles', id: 'dp1', change: 'created', version: 1 },
      { collection: 'users', id: 'u1', change: 'created', version: 1 },
      { collection: 'queues', id: 'q1', change: 'created', version: 1 },
      { collection: 'entryPoints', id: 'ep1', change: 'created', version: 1 },
      { collection: 'idleCodes', id: 'ic1', change: 'created', version: 1 },
      { collection: 'wrapUpCodes', id: 'wc1', change: 'created', version: 1 },
      { collection: 'idleCodes', id: 'ic2', change: 'created', version: 1 },
      { collection: 'idleCodes', id: 'ic1', change: 'updated', version: 2 },
      { collection: 'idleCodes', id: 'ic1', change: 'deleted', version: 2 },
    ]);
    await expect(store.readEvents(TENANT_B, 'config', 0, 1_000)).resolves.toEqual([
      expect.objectContaining({
        seq: 1,
        payload: { collection: 'tenants', id: TENANT_B, change: 'created', version: 1 },
      }),
    ]);
  });
});
