import { describe, expect, it } from '@jest/globals';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import { createProbeStore } from './createProbeStore.js';
import { createTestService, entryPointBody, SEED_NUMBER, seedTenant, TENANT_A, TENANT_B } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

const NUMBER = '+390277777777';

const setup = async () => {
  const probe = createProbeStore(createMemoryStore());
  const { store, service } = createTestService({ store: probe.store });
  await seedTenant(service, TENANT_A, SEED_NUMBER);
  await seedTenant(service, TENANT_B, '+390200000002');
  return { probe, store, service };
};

const numberInUse = (field: string) => ({ code: 'CONFLICT', state: 'number-in-use', field });

describe('entry point numbers', () => {
  it('index each number globally, in the same commit as the entry point', async () => {
    const { probe, store, service } = await setup();
    await service.create(TENANT_A, 'entryPoints', entryPointBody('ep2', [NUMBER, '+390277777778']));
    expect(probe.batches.at(-1)?.puts).toEqual([
      expect.objectContaining({ tenantId: TENANT_A, kind: 'entryPoints', id: 'ep2', expectedVersion: 0 }),
      {
        tenantId: '_global',
        kind: 'dnis',
        id: NUMBER,
        body: { tenantId: TENANT_A, entryPointId: 'ep2' },
        expectedVersion: 0,
      },
      expect.objectContaining({ tenantId: '_global', kind: 'dnis', id: '+390277777778', expectedVersion: 0 }),
    ]);
    expect(await store.getDocument('_global', 'dnis', NUMBER)).toMatchObject({
      body: { tenantId: TENANT_A, entryPointId: 'ep2' },
    });
  });

  it('route a dialled number to its tenant and entry point', async () => {
    const { service } = await setup();
    await expect(service.findEntryPointByNumber(SEED_NUMBER)).resolves.toEqual({
      tenantId: TENANT_A,
      entryPoint: await service.get(TENANT_A, 'entryPoints', 'ep1'),
    });
    await expect(service.findEntryPointByNumber('+390200000002')).resolves.toMatchObject({ tenantId: TENANT_B });
    await expect(service.findEntryPointByNumber(NUMBER)).resolves.toBeUndefined();
    await expect(service.findEntryPointByNumber('')).resolves.toBeUndefined();
  });

  it('refuse a number another entry point has, in any tenant, leaving the store unchanged', async () => {
    const { store, service } = await setup();
    const before = await snapshotStore(store);
    await expect(
      service.create(TENANT_B, 'entryPoints', entryPointBody('ep2', ['+390200000009', SEED_NUMBER])),
    ).rejects.toMatchObject(numberInUse('numbers.1'));
    await expect(service.create(TENANT_A, 'entryPoints', entryPointBody('ep2', [SEED_NUMBER]))).rejects.toMatchObject(
      numberInUse('numbers.0'),
    );
    await expect(
      service.replace(TENANT_B, 'entryPoints', 'ep1', entryPointBody('ep1', ['+390200000002', SEED_NUMBER])),
    ).rejects.toMatchObject(numberInUse('numbers.1'));
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('refuse a number listed twice in one entry point', async () => {
    const { service } = await setup();
    await expect(
      service.create(TENANT_A, 'entryPoints', entryPointBody('ep2', [NUMBER, '+390277777778', NUMBER])),
    ).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'numbers.2',
      issues: [{ message: 'repeats numbers.0' }],
    });
  });

  it('move with the entry point: dropped numbers are freed, kept ones stay, new ones are indexed', async () => {
    const { store, service } = await setup();
    await service.replace(TENANT_A, 'entryPoints', 'ep1', entryPointBody('ep1', [SEED_NUMBER, NUMBER]));
    await service.replace(TENANT_A, 'entryPoints', 'ep1', entryPointBody('ep1', [NUMBER]));
    await expect(service.findEntryPointByNumber(SEED_NUMBER)).resolves.toBeUndefined();
    await expect(service.findEntryPointByNumber(NUMBER)).resolves.toMatchObject({ tenantId: TENANT_A });
    expect(await store.getDocument('_global', 'dnis', NUMBER)).toMatchObject({ version: 1 });

    // The freed number is free for everyone, including another tenant.
    await service.create(TENANT_B, 'entryPoints', entryPointBody('ep2', [SEED_NUMBER]));
    await expect(service.findEntryPointByNumber(SEED_NUMBER)).resolves.toMatchObject({
      tenantId: TENANT_B,
      entryPoint: { id: 'ep2' },
    });
  });

  it('are freed when the entry point is removed', async () => {
    const { store, service } = await setup();
    await service.remove(TENANT_A, 'entryPoints', 'ep1');
    await expect(service.findEntryPointByNumber(SEED_NUMBER)).resolves.toBeUndefined();
    expect(await store.getDocument('_global', 'dnis', SEED_NUMBER)).toBeUndefined();
    await service.create(TENANT_B, 'entryPoints', entryPointBody('ep2', [SEED_NUMBER]));
  });
});

describe('a number claimed by two tenants at once', () => {
  const race = (service: Awaited<ReturnType<typeof setup>>['service']) =>
    Promise.allSettled([
      service.create(TENANT_A, 'entryPoints', entryPointBody('epA', ['+390200000005', NUMBER])),
      service.create(TENANT_B, 'entryPoints', entryPointBody('epB', [NUMBER])),
    ]);

  const expectOneWinner = async (
    outcomes: Awaited<ReturnType<typeof race>>,
    service: Awaited<ReturnType<typeof setup>>['service'],
  ) => {
    const [a] = outcomes;
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((outcome) => outcome.status === 'rejected');
    // Tenant A's body lists the contested number second, tenant B's first.
    const field = a.status === 'rejected' ? 'numbers.1' : 'numbers.0';
    expect(loser?.reason).toMatchObject(numberInUse(field));
    const winner = a.status === 'fulfilled' ? TENANT_A : TENANT_B;
    await expect(service.findEntryPointByNumber(NUMBER)).resolves.toMatchObject({ tenantId: winner });
    // The loser left nothing behind: not its entry point, not its other number.
    const loserTenant = winner === TENANT_A ? TENANT_B : TENANT_A;
    expect((await service.list(loserTenant, 'entryPoints')).map((entryPoint) => entryPoint.id)).toEqual(['ep1']);
    await expect(service.findEntryPointByNumber('+390200000005')).resolves.toEqual(
      winner === TENANT_A ? expect.objectContaining({ tenantId: TENANT_A }) : undefined,
    );
  };

  it('lets exactly one win when both are issued in the same tick', async () => {
    const { service } = await setup();
    await expectOneWinner(await race(service), service);
  });

  it('lets exactly one win even when both checked before either committed (the store decides)', async () => {
    const { probe, service } = await setup();
    probe.hold();
    const outcomes = race(service);
    await probe.waitForHeld(2);
    probe.release();
    await expectOneWinner(await outcomes, service);
  });
});
