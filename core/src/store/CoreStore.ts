/**
 * A stored document: one config entity (`site`, `queue`, ...), piece of live state (`agentSession`,
 * `contact`) or `interaction` record. The store does not interpret `kind` or `body`.
 */
export type StoreDocument = {
  tenantId: string;
  kind: string;
  id: string;
  /** 1 when created, +1 on every put; a document deleted then put again starts over at 1. */
  version: number;
  /** A plain JSON value. */
  body: unknown;
  /** Milliseconds since the Unix epoch, from the store's clock, of the commit that wrote it. */
  updatedAt: number;
};

/** An appended event. */
export type StoreEvent = {
  tenantId: string;
  stream: string;
  /** Assigned by the store: contiguous from 1 per (tenantId, stream), never reused after a trim. */
  seq: number;
  type: string;
  /** A plain JSON value. */
  payload: unknown;
  /** Milliseconds since the Unix epoch, as the caller gave it. */
  time: number;
};

/** Creates or replaces a document. */
export type DocumentPut = {
  tenantId: string;
  kind: string;
  id: string;
  /** A plain JSON value: null, booleans, finite numbers, strings, arrays and plain objects of them. */
  body: unknown;
  /** Optimistic check: the version the document must have now; 0 = it must not exist. Absent = no check. */
  expectedVersion?: number;
};

/** Removes a document; removing one that does not exist is a no-op unless `expectedVersion` > 0. */
export type DocumentDelete = {
  tenantId: string;
  kind: string;
  id: string;
  /** Optimistic check: the version the document must have now; 0 = it must not exist. Absent = no check. */
  expectedVersion?: number;
};

/** An event to append; the store assigns its `seq`. */
export type EventAppend = {
  tenantId: string;
  stream: string;
  type: string;
  /** A plain JSON value. */
  payload: unknown;
  time: number;
};

/**
 * What one `commit` writes, all or nothing. Puts apply first, in order, then deletes, then event
 * appends; a put or delete sees the effect of the ones before it in the same batch.
 */
export type StoreBatch = {
  puts?: readonly DocumentPut[];
  deletes?: readonly DocumentDelete[];
  events?: readonly EventAppend[];
};

/** The documents and events a commit stored, in the batch's order, with versions and seqs assigned. */
export type CommitResult = {
  documents: StoreDocument[];
  events: StoreEvent[];
};

/**
 * The retained part of an event stream: seqs `firstSeq..lastSeq`. `{ firstSeq: 0, lastSeq: 0 }` for a
 * stream that never had events; `firstSeq = lastSeq + 1` once every event was trimmed.
 */
export type StreamBounds = { firstSeq: number; lastSeq: number };

/**
 * The core's durable store. The core keeps its live state in memory and persists through this
 * interface, so the embedded SQLite default can be swapped for a distributed backend (Postgres +
 * NATS) without touching the layers above. Every method is async because a networked backend
 * needs that. Reads see every commit that has resolved; nothing read with one tenantId ever
 * returns another tenant's data. After `close()`, every call rejects with `StoreError` CLOSED.
 */
export type CoreStore = {
  /**
   * Atomically applies a batch. Rejects with `StoreError` VERSION_CONFLICT (nothing of the batch
   * written) when an `expectedVersion` does not match, INVALID_INPUT for bad input. A resolved
   * commit is durable.
   */
  commit(batch: StoreBatch): Promise<CommitResult>;
  /** The document, or undefined when it does not exist. */
  getDocument(tenantId: string, kind: string, id: string): Promise<StoreDocument | undefined>;
  /** A tenant's documents of one kind, ordered by id. */
  listDocuments(tenantId: string, kind: string): Promise<StoreDocument[]>;
  /** Every tenant's documents of one kind, ordered by tenantId then id: for recovery at start-up. */
  listAllDocuments(kind: string): Promise<StoreDocument[]>;
  /** Retained events with seq > `afterSeq`, in seq order, at most `limit` (≥ 1). */
  readEvents(tenantId: string, stream: string, afterSeq: number, limit: number): Promise<StoreEvent[]>;
  /** The seqs of the retained events. */
  streamBounds(tenantId: string, stream: string): Promise<StreamBounds>;
  /** Deletes the retained events with seq < `beforeSeq`; resolves with how many were deleted. */
  trimEvents(tenantId: string, stream: string, beforeSeq: number): Promise<number>;
  /**
   * Retention: in each of the tenant's streams, deletes the events before the first one whose
   * `time` is at or after `time` (all of them when none is), so what is retained stays one run of
   * seqs. Resolves with how many were deleted.
   */
  trimEventsOlderThan(tenantId: string, time: number): Promise<number>;
  /** Finishes the commits already issued, then releases the store. */
  close(): Promise<void>;
};
