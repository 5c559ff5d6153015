import type { CrmCommand } from '../commands/WidgetCommand.js';

/** Where an entry stands: waiting to run (or to be retried), written, or given up on until the agent retries. */
export const OUTBOX_STATUSES = ['pending', 'done', 'failed'] as const;

/** Where an outbox entry stands. */
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A CRM write the outbox can hold: a CRM command with its durable key. */
export type DurableCrmCommand = CrmCommand & { readonly durable: { readonly key: string } };

/** The last error of an entry, as plain data so it survives the store (an Error does not clone whole). */
export type OutboxEntryError = { readonly code: string; readonly message: string };

/** One CRM write and its progress, as the outbox keeps it. */
export type OutboxEntry = {
  /** `<interactionId>:<kind>`, the command's durable key. */
  readonly key: string;
  readonly interactionId: string;
  /** Insertion order: entries of one interaction run in this order. */
  readonly seq: number;
  readonly command: DurableCrmCommand;
  readonly status: OutboxStatus;
  /** Attempts started since the entry was put (or last retried by the agent). */
  readonly attempts: number;
  /** Epoch ms before which the entry is not tried again (backoff). */
  readonly nextAttemptAt: number;
  readonly createdAt: number;
  readonly lastError?: OutboxEntryError;
  /** The shell's result of the write, kept after it is done (an activity update needs the create's id). */
  readonly result?: unknown;
  /** When the entry became done: it is pruned a retention after that. */
  readonly doneAt?: number;
};
