import { describe, expect, it } from '@jest/globals';
import type { ConfigChange } from '../../../src/service/config/ConfigChange.js';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import { createProbeStore } from './createProbeStore.js';
import { createTestService, TENANT_A } from './createTestService.js';

const setup = async () => {
  const probe = createProbeStore(createMemoryStore());
  const { service } = createTestService({ store: probe.store });
  await service.createTenant({ id: TENANT_A, name: 'Acme' });
  const changes: ConfigChange[] = [];
  service.subscribe((change) => changes.push(change));
  return { probe, service, changes };
};

const defaults = async (
  service: Awaited<ReturnType<typeof setup>>['service'],
  collection: 'idleCodes' | 'wrapUpCodes',
) => (await service.list(TENANT_A, collection)).filter((code) => code.isDefault).map((code) => code.id);

describe.each(['idleCodes', 'wrapUpCodes'] as const)('%s defaults', (collection) => {
  it('switches the default in one commit when a new default is created', async () => {
    const { probe, service, changes } = await setup();
    await service.create(TENANT_A, collection, { id: 'a', name: 'A', isDefault: true });
    await service.create(TENANT_A, collection, { id: 'b', name: 'B' });
    expect(await defaults(service, collection)).toEqual(['a']);

    const commits = probe.batches.length;
    changes.length = 0;
    await service.create(TENANT_A, collection, { id: 'c', name: 'C', isDefault: true });
    expect(await defaults(service, collection)).toEqual(['c']);
    await expect(service.get(TENANT_A, collection, 'a')).resolves.toEqual({
      id: 'a',
      name: 'A',
      isDefault: false,
      version: 2,
    });
    // One batch: the new default and the cleared old one, with an event each.
    expect(probe.batches.length).toBe(commits + 1);
    const batch = probe.batches.at(-1);
    expect(batch?.puts?.map((put) => [put.id, put.expectedVersion])).toEqual([
      ['c', 0],
      ['a', 1],
    ]);
    expect(batch?.events).toHaveLength(2);
    expect(changes.map(({ id, change }) => [id, change])).toEqual([
      ['c', 'created'],
      ['a', 'updated'],
    ]);
  });

  it('switches the default when an existing code is replaced as the default', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, collection, { id: 'a', name: 'A', isDefault: true });
    await service.create(TENANT_A, collection, { id: 'b', name: 'B' });
    await service.replace(TENANT_A, collection, 'b', { name: 'B', isDefault: true });
    expect(await defaults(service, collection)).toEqual(['b']);
  });

  it('leaves other codes alone when the saved code is not the default, or already was', async () => {
    const { probe, service, changes } = await setup();
    await service.create(TENANT_A, collection, { id: 'a', name: 'A', isDefault: true });
    await service.create(TENANT_A, collection, { id: 'b', name: 'B' });
    await service.replace(TENANT_A, collection, 'a', { name: 'A renamed', isDefault: true });
    expect(probe.batches.at(-1)?.puts).toHaveLength(1);
    expect(await defaults(service, collection)).toEqual(['a']);
    expect(changes.map(({ id }) => id)).toEqual(['a', 'b', 'a']);
  });

  it('allows no default at all: removing or un-defaulting it clears nothing else', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, collection, { id: 'a', name: 'A', isDefault: true });
    await service.replace(TENANT_A, collection, 'a', { name: 'A' });
    expect(await defaults(service, collection)).toEqual([]);
    await service.replace(TENANT_A, collection, 'a', { name: 'A', isDefault: true });
    await service.remove(TENANT_A, collection, 'a');
    expect(await defaults(service, collection)).toEqual([]);
  });
});

describe('reason code collections', () => {
  it('keep one default each: idle and wrap-up defaults do not clear each other', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, 'idleCodes', { id: 'x', name: 'Break', isDefault: true });
    await service.create(TENANT_A, 'wrapUpCodes', { id: 'x', name: 'Sold', isDefault: true });
    expect(await defaults(service, 'idleCodes')).toEqual(['x']);
    expect(await defaults(service, 'wrapUpCodes')).toEqual(['x']);
  });

  it('never end with two defaults when two defaults are saved at once', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, 'idleCodes', { id: 'a', name: 'A', isDefault: true });
    await Promise.all([
      service.create(TENANT_A, 'idleCodes', { id: 'b', name: 'B', isDefault: true }),
      service.create(TENANT_A, 'idleCodes', { id: 'c', name: 'C', isDefault: true }),
    ]);
    expect(await defaults(service, 'idleCodes')).toEqual(['c']);
  });
});
