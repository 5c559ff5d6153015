import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_OUTBOX_RETENTION_MS, type Outbox, type OutboxOptions } from './Outbox.js';
import type { OutboxEntry } from './OutboxEntry.js';
import { OutboxError } from './OutboxError.js';
import {
  isExpired,
  newOutboxEntry,
  notFound,
  withAttempt,
  withDone,
  withFailed,
  withRetry,
  withRetryNow,
} from './outboxEntryTransitions.js';

/** What {@link createIndexedDbOutbox} takes. */
export type IndexedDbOutboxOptions = OutboxOptions & {
  /** `globalThis.indexedDB` in the browser; injected so tests pass a fresh fake. */
  indexedDB: IDBFactory;
  /** The database name, one per agent and tenant, e.g. `patchbay:outbox:<tenant>:<agent>`. */
  name: string;
};

interface OutboxSchema extends DBSchema {
  entries: {
    key: string;
    value: OutboxEntry;
    indexes: { bySeq: number; byStatus: string; byInteraction: string };
  };
}

const SCHEMA_VERSION = 1;
const STORE = 'entries';

const bySeq = (a: OutboxEntry, b: OutboxEntry) => a.seq - b.seq;

/**
 * An outbox in IndexedDB: it outlives a reload and is shared by the agent's tabs, so whichever tab
 * leads next finishes what another one started. Each change is one readwrite transaction, which
 * IndexedDB runs one after the other across tabs.
 */
export function createIndexedDbOutbox({
  indexedDB,
  name,
  now,
  retentionMs = DEFAULT_OUTBOX_RETENTION_MS,
}: IndexedDbOutboxOptions): Outbox {
  const opened = open(indexedDB, name);
  // A failed open must not surface as an unhandled rejection before anyone uses the outbox.
  opened.catch(() => undefined);

  const guard = async <T>(work: (db: IDBPDatabase<OutboxSchema>) => Promise<T>): Promise<T> => {
    try {
      return await work(await opened);
    } catch (error) {
      if (error instanceof OutboxError) throw error;
      throw new OutboxError({ code: 'STORAGE_FAILED', message: `IndexedDB ${name} failed`, cause: error });
    }
  };

  const update = (key: string, change: (entry: OutboxEntry) => OutboxEntry) =>
    guard(async (db) => {
      const tx = db.transaction(STORE, 'readwrite');
      const entry = await tx.store.get(key);
      if (!entry) {
        await tx.done;
        throw notFound(key);
      }
      const next = change(entry);
      await tx.store.put(next);
      await tx.done;
      return next;
    });

  return {
    put: (command) =>
      guard(async (db) => {
        const tx = db.transaction(STORE, 'readwrite');
        if ((await tx.store.getKey(command.durable.key)) !== undefined) {
          await tx.done;
          return false;
        }
        const last = await tx.store.index('bySeq').openCursor(null, 'prev');
        await tx.store.add(newOutboxEntry(command, (last?.value.seq ?? 0) + 1, now()));
        await tx.done;
        return true;
      }),
    get: (key) => guard((db) => db.get(STORE, key)),
    listPending: (interactionId) =>
      guard(async (db) => {
        const entries =
          interactionId === undefined
            ? await db.getAllFromIndex(STORE, 'byStatus', 'pending')
            : (await db.getAllFromIndex(STORE, 'byInteraction', interactionId)).filter(
                (entry) => entry.status === 'pending',
              );
        return entries.sort(bySeq);
      }),
    listFailed: () => guard(async (db) => (await db.getAllFromIndex(STORE, 'byStatus', 'failed')).sort(bySeq)),
    markAttempt: (key) => update(key, withAttempt),
    markRetry: (key, error, nextAttemptAt) => update(key, (entry) => withRetry(entry, error, nextAttemptAt)),
    markFailed: (key, error) => update(key, (entry) => withFailed(entry, error)),
    markDone: (key, result) => update(key, (entry) => withDone(entry, result, now())),
    retryNow: (key) => update(key, (entry) => withRetryNow(entry, now())),
    remove: (key) =>
      guard(async (db) => {
        const tx = db.transaction(STORE, 'readwrite');
        const existed = (await tx.store.getKey(key)) !== undefined;
        if (existed) await tx.store.delete(key);
        await tx.done;
        return existed;
      }),
    prune: () =>
      guard(async (db) => {
        const at = now();
        const tx = db.transaction(STORE, 'readwrite');
        const expired = (await tx.store.index('byStatus').getAll('done')).filter((entry) =>
          isExpired(entry, at, retentionMs),
        );
        await Promise.all(expired.map((entry) => tx.store.delete(entry.key)));
        await tx.done;
        return expired.length;
      }),
    close() {
      opened.then(
        (db) => {
          db.close();
        },
        () => undefined,
      );
    },
  };
}

/** Opens (and on first use creates) the database on the injected factory; idb's `openDB` would use the global one. */
async function open(factory: IDBFactory, name: string): Promise<IDBPDatabase<OutboxSchema>> {
  const request = factory.open(name, SCHEMA_VERSION);
  request.addEventListener('upgradeneeded', () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex('bySeq', 'seq', { unique: true });
    store.createIndex('byStatus', 'status');
    store.createIndex('byInteraction', 'interactionId');
  });
  const db = await wrap(request);
  if (!db) throw new OutboxError({ code: 'STORAGE_FAILED', message: `IndexedDB ${name} did not open` });
  return db as unknown as IDBPDatabase<OutboxSchema>;
}
