import type { CrmId } from './crmIds.js';

/**
 * The closed set of connector error codes. Changing or removing a code is a breaking change:
 * the headless widget maps them to retry and user-notification decisions.
 */
export const CONNECTOR_ERROR_CODES = {
  /** The CRM has no such capability (an absent optional method, never a runtime "not implemented"). */
  NOT_SUPPORTED: 'NOT_SUPPORTED',
  HOST_NOT_READY: 'HOST_NOT_READY',
  HOST_TIMEOUT: 'HOST_TIMEOUT',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  /** Input rejected before reaching the CRM; `field` names the failing field. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** Anything else the CRM answered or threw. */
  VENDOR_ERROR: 'VENDOR_ERROR',
} as const;

export type ConnectorErrorCode = keyof typeof CONNECTOR_ERROR_CODES;

export type ConnectorErrorOptions = {
  crm: CrmId;
  code: ConnectorErrorCode;
  message?: string;
  /** Path of the failing input field, e.g. `sfdcIframeOrigin` or `log.durationSeconds`. */
  field?: string;
  cause?: unknown;
  /** Defaults to true for the transient codes (timeouts and rate limits). */
  retryable?: boolean;
};

const TRANSIENT_CODES: ReadonlySet<ConnectorErrorCode> = new Set(['HOST_TIMEOUT', 'RATE_LIMITED']);

/** An error raised by a connector, tagged with the CRM it came from. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly crm: CrmId;
  readonly code: ConnectorErrorCode;
  readonly field: string | undefined;
  readonly retryable: boolean;

  constructor(options: ConnectorErrorOptions) {
    super(`[connector:${options.crm}] ${options.message ?? options.code}`, { cause: options.cause });
    this.crm = options.crm;
    this.code = options.code;
    this.field = options.field;
    this.retryable = options.retryable ?? TRANSIENT_CODES.has(options.code);
  }

  /** Normalises anything thrown by a CRM SDK into a ConnectorError, keeping the original as `cause`. */
  static from(crm: CrmId, cause: unknown): ConnectorError {
    if (cause instanceof ConnectorError) return cause;
    const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : undefined;
    return new ConnectorError({ crm, code: 'VENDOR_ERROR', cause, ...(message === undefined ? {} : { message }) });
  }

  /** Maps an HTTP status from a CRM REST API to the matching code. */
  static fromHttpStatus(crm: CrmId, status: number, message?: string): ConnectorError {
    return new ConnectorError({ crm, code: codeForHttpStatus(status), message: message ?? `HTTP ${status}` });
  }
}

function codeForHttpStatus(status: number): ConnectorErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'INVALID_INPUT';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 408:
    case 504:
      return 'HOST_TIMEOUT';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'VENDOR_ERROR';
  }
}
