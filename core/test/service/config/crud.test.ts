import { describe, expect, it } from '@jest/globals';
import type { ConfigCollection } from '../../../src/service/config/collections.js';
import { createTestService, entryPointBody, queueBody, seedTenant, TENANT_A } from './createTestService.js';

type CrudCase = {
  collection: ConfigCollection;
  /** A create body without id; `n` keeps unique fields (dialled numbers) apart. */
  body: (n: number) => Record<string, unknown>;
  /** What the contract adds to it (defaults), merged shallowly. */
  defaults: Record<string, unknown>;
  /** A replacement body. */
  replacement: Record<string, unknown>;
};

const CASES: CrudCase[] = [
  { collection: 'sites', body: () => ({ name: 'Rome' }), defaults: {}, replacement: { name: 'Roma' } },
  {
    collection: 'teams',
    body: () => ({ name: 'Care', siteId: 's1' }),
    defaults: {},
    replacement: { name: 'Care 2', siteId: 's1' },
  },
  {
    collection: 'users',
    body: () => ({ name: 'Bo', roles: ['supervisor'], supervisedTeamIds: ['t1'] }),
    defaults: { skills: {}, supervisedSiteIds: [] },
    replacement: { name: 'Bo', roles: ['agent'], teamId: 't1', skills: { french: 7 } },
  },
  {
    collection: 'queues',
    body: () => withoutId(queueBody('ignored', ['t1'])),
    defaults: { defaultPriority: 5 },
    replacement: { ...withoutId(queueBody('ignored', ['t1'])), maxWaitSeconds: 600 },
  },
  {
    collection: 'entryPoints',
    body: (n) => withoutId(entryPointBody('ignored', [`+39021111111${n}`])),
    defaults: { flow: { type: 'queue', queueId: 'q1', variables: {} } },
    replacement: withoutId(entryPointBody('ignored', ['+390222222222'])),
  },
  {
    collection: 'idleCodes',
    body: () => ({ name: 'Lunch' }),
    defaults: { isDefault: false },
    replacement: { name: 'Meal' },
  },
  {
    collection: 'wrapUpCodes',
    body: () => ({ name: 'Lost' }),
    defaults: { isDefault: false },
    replacement: { name: 'Gone' },
  },
  {
    collection: 'desktopProfiles',
    body: () => ({ name: 'Fast', outdialEntryPointId: 'ep1' }),
    defaults: { ronaTimeoutSeconds: 18, agentPhoneMustAnswer: false },
    replacement: { name: 'Fast', autoWrapUpSeconds: 30 },
  },
];

function withoutId(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'id'));
}

describe.each(CASES)('$collection', ({ collection, body, defaults, replacement }) => {
  const setup = async () => {
    const { store, service } = createTestService();
    await seedTenant(service);
    return { store, service };
  };

  it('creates with a given id or a new one, and returns the parsed entity with its version', async () => {
    const { service } = await setup();
    const created = await service.create(TENANT_A, collection, { ...body(1), id: 'x1' });
    expect(created).toEqual({ ...body(1), ...defaults, id: 'x1', version: 1 });
    const generated = await service.create(TENANT_A, collection, body(2));
    expect(generated).toEqual({ ...body(2), ...defaults, id: 'new-1', version: 1 });
    await expect(service.get(TENANT_A, collection, 'x1')).resolves.toEqual(created);
    const ids = (await service.list(TENANT_A, collection)).map((entity) => entity.id);
    expect(ids).toEqual(expect.arrayContaining(['x1', 'new-1']));
    expect([...ids].sort()).toEqual(ids);
  });

  it('replaces under the path id, bumping the version, then removes', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, collection, { ...body(1), id: 'x1' });
    const replaced = await service.replace(TENANT_A, collection, 'x1', replacement, 1);
    expect(replaced).toMatchObject({ ...replacement, id: 'x1', version: 2 });
    await expect(service.get(TENANT_A, collection, 'x1')).resolves.toEqual(replaced);
    // The body may repeat the path id.
    await expect(service.replace(TENANT_A, collection, 'x1', { ...replacement, id: 'x1' })).resolves.toMatchObject({
      version: 3,
    });
    await service.remove(TENANT_A, collection, 'x1', 3);
    await expect(service.get(TENANT_A, collection, 'x1')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await service.list(TENANT_A, collection)).map((entity) => entity.id)).not.toContain('x1');
  });

  it('refuses a taken id, an absent entity, another body id and a body that breaks the contract', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, collection, { ...body(1), id: 'x1' });
    await expect(service.create(TENANT_A, collection, { ...body(1), id: 'x1' })).rejects.toMatchObject({
      code: 'CONFLICT',
      state: 'exists',
      field: 'id',
    });
    await expect(service.replace(TENANT_A, collection, 'nope', replacement)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(service.remove(TENANT_A, collection, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.get(TENANT_A, collection, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.replace(TENANT_A, collection, 'x1', { ...replacement, id: 'x2' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'id',
    });
    await expect(service.create(TENANT_A, collection, { ...body(2), nmae: 'typo' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'nmae',
      issues: [{ field: 'nmae', message: 'is not a known field' }],
    });
    await expect(service.create(TENANT_A, collection, { ...body(2), name: '' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'name',
    });
  });
});

describe('CRUD edge cases', () => {
  it('answers NOT_FOUND for an unknown collection and for ids that cannot exist', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    await expect(service.list(TENANT_A, 'widgets' as ConfigCollection)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'collection',
    });
    await expect(service.get(TENANT_A, 'sites', '')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    await expect(service.get(TENANT_A, 'sites', 'a/b')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports every contract issue of a body, and the first as the field', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    const error = await service
      .create(TENANT_A, 'users', { name: 'X', roles: ['agent'], email: 'nope' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', field: 'email' });
    expect(error).toHaveProperty('issues', [
      { field: 'email', message: expect.any(String) },
      { field: 'teamId', message: 'an agent must belong to a team' },
    ]);
  });

  it('refuses a body that is not an object', async () => {
    const { service } = createTestService();
    await seedTenant(service);
    await expect(service.create(TENANT_A, 'sites', 'Rome')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: '(root)',
    });
    await expect(service.replace(TENANT_A, 'sites', 's1', null)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
