import { checkCount, checkLimit, checkName, checkTime } from './checkArguments.js';
import type { CommitResult, CoreStore, StoreDocument, StoreEvent } from './CoreStore.js';
import { prepareBatch, type PreparedBatch } from './prepareBatch.js';
import { promiseOf } from './promiseOf.js';
import { StoreError } from './StoreError.js';
import { versionConflict } from './versionConflict.js';

/** Options of {@link createMemoryStore}. */
export type MemoryStoreOptions = {
  /** The clock stamping `updatedAt`, in milliseconds since the Unix epoch. Default `Date.now`. */
  now?: () => number;
};

type DocumentRow = { tenantId: string; kind: string; id: string; version: number; bodyText: string; updatedAt: number };
type EventRow = { tenantId: string; stream: string; seq: number; type: string; payloadText: string; time: number };
type StreamState = { firstSeq: number; lastSeq: number; events: EventRow[] };

// Keys are JSON arrays so that no tenantId, kind or id can collide with another's through a separator.
const documentKey = (row: { tenantId: string; kind: string; id: string }) =>
  JSON.stringify([row.tenantId, row.kind, row.id]);
const streamKey = (tenantId: string, stream: string) => JSON.stringify([tenantId, stream]);

// SQLite orders TEXT by its UTF-8 bytes; JS `<` compares UTF-16 code units, which differs for
// characters beyond U+FFFF. Comparing bytes keeps both stores listing in the same order.
const compareBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

// Bodies are kept as JSON text and parsed on every read, as SQLite does: callers get their own
// copies and can never mutate what the store holds.
const toDocument = (row: DocumentRow): StoreDocument => ({
  tenantId: row.tenantId,
  kind: row.kind,
  id: row.id,
  version: row.version,
  body: JSON.parse(row.bodyText) as unknown,
  updatedAt: row.updatedAt,
});
const toEvent = (row: EventRow): StoreEvent => ({
  tenantId: row.tenantId,
  stream: row.stream,
  seq: row.seq,
  type: row.type,
  payload: JSON.parse(row.payloadText) as unknown,
  time: row.time,
});

