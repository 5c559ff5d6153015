/** Error codes of the core's store. Changing one is a breaking change. */
export const STORE_ERROR_CODES = {
  /** A put or delete named an `expectedVersion` the document does not have; `field` is `tenantId/kind/id`. */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  /** An argument is empty, malformed or not plain JSON; `field` names it (e.g. `puts[0].body`). */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The store was closed; no call succeeds afterwards. */
  CLOSED: 'CLOSED',
} as const;

export type StoreErrorCode = keyof typeof STORE_ERROR_CODES;

/** A store call the store refuses; nothing of the refused call was written. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** The failing argument (INVALID_INPUT) or document `tenantId/kind/id` (VERSION_CONFLICT). */
  readonly field: string | undefined;

  constructor(options: { code: StoreErrorCode; message: string; field?: string }) {
    super(`[store] ${options.message}`);
    this.code = options.code;
    this.field = options.field;
  }
}
