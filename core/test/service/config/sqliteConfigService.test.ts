import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../../src/store/createSqliteStore.js';
import { cheapPasswords } from './cheapPasswords.js';
import { createTestService, entryPointBody, SEED_NUMBER, seedTenant, TENANT_A, TENANT_B } from './createTestService.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('the configuration service on SQLite', () => {
  it('keeps entities, versions, credentials, the number index and the event stream across a reopen', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'patchbay-config-'));
    directories.push(directory);

    const firstStore = createSqliteStore({ directory });
    const first = createTestService({ store: firstStore, passwords: cheapPasswords }).service;
    await seedTenant(first);
    await first.replace(TENANT_A, 'sites', 's1', { name: 'Milano' });
    await first.setPassword(TENANT_A, 'u1', 'survives a restart');
    await first.createTenant({ id: TENANT_B, name: 'Globex' });
    const users = await first.list(TENANT_A, 'users');
    await firstStore.close();

    const secondStore = createSqliteStore({ directory });
    const second = createTestService({ store: secondStore, passwords: cheapPasswords }).service;
    try {
      await expect(second.listTenants()).resolves.toEqual([
        { id: TENANT_A, name: `Tenant ${TENANT_A}`, version: 1 },
        { id: TENANT_B, name: 'Globex', version: 1 },
      ]);
      await expect(second.get(TENANT_A, 'sites', 's1')).resolves.toEqual({ id: 's1', name: 'Milano', version: 2 });
      await expect(second.list(TENANT_A, 'users')).resolves.toEqual(users);
      await expect(second.verifyPassword(TENANT_A, 'ada@example.com', 'survives a restart')).resolves.toMatchObject({
        id: 'u1',
      });
      await expect(second.findEntryPointByNumber(SEED_NUMBER)).resolves.toMatchObject({
        tenantId: TENANT_A,
        entryPoint: { id: 'ep1' },
      });
      // The number is still taken, for every tenant; references still hold.
      await expect(second.create(TENANT_B, 'entryPoints', entryPointBody('ep1', [SEED_NUMBER]))).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
        field: 'flow.queueId',
      });
      await expect(second.create(TENANT_A, 'entryPoints', entryPointBody('ep2', [SEED_NUMBER]))).rejects.toMatchObject({
        code: 'CONFLICT',
        state: 'number-in-use',
      });
      await expect(second.remove(TENANT_A, 'sites', 's1')).rejects.toMatchObject({ state: 'referenced' });

      await second.create(TENANT_A, 'sites', { id: 's2', name: 'Rome' });
      const events = await secondStore.readEvents(TENANT_A, 'config', 0, 1_000);
      expect(events.at(-1)).toMatchObject({
        seq: events.length,
        payload: { collection: 'sites', id: 's2', change: 'created', version: 1 },
      });
      expect(events.at(-2)).toMatchObject({
        payload: { collection: 'sites', id: 's1', change: 'updated', version: 2 },
      });
    } finally {
      await secondStore.close();
    }
  });

  it('lets exactly one of two tenants take a number in the same group commit', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'patchbay-config-'));
    directories.push(directory);
    const store = createSqliteStore({ directory });
    const { service } = createTestService({ store });
    try {
      await seedTenant(service, TENANT_A, '+390200000001');
      await seedTenant(service, TENANT_B, '+390200000002');
      const outcomes = await Promise.allSettled([
        service.create(TENANT_A, 'entryPoints', entryPointBody('ep2', ['+390299999999'])),
        service.create(TENANT_B, 'entryPoints', entryPointBody('ep2', ['+390299999999'])),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')?.reason).toMatchObject({
        code: 'CONFLICT',
        state: 'number-in-use',
        field: 'numbers.0',
      });
    } finally {
      await store.close();
    }
  });
});
