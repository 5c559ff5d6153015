import { describe, expect, it } from '@jest/globals';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import { createProbeStore } from './createProbeStore.js';
import { createTestService, seedTenant, TENANT_A } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

const mismatch = { code: 'CONFLICT', state: 'version-mismatch' };

describe('expected versions', () => {
  it('refuse a stale expectedVersion on replace and remove, leaving the store unchanged', async () => {
    const { store, service } = createTestService();
    await seedTenant(service);
    await service.replace(TENANT_A, 'sites', 's1', { name: 'Milano' }, 1);
    const before = await snapshotStore(store);
    await expect(service.replace(TENANT_A, 'sites', 's1', { name: 'Stale' }, 1)).rejects.toMatchObject({
      ...mismatch,
      message: 'site s1 is at version 2, not 1',
    });
    await expect(service.remove(TENANT_A, 'idleCodes', 'ic1', 7)).rejects.toMatchObject(mismatch);
    expect(await snapshotStore(store)).toEqual(before);
    await expect(service.replace(TENANT_A, 'sites', 's1', { name: 'Fresh' }, 2)).resolves.toMatchObject({ version: 3 });
  });

  it('refuse an expectedVersion that is no version', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    for (const expectedVersion of [0, -1, 1.5, Number.NaN]) {
      await expect(service.replace(TENANT_A, 'sites', 's1', { name: 'X' }, expectedVersion)).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
        field: 'expectedVersion',
      });
    }
  });

  it('let only one of two writers expecting the same version win', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    const outcomes = await Promise.allSettled([
      service.replace(TENANT_A, 'sites', 's1', { name: 'First' }, 1),
      service.replace(TENANT_A, 'sites', 's1', { name: 'Second' }, 1),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    await expect(service.get(TENANT_A, 'sites', 's1')).resolves.toEqual({ id: 's1', name: 'First', version: 2 });
  });
});

describe('two processes over one store', () => {
  /** Two services sharing a store, as two core processes would; commits held until both are issued. */
  const setup = async () => {
    const probe = createProbeStore(createMemoryStore());
    const first = createTestService({ store: probe.store }).service;
    const second = createTestService({ store: probe.store }).service;
    await seedTenant(first);
    return { probe, first, second };
  };

  it('let one of two replaces read at the same version win, even without expectedVersion', async () => {
    const { probe, first, second } = await setup();
    probe.hold();
    const racing = Promise.allSettled([
      first.replace(TENANT_A, 'sites', 's1', { name: 'First' }),
      second.replace(TENANT_A, 'sites', 's1', { name: 'Second' }),
    ]);
    await probe.waitForHeld(2);
    probe.release();
    const [a, b] = await racing;
    expect(a).toMatchObject({ status: 'fulfilled', value: { name: 'First', version: 2 } });
    expect(b).toMatchObject({ status: 'rejected', reason: mismatch });
    await expect(second.get(TENANT_A, 'sites', 's1')).resolves.toMatchObject({ name: 'First', version: 2 });
  });

  it('let one of two creates of the same id win: the other is CONFLICT exists', async () => {
    const { probe, first, second } = await setup();
    probe.hold();
    const racing = Promise.allSettled([
      first.create(TENANT_A, 'sites', { id: 's2', name: 'First' }),
      second.create(TENANT_A, 'sites', { id: 's2', name: 'Second' }),
    ]);
    await probe.waitForHeld(2);
    probe.release();
    const [a, b] = await racing;
    expect(a.status).toBe('fulfilled');
    expect(b).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT', state: 'exists', field: 'id' } });
  });

  it('let one of two removes win', async () => {
    const { probe, first, second } = await setup();
    probe.hold();
    const racing = Promise.allSettled([
      first.remove(TENANT_A, 'wrapUpCodes', 'wc1'),
      second.remove(TENANT_A, 'wrapUpCodes', 'wc1'),
    ]);
    await probe.waitForHeld(2);
    probe.release();
    const [a, b] = await racing;
    expect(a.status).toBe('fulfilled');
    expect(b).toMatchObject({ status: 'rejected', reason: mismatch });
  });
});

describe('one process', () => {
  it('never lets a new reference and the removal of its target both succeed', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    await service.create(TENANT_A, 'sites', { id: 's2', name: 'Turin' });
    const [removal, creation] = await Promise.allSettled([
      service.remove(TENANT_A, 'sites', 's2'),
      service.create(TENANT_A, 'teams', { id: 't2', name: 'Turin team', siteId: 's2' }),
    ]);
    expect(removal.status).toBe('fulfilled');
    expect(creation).toMatchObject({ status: 'rejected', reason: { code: 'INVALID_REQUEST', field: 'siteId' } });
  });
});
