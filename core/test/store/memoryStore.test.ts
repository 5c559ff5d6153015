import { describe, expect, it } from '@jest/globals';
import { createMemoryStore } from '../../src/store/createMemoryStore.js';
import { runStoreContract } from './runStoreContract.js';

runStoreContract('memory store', () => {
  const store = createMemoryStore();
  return Promise.resolve({ store, dispose: () => store.close().catch(() => undefined) });
});

describe('memory store', () => {
  it('stamps updatedAt from the injected clock', async () => {
    let now = 1_000;
    const store = createMemoryStore({ now: () => now });
    await store.commit({ puts: [{ tenantId: 't1', kind: 'site', id: 's1', body: {} }] });
    now = 2_000;
    const second = await store.commit({ puts: [{ tenantId: 't1', kind: 'site', id: 's1', body: {} }] });
    expect(second.documents[0]?.updatedAt).toBe(2_000);
    expect(await store.getDocument('t1', 'site', 's1')).toMatchObject({ version: 2, updatedAt: 2_000 });
    await store.close();
  });
});
