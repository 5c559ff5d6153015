import type { ContractIssue } from '@patchbay/core/contract';

/**
 * The closed set of typed-client error codes: the core API's own codes, the two ways the exchange
 * itself can fail, and the client's own signed-out state. Changing or removing one is a breaking
 * change of the client.
 */
export const CORE_CLIENT_ERROR_CODES = {
  /** The request (or a client option) breaks the contract; `field` and `issues` say where (400). */
  INVALID_REQUEST: 'INVALID_REQUEST',
  /** Not signed in, wrong credentials, or the session could not be renewed: sign in again (401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Signed in, but not allowed to do this (403). */
  FORBIDDEN: 'FORBIDDEN',
  /** The agent, contact or entity does not exist for this caller (404). */
  NOT_FOUND: 'NOT_FOUND',
  /** Not allowed in the current state; `state` names it (409). */
  CONFLICT: 'CONFLICT',
  /** The core failed (500). */
  INTERNAL: 'INTERNAL',
  /** The core could not be reached, or a gateway in front of it failed: retry later. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** The core answered something that breaks the contract; `issues` say what. */
  PROTOCOL_ERROR: 'PROTOCOL_ERROR',
  /** The app signed out (`auth.signOut`): nothing is sent until it signs in or resumes again. */
  SIGNED_OUT: 'SIGNED_OUT',
} as const;

/** One of {@link CORE_CLIENT_ERROR_CODES}. */
export type CoreClientErrorCode = keyof typeof CORE_CLIENT_ERROR_CODES;

/** What a {@link CoreClientError} is made from. */
export type CoreClientErrorOptions = {
  code: CoreClientErrorCode;
  message?: string;
  /** The HTTP status of the answer, when there was one. */
  status?: number;
  /** The first failing field, as a dotted path. */
  field?: string;
  issues?: readonly ContractIssue[];
  /** For CONFLICT: the current state that refused the request. */
  state?: string;
  cause?: unknown;
};

/** A failure of the typed core client, with a code from {@link CORE_CLIENT_ERROR_CODES}. */
export class CoreClientError extends Error {
  override readonly name = 'CoreClientError';
  readonly code: CoreClientErrorCode;
  readonly status: number | undefined;
  readonly field: string | undefined;
  readonly issues: readonly ContractIssue[];
  readonly state: string | undefined;

  constructor(options: CoreClientErrorOptions) {
    super(`[core-client] ${options.message ?? options.code}`, { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.field = options.field ?? options.issues?.[0]?.field;
    this.issues = options.issues ?? [];
    this.state = options.state;
  }
}
