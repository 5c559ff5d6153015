import { describe, expect, it } from '@jest/globals';
import type { EntryPoint, Queue } from '../../../src/contract/index.js';
import { cacheRuntimeConfig } from '../../../src/service/runtime/cacheRuntimeConfig.js';
import type { RuntimeConfig, RuntimeConfigChange } from '../../../src/service/runtime/RuntimeConfig.js';

/** A source that counts its reads and answers from tables the test changes. */
function countingSource() {
  const reads: string[] = [];
  const listeners = new Set<(change: RuntimeConfigChange) => void>();
  const queues = new Map<string, Queue[] | Error>();
  const numbers = new Map<string, { tenantId: string; entryPoint: EntryPoint }>();
  const source: RuntimeConfig = {
    findEntryPointByNumber: (number) => {
      reads.push(`number ${number}`);
      return Promise.resolve(numbers.get(number));
    },
    getEntryPoint: (tenantId, id) => {
      reads.push(`entryPoint ${tenantId}/${id}`);
      return Promise.resolve(undefined);
    },
    getUser: (tenantId, id) => {
      reads.push(`user ${tenantId}/${id}`);
      return Promise.resolve(undefined);
    },
    getDesktopProfile: (tenantId, id) => {
      reads.push(`profile ${tenantId}/${id}`);
      return Promise.resolve(undefined);
    },
    listQueues: (tenantId) => {
      reads.push(`queues ${tenantId}`);
      const answer = queues.get(tenantId) ?? [];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    listIdleCodes: () => Promise.resolve([]),
    listWrapUpCodes: () => Promise.resolve([]),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const change = (tenantId: string, collection: string) => {
    for (const listener of listeners) listener({ tenantId, collection, id: 'x', change: 'updated', entity: {} });
  };
  return { source, reads, queues, numbers, change };
}

const queue = (id: string) => ({ id }) as Queue;
const entryPoint = (id: string) => ({ id }) as EntryPoint;

describe('cacheRuntimeConfig', () => {
  it('reads each entity once until its tenant changes, and keeps other tenants', async () => {
    const { source, reads, queues, change } = countingSource();
    queues.set('a', [queue('q1')]);
    const cached = cacheRuntimeConfig(source);
    await cached.listQueues('a');
    await cached.listQueues('a');
    await cached.getUser('a', 'u1');
    await cached.getUser('a', 'u1');
    await cached.getUser('b', 'u1');
    expect(reads).toEqual(['queues a', 'user a/u1', 'user b/u1']);

    queues.set('a', [queue('q2')]);
    change('a', 'queues');
    await expect(cached.listQueues('a')).resolves.toEqual([queue('q2')]);
    await cached.getUser('b', 'u1');
    expect(reads).toEqual(['queues a', 'user a/u1', 'user b/u1', 'queues a']);
  });

  it('forgets number lookups when any tenant changes an entry point, not on other changes', async () => {
    const { source, reads, numbers, change } = countingSource();
    numbers.set('+1', { tenantId: 'a', entryPoint: entryPoint('ep1') });
    const cached = cacheRuntimeConfig(source);
    await cached.findEntryPointByNumber('+1');
    change('b', 'queues');
    await cached.findEntryPointByNumber('+1');
    expect(reads).toEqual(['number +1']);

    numbers.set('+1', { tenantId: 'b', entryPoint: entryPoint('ep9') });
    change('b', 'entryPoints');
    await expect(cached.findEntryPointByNumber('+1')).resolves.toMatchObject({ tenantId: 'b' });
    change('c', 'tenants');
    await cached.findEntryPointByNumber('+1');
    expect(reads).toEqual(['number +1', 'number +1', 'number +1']);
  });

  it('does not keep a failed read, nor a read that a change overtook', async () => {
    const { source, reads, queues, change } = countingSource();
    queues.set('a', new Error('store closed'));
    const cached = cacheRuntimeConfig(source);
    await expect(cached.listQueues('a')).rejects.toThrow('store closed');
    queues.set('a', [queue('q1')]);
    await expect(cached.listQueues('a')).resolves.toEqual([queue('q1')]);

    change('a', 'queues');
    const overtaken = cached.listQueues('a');
    change('a', 'queues');
    await overtaken;
    await cached.listQueues('a');
    expect(reads).toEqual(['queues a', 'queues a', 'queues a', 'queues a']);
  });

  it('lets listeners subscribed through it see changes after the cache forgot', async () => {
    const { source, queues, change } = countingSource();
    queues.set('a', [queue('q1')]);
    const cached = cacheRuntimeConfig(source);
    await cached.listQueues('a');
    const seen: (readonly Queue[])[] = [];
    cached.subscribe(() => {
      queues.set('a', [queue('q2')]);
      void cached.listQueues('a').then((list) => seen.push(list));
    });
    change('a', 'queues');
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([[queue('q2')]]);
  });
});