/**
 * A {@link CoreStore} held in memory, with the same semantics as the SQLite store but no
 * durability: for the unit tests of the layers above the store. Commits apply when called.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): CoreStore {
  const now = options.now ?? Date.now;
  const documents = new Map<string, DocumentRow>();
  const streams = new Map<string, StreamState>();
  let closed = false;

  function ensureOpen(): void {
    if (closed) throw new StoreError({ code: 'CLOSED', message: 'the store is closed' });
  }

  /** Works out the whole batch on the side and only then writes it, so a conflict leaves no trace. */
  function apply(batch: PreparedBatch): CommitResult {
    const staged = new Map<string, DocumentRow | undefined>();
    const current = (key: string) => (staged.has(key) ? staged.get(key) : documents.get(key));
    const stored: DocumentRow[] = [];
    for (const put of batch.puts) {
      const key = documentKey(put);
      const version = current(key)?.version ?? 0;
      if (put.expectedVersion !== undefined && put.expectedVersion !== version) {
        throw versionConflict(put, put.expectedVersion, version);
      }
      const { tenantId, kind, id, bodyText } = put;
      const row: DocumentRow = { tenantId, kind, id, version: version + 1, bodyText, updatedAt: batch.updatedAt };
      staged.set(key, row);
      stored.push(row);
    }
    for (const remove of batch.deletes) {
      const key = documentKey(remove);
      const version = current(key)?.version ?? 0;
      if (remove.expectedVersion !== undefined && remove.expectedVersion !== version) {
        throw versionConflict(remove, remove.expectedVersion, version);
      }
      staged.set(key, undefined);
    }
    const lastSeqs = new Map<string, number>();
    const appended = batch.events.map((event): EventRow => {
      const key = streamKey(event.tenantId, event.stream);
      const seq = (lastSeqs.get(key) ?? streams.get(key)?.lastSeq ?? 0) + 1;
      lastSeqs.set(key, seq);
      const { tenantId, stream, type, payloadText, time } = event;
      return { tenantId, stream, seq, type, payloadText, time };
    });

    for (const [key, row] of staged) {
      if (row) documents.set(key, row);
      else documents.delete(key);
    }
    for (const row of appended) {
      const key = streamKey(row.tenantId, row.stream);
      let stream = streams.get(key);
      if (!stream) {
        stream = { firstSeq: 1, lastSeq: 0, events: [] };
        streams.set(key, stream);
      }
      stream.events.push(row);
      stream.lastSeq = row.seq;
    }
    return { documents: stored.map(toDocument), events: appended.map(toEvent) };
  }

  function sortedDocuments(kind: string, tenantId: string | undefined): StoreDocument[] {
    const rows = [...documents.values()].filter(
      (row) => row.kind === kind && (tenantId === undefined || row.tenantId === tenantId),
    );
    rows.sort((a, b) => compareBytes(a.tenantId, b.tenantId) || compareBytes(a.id, b.id));
    return rows.map(toDocument);
  }

  return {
    commit(batch) {
      return promiseOf(() => {
        ensureOpen();
        return apply(prepareBatch(batch, now()));
      });
    },

    getDocument(tenantId, kind, id) {
      return promiseOf(() => {
        ensureOpen();
        const key = documentKey({
          tenantId: checkName(tenantId, 'tenantId'),
          kind: checkName(kind, 'kind'),
          id: checkName(id, 'id'),
        });
        const row = documents.get(key);
        return row && toDocument(row);
      });
    },

    listDocuments(tenantId, kind) {
      return promiseOf(() => {
        ensureOpen();
        return sortedDocuments(checkName(kind, 'kind'), checkName(tenantId, 'tenantId'));
      });
    },

    listAllDocuments(kind) {
      return promiseOf(() => {
        ensureOpen();
        return sortedDocuments(checkName(kind, 'kind'), undefined);
      });
    },

    readEvents(tenantId, stream, afterSeq, limit) {
      return promiseOf(() => {
        ensureOpen();
        const key = streamKey(checkName(tenantId, 'tenantId'), checkName(stream, 'stream'));
        const after = checkCount(afterSeq, 'afterSeq');
        const count = checkLimit(limit, 'limit');
        const state = streams.get(key);
        if (!state) return [];
        const start = Math.max(0, after + 1 - state.firstSeq);
        return state.events.slice(start, start + count).map(toEvent);
      });
    },

    streamBounds(tenantId, stream) {
      return promiseOf(() => {
        ensureOpen();
        const state = streams.get(streamKey(checkName(tenantId, 'tenantId'), checkName(stream, 'stream')));
        return state ? { firstSeq: state.firstSeq, lastSeq: state.lastSeq } : { firstSeq: 0, lastSeq: 0 };
      });
    },

    trimEvents(tenantId, stream, beforeSeq) {
      return promiseOf(() => {
        ensureOpen();
        const key = streamKey(checkName(tenantId, 'tenantId'), checkName(stream, 'stream'));
        const before = checkCount(beforeSeq, 'beforeSeq');
        const state = streams.get(key);
        if (!state) return 0;
        // Never past lastSeq + 1: the retained range may become empty, never negative.
        const newFirstSeq = Math.min(before, state.lastSeq + 1);
        if (newFirstSeq <= state.firstSeq) return 0;
        const removed = newFirstSeq - state.firstSeq;
        state.events.splice(0, removed);
        state.firstSeq = newFirstSeq;
        return removed;
      });
    },

    trimEventsOlderThan(tenantId, time) {
      return promiseOf(() => {
        ensureOpen();
        const tenant = checkName(tenantId, 'tenantId');
        const cutoff = checkTime(time, 'time');
        let deleted = 0;
        for (const [key, state] of streams) {
          if ((JSON.parse(key) as string[])[0] !== tenant) continue;
          const kept = state.events.findIndex((event) => event.time >= cutoff);
          const removed = kept === -1 ? state.events.length : kept;
          state.events.splice(0, removed);
          state.firstSeq = kept === -1 ? state.lastSeq + 1 : state.firstSeq + removed;
          deleted += removed;
        }
        return deleted;
      });
    },

    close() {
      return promiseOf(() => {
        ensureOpen();
        closed = true;
        documents.clear();
        streams.clear();
      });
    },
  };
}
