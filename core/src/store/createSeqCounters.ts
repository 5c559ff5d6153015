import type { SqliteStatements } from './sqliteStatements.js';

/**
 * The SQLite store's per-stream seq counters, kept in memory so that appending an event costs one
 * INSERT instead of an INSERT plus a counter UPDATE. Counters move through three levels, like the
 * writes they number: the batch being applied (its SAVEPOINT), the group transaction, and what is
 * committed. A rolled-back batch or group drops its level, so its seqs are handed out again, just
 * as its rows never existed. The store's single connection is the only writer of the file.
 */
export type SeqCounters = {
  /** The next seq of a stream, within the batch being applied. */
  next(tenantId: string, stream: string): number;
  /** The batch's savepoint was released: its seqs belong to the group now. */
  keepBatch(): void;
  /** The batch's savepoint was rolled back. */
  dropBatch(): void;
  /** Writes the group's counters to `event_streams`, inside the group transaction. */
  writeGroup(): void;
  /** The group transaction committed. */
  keepGroup(): void;
  /** The group transaction failed. */
  dropGroup(): void;
};

type StreamKey = readonly [tenantId: string, stream: string];

/** Counters over the store's statements; a stream's counter is read from the file on first use. */
export function createSeqCounters(statements: SqliteStatements): SeqCounters {
  const committed = new Map<string, number>();
  const group = new Map<string, { readonly key: StreamKey; lastSeq: number }>();
  const batch = new Map<string, { readonly key: StreamKey; lastSeq: number }>();
  // No separator can make two tenant/stream pairs collide inside a JSON array.
  const keyOf = (tenantId: string, stream: string) => JSON.stringify([tenantId, stream]);

  const lastSeqOf = (id: string, tenantId: string, stream: string): number =>
    group.get(id)?.lastSeq ?? committed.get(id) ?? statements.streamBounds.get(tenantId, stream)?.lastSeq ?? 0;

  return {
    next(tenantId, stream) {
      const id = keyOf(tenantId, stream);
      let counter = batch.get(id);
      if (!counter) {
        counter = { key: [tenantId, stream], lastSeq: lastSeqOf(id, tenantId, stream) };
        batch.set(id, counter);
      }
      counter.lastSeq += 1;
      return counter.lastSeq;
    },
    keepBatch() {
      for (const [id, counter] of batch) group.set(id, counter);
      batch.clear();
    },
    dropBatch() {
      batch.clear();
    },
    writeGroup() {
      // Every call writes every counter of the group: a savepoint rolled back after an earlier call
      // cannot leave a row behind what the group handed out.
      for (const { key, lastSeq } of group.values()) statements.setLastSeq.run(key[0], key[1], lastSeq);
    },
    keepGroup() {
      for (const [id, counter] of group) committed.set(id, counter.lastSeq);
      group.clear();
    },
    dropGroup() {
      batch.clear();
      group.clear();
    },
  };
}
