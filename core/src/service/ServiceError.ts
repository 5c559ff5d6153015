import type { ContractIssue } from '../contract/index.js';

/**
 * Error codes of the core's service layer (configuration, agents, contacts), each with the HTTP
 * status the API answers. Changing one is a breaking change of the API.
 */
export const SERVICE_ERROR_CODES = {
  /** The body or parameters break the contract; `field` and `issues` say where (400). */
  INVALID_REQUEST: 'INVALID_REQUEST',
  /** The id names nothing in this tenant (404). Other tenants' ids are NOT_FOUND too, never FORBIDDEN. */
  NOT_FOUND: 'NOT_FOUND',
  /** Not allowed in the current state, or clashes with existing data; `state` says why (409). */
  CONFLICT: 'CONFLICT',
} as const;

export type ServiceErrorCode = keyof typeof SERVICE_ERROR_CODES;

export const HTTP_STATUS_BY_SERVICE_ERROR: Readonly<Record<ServiceErrorCode, number>> = {
  INVALID_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export type ServiceErrorOptions = {
  code: ServiceErrorCode;
  message: string;
  /** The first failing field, as a dotted path (`distribution.0.teamIds.1`). */
  field?: string;
  /** Every failing field, for INVALID_REQUEST. */
  issues?: readonly ContractIssue[];
  /** The current state that made the request conflict (`Engaged`, `ringing`, `referenced`...). */
  state?: string;
  cause?: unknown;
};

/** A request the service refuses because of the caller's input or the current state: never a 5xx. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly code: ServiceErrorCode;
  readonly field: string | undefined;
  readonly issues: readonly ContractIssue[];
  readonly state: string | undefined;

  constructor(options: ServiceErrorOptions) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.field = options.field ?? options.issues?.[0]?.field;
    this.issues = options.issues ?? (options.field ? [{ field: options.field, message: options.message }] : []);
    this.state = options.state;
  }

  /** The HTTP status the API answers this error with. */
  get status(): number {
    return HTTP_STATUS_BY_SERVICE_ERROR[this.code];
  }

  /** INVALID_REQUEST from a failed contract parse. */
  static invalid(issues: readonly [ContractIssue, ...ContractIssue[]]): ServiceError {
    const [first] = issues;
    return new ServiceError({ code: 'INVALID_REQUEST', message: `${first.field}: ${first.message}`, issues });
  }
}
