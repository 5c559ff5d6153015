/** The closed set of outbox error codes. */
export const OUTBOX_ERROR_CODES = {
  /** No entry under that key. */
  NOT_FOUND: 'NOT_FOUND',
  /** The key is not `<interactionId>:<kind>`. */
  INVALID_KEY: 'INVALID_KEY',
  /** The store itself failed (IndexedDB blocked, quota, a closed database). */
  STORAGE_FAILED: 'STORAGE_FAILED',
} as const;

/** An outbox error code. */
export type OutboxErrorCode = keyof typeof OUTBOX_ERROR_CODES;

export type OutboxErrorOptions = {
  code: OutboxErrorCode;
  message?: string;
  /** The entry key concerned, when there is one. */
  field?: string;
  cause?: unknown;
};

/** An error of the durable outbox. */
export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  readonly code: OutboxErrorCode;
  readonly field: string | undefined;

  constructor(options: OutboxErrorOptions) {
    super(`[outbox] ${options.message ?? options.code}`, { cause: options.cause });
    this.code = options.code;
    this.field = options.field;
  }
}
