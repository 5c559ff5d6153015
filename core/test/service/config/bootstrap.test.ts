import { describe, expect, it } from '@jest/globals';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import { cheapPasswords } from './cheapPasswords.js';
import { createProbeStore } from './createProbeStore.js';
import { createTestService } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

const OPTIONS = {
  tenantName: 'Patchbay',
  adminId: 'admin',
  adminName: 'Admin',
  adminPassword: 'change me at once please',
};

describe('ensureBootstrap', () => {
  it('creates a usable first tenant on an empty store, once', async () => {
    const { store, service } = createTestService({ passwords: cheapPasswords });
    await expect(service.ensureBootstrap(OPTIONS)).resolves.toEqual({ created: true });

    await expect(service.listTenants()).resolves.toEqual([{ id: 'default', name: 'Patchbay', version: 1 }]);
    await expect(service.list('default', 'sites')).resolves.toEqual([{ id: 'main', name: 'Main site', version: 1 }]);
    await expect(service.list('default', 'teams')).resolves.toEqual([
      { id: 'main', name: 'Main team', siteId: 'main', version: 1 },
    ]);
    await expect(service.get('default', 'users', 'admin')).resolves.toMatchObject({ name: 'Admin', roles: ['admin'] });
    await expect(service.list('default', 'idleCodes')).resolves.toEqual([
      { id: 'not-ready', name: 'Not ready', isDefault: true, version: 1 },
    ]);
    await expect(service.list('default', 'wrapUpCodes')).resolves.toEqual([
      { id: 'resolved', name: 'Resolved', isDefault: true, version: 1 },
    ]);
    await expect(service.verifyPassword('default', 'admin', OPTIONS.adminPassword)).resolves.toMatchObject({
      id: 'admin',
    });

    const before = await snapshotStore(store);
    await expect(service.ensureBootstrap(OPTIONS)).resolves.toEqual({ created: false });
    await expect(service.ensureBootstrap({ ...OPTIONS, tenantId: 'other' })).resolves.toEqual({ created: false });
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('does nothing once any tenant exists', async () => {
    const { store, service } = createTestService({ passwords: cheapPasswords });
    await service.createTenant({ id: 'acme', name: 'Acme' });
    const before = await snapshotStore(store);
    await expect(service.ensureBootstrap({ ...OPTIONS, tenantId: 'acme' })).resolves.toEqual({ created: false });
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('uses the given tenant id', async () => {
    const { service } = createTestService({ passwords: cheapPasswords });
    await service.ensureBootstrap({ ...OPTIONS, tenantId: 'first' });
    await expect(service.getTenant('first')).resolves.toMatchObject({ name: 'Patchbay' });
  });

  it('refuses bad options field by field, writing nothing', async () => {
    const { store, service } = createTestService({ passwords: cheapPasswords });
    const cases = [
      [{ ...OPTIONS, adminPassword: 'short' }, 'adminPassword'],
      [{ ...OPTIONS, adminId: 'not an id' }, 'adminId'],
      [{ ...OPTIONS, tenantName: ' ' }, 'tenantName'],
      [{ ...OPTIONS, tenantId: '_global' }, 'tenantId'],
    ] as const;
    for (const [options, field] of cases) {
      await expect(service.ensureBootstrap(options)).rejects.toMatchObject({ code: 'INVALID_REQUEST', field });
    }
    expect(await snapshotStore(store)).toEqual({ documents: [], events: [] });
  });

  it('creates once when two processes bootstrap at the same time', async () => {
    const probe = createProbeStore(createMemoryStore());
    const first = createTestService({ store: probe.store, passwords: cheapPasswords }).service;
    const second = createTestService({ store: probe.store, passwords: cheapPasswords }).service;
    probe.hold();
    const racing = Promise.all([first.ensureBootstrap(OPTIONS), second.ensureBootstrap(OPTIONS)]);
    await probe.waitForHeld(2);
    probe.release();
    await expect(racing).resolves.toEqual([{ created: true }, { created: false }]);
    await expect(first.listTenants()).resolves.toHaveLength(1);
  });

  it('records and announces what it created', async () => {
    const { store, service } = createTestService({ passwords: cheapPasswords });
    const heard: string[] = [];
    service.subscribe(({ collection, id, change }) => heard.push(`${change} ${collection} ${id}`));
    await service.ensureBootstrap(OPTIONS);
    const expected = [
      'created tenants default',
      'created sites main',
      'created teams main',
      'created users admin',
      'created idleCodes not-ready',
      'created wrapUpCodes resolved',
    ];
    expect(heard).toEqual(expected);
    const events = await store.readEvents('default', 'config', 0, 100);
    expect(events.map(({ payload }) => payload)).toEqual(
      expected.map((line) => {
        const [change, collection, id] = line.split(' ');
        return { collection, id, change, version: 1 };
      }),
    );
  });
});
