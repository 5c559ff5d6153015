import { describe, expect, it } from '@jest/globals';
import type { ConfigCollection } from '../../../src/service/config/collections.js';
import { createTestService, entryPointBody, queueBody, seedTenant, TENANT_A } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

type RuleCase = {
  from: ConfigCollection;
  field: string;
  to: ConfigCollection;
  noun: string;
  plural: string;
  /** A body of `from` (id `ref`) whose reference under test names `target`. */
  referrer: (target: string) => Record<string, unknown>;
};

const RULES: RuleCase[] = [
  {
    from: 'teams',
    field: 'siteId',
    to: 'sites',
    noun: 'site',
    plural: 'teams',
    referrer: (target) => ({ id: 'ref', name: 'Ref', siteId: target }),
  },
  {
    from: 'users',
    field: 'teamId',
    to: 'teams',
    noun: 'team',
    plural: 'users',
    referrer: (target) => ({ id: 'ref', name: 'Ref', roles: ['agent'], teamId: target }),
  },
  {
    from: 'users',
    field: 'supervisedSiteIds.1',
    to: 'sites',
    noun: 'site',
    plural: 'users',
    referrer: (target) => ({ id: 'ref', name: 'Ref', roles: ['supervisor'], supervisedSiteIds: ['s1', target] }),
  },
  {
    from: 'users',
    field: 'supervisedTeamIds.0',
    to: 'teams',
    noun: 'team',
    plural: 'users',
    referrer: (target) => ({ id: 'ref', name: 'Ref', roles: ['supervisor'], supervisedTeamIds: [target] }),
  },
  {
    from: 'users',
    field: 'desktopProfileId',
    to: 'desktopProfiles',
    noun: 'desktop profile',
    plural: 'users',
    referrer: (target) => ({ id: 'ref', name: 'Ref', roles: ['admin'], desktopProfileId: target }),
  },
  {
    from: 'queues',
    field: 'distribution.1.teamIds.1',
    to: 'teams',
    noun: 'team',
    plural: 'queues',
    referrer: (target) => ({
      ...queueBody('ref', ['t1']),
      distribution: [
        { teamIds: ['t1'], afterSeconds: 0 },
        { teamIds: ['t1', target], afterSeconds: 30 },
      ],
    }),
  },
  {
    from: 'entryPoints',
    field: 'flow.queueId',
    to: 'queues',
    noun: 'queue',
    plural: 'entry points',
    referrer: (target) => entryPointBody('ref', ['+390233333333'], target),
  },
  {
    from: 'desktopProfiles',
    field: 'outdialEntryPointId',
    to: 'entryPoints',
    noun: 'entry point',
    plural: 'desktop profiles',
    referrer: (target) => ({ id: 'ref', name: 'Ref', outdialEntryPointId: target }),
  },
];

/** A fresh entity `fresh` of each collection a rule points into, that nothing else refers to. */
const FRESH_TARGETS: Partial<Record<ConfigCollection, Record<string, unknown>>> = {
  sites: { id: 'fresh', name: 'Fresh' },
  teams: { id: 'fresh', name: 'Fresh', siteId: 's1' },
  queues: queueBody('fresh', ['t1']),
  entryPoints: entryPointBody('fresh', ['+390244444444']),
  desktopProfiles: { id: 'fresh', name: 'Fresh' },
};

const setup = async () => {
  const { store, service } = createTestService();
  await seedTenant(service);
  return { store, service };
};

describe.each(RULES)('$from.$field → $to', ({ from, field, to, noun, plural, referrer }) => {
  it('refuses a create or replace naming an unknown id, at the exact field', async () => {
    const { store, service } = await setup();
    const before = await snapshotStore(store);
    const expected = { code: 'INVALID_REQUEST', field, issues: [{ field, message: `unknown ${noun} nope` }] };
    await expect(service.create(TENANT_A, from, referrer('nope'))).rejects.toMatchObject(expected);
    expect(await snapshotStore(store)).toEqual(before);

    await service.create(TENANT_A, to, FRESH_TARGETS[to]);
    await service.create(TENANT_A, from, referrer('fresh'));
    const saved = await snapshotStore(store);
    await expect(service.replace(TENANT_A, from, 'ref', referrer('nope'))).rejects.toMatchObject(expected);
    expect(await snapshotStore(store)).toEqual(saved);
  });

  it('refuses to remove the target while referred to, naming the referrer, then allows it', async () => {
    const { store, service } = await setup();
    await service.create(TENANT_A, to, FRESH_TARGETS[to]);
    await service.create(TENANT_A, from, referrer('fresh'));
    const before = await snapshotStore(store);
    await expect(service.remove(TENANT_A, to, 'fresh')).rejects.toMatchObject({
      code: 'CONFLICT',
      state: 'referenced',
      message: `${noun} fresh is used by ${plural} ref`,
    });
    expect(await snapshotStore(store)).toEqual(before);

    await service.remove(TENANT_A, from, 'ref');
    await service.remove(TENANT_A, to, 'fresh');
    await expect(service.get(TENANT_A, to, 'fresh')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('reference messages', () => {
  it('names every referrer, grouped by collection, each once', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, 'users', {
      id: 'u2',
      name: 'Sup',
      roles: ['agent', 'supervisor'],
      teamId: 't1',
      supervisedTeamIds: ['t1'],
    });
    await expect(service.remove(TENANT_A, 'teams', 't1')).rejects.toMatchObject({
      code: 'CONFLICT',
      state: 'referenced',
      message: 'team t1 is used by users u1, u2 and queues q1',
    });
  });

  it('reports every dangling reference of one body', async () => {
    const { service } = await setup();
    const body = { id: 'u9', name: 'X', roles: ['agent'], teamId: 't9', desktopProfileId: 'dp9' };
    await expect(service.create(TENANT_A, 'users', body)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'teamId',
      message: 'teamId: unknown team t9',
      issues: [
        { field: 'teamId', message: 'unknown team t9' },
        { field: 'desktopProfileId', message: 'unknown desktop profile dp9' },
      ],
    });
  });

  it('lets an entity stop referring to a target, which can then be removed', async () => {
    const { service } = await setup();
    await service.replace(TENANT_A, 'users', 'u1', { name: 'Ada', roles: ['agent'], teamId: 't1' });
    await service.remove(TENANT_A, 'desktopProfiles', 'dp1');
    await expect(service.list(TENANT_A, 'desktopProfiles')).resolves.toEqual([]);
  });
});
