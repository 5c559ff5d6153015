import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCount, checkLimit, checkName, checkTime } from './checkArguments.js';
import type { CommitResult, CoreStore, StoreDocument, StoreEvent } from './CoreStore.js';
import { prepareBatch, type PreparedBatch } from './prepareBatch.js';
import { promiseOf } from './promiseOf.js';
import { createSeqCounters } from './createSeqCounters.js';
import { applySqliteSchema } from './sqliteSchema.js';
import { prepareSqliteStatements, type DocumentRow, type EventRow } from './sqliteStatements.js';
import { StoreError } from './StoreError.js';
import { versionConflict } from './versionConflict.js';

/** Options of {@link createSqliteStore}. */
export type SqliteStoreOptions = {
  /** Folder of the database file; created when missing. */
  directory: string;
  /** Default `patchbay.sqlite`. */
  fileName?: string;
  /** The clock stamping `updatedAt`, in milliseconds since the Unix epoch. Default `Date.now`. */
  now?: () => number;
  /**
   * Runs `flush` later, once the current tick's commits are all issued. Default `setImmediate`:
   * every commit issued in one tick is written in one transaction.
   */
  scheduleFlush?: (flush: () => void) => void;
};

/** A commit or trim waiting for the next group transaction. */
type GroupOperation = {
  /**
   * False when `apply` cannot refuse (no expected versions): it then runs without a SAVEPOINT of
   * its own, which saves two statements per commit on the runtime's hot path.
   */
  readonly mayRefuse: boolean;
  /** Writes inside the group transaction; throws StoreError to be rolled back alone. */
  apply(): void;
  /** Resolves the caller once the group transaction committed. */
  settle(): void;
  fail(error: unknown): void;
};

const toDocument = (row: DocumentRow): StoreDocument => ({ ...row, body: JSON.parse(row.body) as unknown });
const toEvent = (row: EventRow): StoreEvent => ({ ...row, payload: JSON.parse(row.payload) as unknown });

function returned<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('[store] SQLite returned no row from a RETURNING statement');
  return row;
}

/**
 * The embedded default {@link CoreStore}: one SQLite file (better-sqlite3) in WAL mode.
 *
 * Group commit: `commit` and `trimEvents` calls are queued and written on the next flush (by
 * default `setImmediate`) in ONE transaction, so one WAL append serves every commit of a tick
 * instead of one each. Each operation runs inside its own SAVEPOINT, so a version conflict rolls
 * back that batch alone and the others still commit. Operations apply in call order.
 */
