import { OutboxError } from './OutboxError.js';
import type { DurableCrmCommand, OutboxEntry, OutboxEntryError } from './OutboxEntry.js';

// The pure steps both outbox implementations apply, so they cannot drift apart.

/** The interaction part of a durable key `<interactionId>:<kind>` (interaction ids may hold colons). */
export function interactionIdOfKey(key: string): string {
  const colon = key.lastIndexOf(':');
  if (colon <= 0 || colon === key.length - 1) {
    throw new OutboxError({
      code: 'INVALID_KEY',
      field: key,
      message: `key must be <interactionId>:<kind>, got ${key}`,
    });
  }
  return key.slice(0, colon);
}

export function newOutboxEntry(command: DurableCrmCommand, seq: number, now: number): OutboxEntry {
  const key = command.durable.key;
  return {
    key,
    interactionId: interactionIdOfKey(key),
    seq,
    command,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}

export const withAttempt = (entry: OutboxEntry): OutboxEntry => ({ ...entry, attempts: entry.attempts + 1 });

export const withRetry = (entry: OutboxEntry, error: OutboxEntryError, nextAttemptAt: number): OutboxEntry => ({
  ...entry,
  status: 'pending',
  lastError: error,
  nextAttemptAt,
});

export const withFailed = (entry: OutboxEntry, error: OutboxEntryError): OutboxEntry => ({
  ...entry,
  status: 'failed',
  lastError: error,
});

export const withDone = (entry: OutboxEntry, result: unknown, now: number): OutboxEntry => ({
  ...entry,
  status: 'done',
  result,
  doneAt: now,
});

export const withRetryNow = (entry: OutboxEntry, now: number): OutboxEntry => ({
  ...entry,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: now,
});

export const isExpired = (entry: OutboxEntry, now: number, retentionMs: number): boolean =>
  entry.status === 'done' && entry.doneAt !== undefined && entry.doneAt + retentionMs <= now;

export const notFound = (key: string): OutboxError =>
  new OutboxError({ code: 'NOT_FOUND', field: key, message: `no outbox entry ${key}` });
