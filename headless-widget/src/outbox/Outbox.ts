import type { DurableCrmCommand, OutboxEntry, OutboxEntryError } from './OutboxEntry.js';

/** What both outbox implementations take. */
export type OutboxOptions = {
  now: () => number;
  /** How long a done entry is kept for later writes that need its result. Default one day. */
  retentionMs?: number;
};

/** Done entries are kept this long by default: longer than any wrap-up that updates an activity. */
export const DEFAULT_OUTBOX_RETENTION_MS = 24 * 60 * 60 * 1_000;

/**
 * The durable queue of CRM writes. Each key is held once, in any status, so a write planned again
 * (a replayed event, a duplicate batch, a reload) is not added twice; every change is one atomic
 * step of the store, so two tabs sharing it cannot interleave halfway.
 */
export type Outbox = {
  /** Adds a pending entry under the command's key, unless that key is there already; tells whether it added. */
  put(command: DurableCrmCommand): Promise<boolean>;
  get(key: string): Promise<OutboxEntry | undefined>;
  /** Pending entries in the order they were put, all of them or one interaction's. */
  listPending(interactionId?: string): Promise<OutboxEntry[]>;
  /** Failed entries in the order they were put: what the agent may retry. */
  listFailed(): Promise<OutboxEntry[]>;
  /** Counts an attempt before it starts, so a reload mid-call still counts it. */
  markAttempt(key: string): Promise<OutboxEntry>;
  /** Records a failure to try again at `nextAttemptAt`. */
  markRetry(key: string, error: OutboxEntryError, nextAttemptAt: number): Promise<OutboxEntry>;
  /** Records a failure not to try again until the agent asks. */
  markFailed(key: string, error: OutboxEntryError): Promise<OutboxEntry>;
  markDone(key: string, result: unknown): Promise<OutboxEntry>;
  /** Makes a failed (or waiting) entry pending and due now, with a fresh attempt budget. */
  retryNow(key: string): Promise<OutboxEntry>;
  /** Drops an entry whatever its status; tells whether there was one. */
  remove(key: string): Promise<boolean>;
  /** Drops done entries older than the retention; returns how many. Failed ones stay until handled. */
  prune(): Promise<number>;
  close(): void;
};