export function createSqliteStore(options: SqliteStoreOptions): CoreStore {
  const now = options.now ?? Date.now;
  const scheduleFlush = options.scheduleFlush ?? ((flush: () => void) => setImmediate(flush));
  mkdirSync(options.directory, { recursive: true });
  const db = new Database(join(options.directory, options.fileName ?? 'patchbay.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    // synchronous = NORMAL (in WAL mode): COMMIT returns once the transaction is appended to the
    // WAL file, i.e. handed to the OS; the WAL is fsynced at checkpoints. A killed process (crash,
    // SIGKILL, OOM kill) therefore loses nothing it acknowledged: the kernel still holds and writes
    // those pages. Only an OS crash or power cut can drop the last acknowledged commits. FULL would
    // fsync once per group transaction to cover that too; group commit shares that fsync between
    // all the commits of a tick, so it costs ~20% of throughput on a fast disk but far more on a
    // slow one. Deployments that must survive losing a machine need replication (the distributed
    // backend) rather than a stronger fsync on one disk, so the embedded default takes NORMAL.
    db.pragma('synchronous = NORMAL');
    applySqliteSchema(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = prepareSqliteStatements(db);
  const seqs = createSeqCounters(statements);
  let pending: GroupOperation[] = [];
  let flushScheduled = false;
  let closed = false;

  // Nested better-sqlite3 transactions are SAVEPOINTs: a throw rolls back to it and rethrows.
  const applyInSavepoint = db.transaction((operation: GroupOperation) => {
    operation.apply();
  });
  const applyGroup = db.transaction((operations: GroupOperation[], failures: Map<GroupOperation, StoreError>) => {
    for (const operation of operations) {
      if (!operation.mayRefuse) {
        // Anything it throws (disk full, I/O) fails the whole group, so no savepoint is needed.
        operation.apply();
        seqs.keepBatch();
        continue;
      }
      try {
        applyInSavepoint(operation);
        seqs.keepBatch();
      } catch (error) {
        seqs.dropBatch();
        // A refused batch is that caller's business; anything else (disk full, I/O) fails the group.
        if (!(error instanceof StoreError)) throw error;
        failures.set(operation, error);
      }
    }
    seqs.writeGroup();
  });

  function flush(): void {
    flushScheduled = false;
    if (pending.length === 0) return;
    const operations = pending;
    pending = [];
    const failures = new Map<GroupOperation, StoreError>();
    try {
      applyGroup.immediate(operations, failures);
      seqs.keepGroup();
    } catch (error) {
      seqs.dropGroup();
      for (const operation of operations) operation.fail(error);
      return;
    }
    for (const operation of operations) {
      const failure = failures.get(operation);
      if (failure) operation.fail(failure);
      else operation.settle();
    }
  }

  function enqueue<T>(run: () => T, mayRefuse: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let result: { value: T } | undefined;
      pending.push({
        mayRefuse,
        apply: () => {
          result = { value: run() };
        },
        settle: () => {
          if (result) resolve(result.value);
        },
        fail: reject,
      });
      if (!flushScheduled) {
        flushScheduled = true;
        scheduleFlush(flush);
      }
    });
  }

  function ensureOpen(): void {
    if (closed) throw new StoreError({ code: 'CLOSED', message: 'the store is closed' });
  }

  /** Runs inside a savepoint: a conflict found after some writes is undone by the rollback. */
  function applyBatch(batch: PreparedBatch): CommitResult {
    const documents = batch.puts.map((put): StoreDocument => {
      const { tenantId, kind, id, bodyText } = put;
      const { version } = returned(statements.putDocument.get(tenantId, kind, id, bodyText, batch.updatedAt));
      if (put.expectedVersion !== undefined && version !== put.expectedVersion + 1) {
        throw versionConflict(put, put.expectedVersion, version - 1);
      }
      return { tenantId, kind, id, version, body: put.body, updatedAt: batch.updatedAt };
    });
    for (const remove of batch.deletes) {
      const version = statements.deleteDocument.get(remove.tenantId, remove.kind, remove.id)?.version ?? 0;
      if (remove.expectedVersion !== undefined && remove.expectedVersion !== version) {
        throw versionConflict(remove, remove.expectedVersion, version);
      }
    }
    const events = batch.events.map((event): StoreEvent => {
      const { tenantId, stream, type, payload, payloadText, time } = event;
      const seq = seqs.next(tenantId, stream);
      statements.insertEvent.run(tenantId, stream, seq, type, payloadText, time);
      return { tenantId, stream, seq, type, payload, time };
    });
    return { documents, events };
  }

  function trim(tenantId: string, stream: string, beforeSeq: number): number {
    // The stream's row must hold the seqs handed out earlier in this group before it is read.
    seqs.writeGroup();
    const bounds = statements.streamBounds.get(tenantId, stream);
    if (!bounds) return 0;
    // Never past lastSeq + 1: the retained range may become empty, never negative.
    const firstSeq = Math.min(beforeSeq, bounds.lastSeq + 1);
    if (firstSeq <= bounds.firstSeq) return 0;
    statements.setFirstSeq.run(firstSeq, tenantId, stream);
    return statements.deleteEventsBefore.run(tenantId, stream, firstSeq).changes;
  }

  function trimOlderThan(tenantId: string, time: number): number {
    seqs.writeGroup();
    let deleted = 0;
    for (const { stream, lastSeq } of statements.listStreams.all(tenantId)) {
      const firstKept = statements.firstSeqSince.get(tenantId, stream, time)?.seq ?? lastSeq + 1;
      deleted += trim(tenantId, stream, firstKept);
    }
    return deleted;
  }

  return {
    commit(batch) {
      return promiseOf(() => {
        ensureOpen();
        const prepared = prepareBatch(batch, now());
        const mayRefuse = [...prepared.puts, ...prepared.deletes].some((write) => write.expectedVersion !== undefined);
        return enqueue(() => applyBatch(prepared), mayRefuse);
      });
    },

    getDocument(tenantId, kind, id) {
      return promiseOf(() => {
        ensureOpen();
        const row = statements.getDocument.get(
          checkName(tenantId, 'tenantId'),
          checkName(kind, 'kind'),
          checkName(id, 'id'),
        );
        return row && toDocument(row);
      });
    },

    listDocuments(tenantId, kind) {
      return promiseOf(() => {
        ensureOpen();
        return statements.listDocuments.all(checkName(tenantId, 'tenantId'), checkName(kind, 'kind')).map(toDocument);
      });
    },

    listAllDocuments(kind) {
      return promiseOf(() => {
        ensureOpen();
        return statements.listAllDocuments.all(checkName(kind, 'kind')).map(toDocument);
      });
    },

    readEvents(tenantId, stream, afterSeq, limit) {
      return promiseOf(() => {
        ensureOpen();
        return statements.readEvents
          .all(
            checkName(tenantId, 'tenantId'),
            checkName(stream, 'stream'),
            checkCount(afterSeq, 'afterSeq'),
            checkLimit(limit, 'limit'),
          )
          .map(toEvent);
      });
    },

    streamBounds(tenantId, stream) {
      return promiseOf(() => {
        ensureOpen();
        const bounds = statements.streamBounds.get(checkName(tenantId, 'tenantId'), checkName(stream, 'stream'));
        return bounds ?? { firstSeq: 0, lastSeq: 0 };
      });
    },

    trimEvents(tenantId, stream, beforeSeq) {
      return promiseOf(() => {
        ensureOpen();
        const args = [
          checkName(tenantId, 'tenantId'),
          checkName(stream, 'stream'),
          checkCount(beforeSeq, 'beforeSeq'),
        ] as const;
        return enqueue(() => trim(...args), false);
      });
    },

    trimEventsOlderThan(tenantId, time) {
      return promiseOf(() => {
        ensureOpen();
        const args = [checkName(tenantId, 'tenantId'), checkTime(time, 'time')] as const;
        return enqueue(() => trimOlderThan(...args), false);
      });
    },

    close() {
      return promiseOf(() => {
        ensureOpen();
        closed = true;
        // Commits already issued were promised a result: write them before letting go of the file.
        flush();
        db.close();
      });
    },
  };
}
