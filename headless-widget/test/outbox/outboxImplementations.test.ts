import 'fake-indexeddb/auto';
import { describe, expect, it } from '@jest/globals';
import { IDBFactory } from 'fake-indexeddb';
import { createIndexedDbOutbox } from '../../src/outbox/createIndexedDbOutbox.js';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import { OutboxError } from '../../src/outbox/OutboxError.js';
import { describeOutboxContract } from './support/describeOutboxContract.js';
import { activityCreate } from './support/sampleCommands.js';

// `fake-indexeddb/auto` defines the IDB classes that idb checks values against; each outbox still
// gets its own factory, so no test sees another's database.

describeOutboxContract('memory', (options) => createMemoryOutbox(options));

describeOutboxContract('IndexedDB', (options) =>
  createIndexedDbOutbox({ ...options, indexedDB: new IDBFactory(), name: 'patchbay:outbox:test' }),
);

describe('createIndexedDbOutbox', () => {
  it('keeps entries across a reopen of the same database, as after a reload', async () => {
    const indexedDB = new IDBFactory();
    const now = () => 5_000;
    const before = createIndexedDbOutbox({ indexedDB, name: 'outbox', now });
    await before.put(activityCreate('i-1'));
    await before.markAttempt('i-1:activity');
    before.close();
    const after = createIndexedDbOutbox({ indexedDB, name: 'outbox', now });
    expect(await after.listPending()).toEqual([expect.objectContaining({ key: 'i-1:activity', attempts: 1 })]);
    expect(await after.put(activityCreate('i-1'))).toBe(false);
    after.close();
  });

  it('reports a database that cannot open as STORAGE_FAILED', async () => {
    const indexedDB = new IDBFactory();
    const newer = indexedDB.open('outbox', 99);
    await new Promise((resolve) => {
      newer.onsuccess = resolve;
    });
    newer.result.close();
    const outbox = createIndexedDbOutbox({ indexedDB, name: 'outbox', now: () => 0 });
    const failure = await outbox.listPending().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutboxError);
    expect((failure as OutboxError).code).toBe('STORAGE_FAILED');
  });
});
