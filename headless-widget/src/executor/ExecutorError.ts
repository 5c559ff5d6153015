/** The closed set of the executor's own error codes (bridge errors keep theirs). */
export const EXECUTOR_ERROR_CODES = {
  /** An update names (`activityFrom`) a write that is not in the outbox: never put, or pruned. */
  DEPENDENCY_MISSING: 'DEPENDENCY_MISSING',
  /** The write an update depends on is done but its result carries no activity id. */
  DEPENDENCY_WITHOUT_ID: 'DEPENDENCY_WITHOUT_ID',
} as const;

/** An executor error code. */
export type ExecutorErrorCode = keyof typeof EXECUTOR_ERROR_CODES;

export type ExecutorErrorOptions = {
  code: ExecutorErrorCode;
  message?: string;
  /** The outbox key concerned. */
  field?: string;
};

/** An error the executor itself raises about a command. */
export class ExecutorError extends Error {
  override readonly name = 'ExecutorError';
  readonly code: ExecutorErrorCode;
  readonly field: string | undefined;

  constructor(options: ExecutorErrorOptions) {
    super(`[executor] ${options.message ?? options.code}`);
    this.code = options.code;
    this.field = options.field;
  }
}
