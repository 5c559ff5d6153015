import { DEFAULT_OUTBOX_RETENTION_MS, type Outbox, type OutboxOptions } from './Outbox.js';
import type { OutboxEntry } from './OutboxEntry.js';
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

/** Runs `work` as a store would answer: later, with a throw turned into a rejection. */
const later = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);

/**
 * An outbox in memory: for tests and for hosts without IndexedDB. It survives nothing, but behaves
 * as the IndexedDB one does (entries are copied in and out, as a store clones them).
 */
export function createMemoryOutbox({ now, retentionMs = DEFAULT_OUTBOX_RETENTION_MS }: OutboxOptions): Outbox {
  // A Map keeps insertion order, and updates of a key keep its place: that is `seq` order.
  const entries = new Map<string, OutboxEntry>();
  let lastSeq = 0;

  const read = (key: string): OutboxEntry => {
    const entry = entries.get(key);
    if (!entry) throw notFound(key);
    return entry;
  };
  const update = (key: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<OutboxEntry> =>
    later(() => {
      const next = change(read(key));
      entries.set(key, structuredClone(next));
      return structuredClone(next);
    });
  const inStatus = (status: OutboxEntry['status'], interactionId?: string) =>
    Promise.resolve(
      [...entries.values()]
        .filter(
          (entry) => entry.status === status && (interactionId === undefined || entry.interactionId === interactionId),
        )
        .map((entry) => structuredClone(entry)),
    );

  return {
    put: (command) =>
      later(() => {
        if (entries.has(command.durable.key)) return false;
        const entry = newOutboxEntry(structuredClone(command), lastSeq + 1, now());
        lastSeq = entry.seq;
        entries.set(entry.key, entry);
        return true;
      }),
    get: (key) => {
      const entry = entries.get(key);
      return Promise.resolve(entry && structuredClone(entry));
    },
    listPending: (interactionId) => inStatus('pending', interactionId),
    listFailed: () => inStatus('failed'),
    markAttempt: (key) => update(key, withAttempt),
    markRetry: (key, error, nextAttemptAt) => update(key, (entry) => withRetry(entry, error, nextAttemptAt)),
    markFailed: (key, error) => update(key, (entry) => withFailed(entry, error)),
    markDone: (key, result) => update(key, (entry) => withDone(entry, result, now())),
    retryNow: (key) => update(key, (entry) => withRetryNow(entry, now())),
    remove: (key) => Promise.resolve(entries.delete(key)),
    prune() {
      const at = now();
      let pruned = 0;
      for (const entry of [...entries.values()]) {
        if (isExpired(entry, at, retentionMs)) {
          entries.delete(entry.key);
          pruned += 1;
        }
      }
      return Promise.resolve(pruned);
    },
    close() {
      // Nothing to release.
    },
  };
}
