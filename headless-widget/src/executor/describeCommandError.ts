import { BridgeError } from '@patchbay/core-bridge/desktop';
import type { OutboxEntryError } from '../outbox/OutboxEntry.js';

/**
 * Whether a failed CRM call may succeed if made again: the link was slow or down, or the CRM said
 * so (a rate limit, a host timeout). Anything else (bad params, a missing capability, a CRM that
 * refused for good) would fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof BridgeError)) return false;
  if (error.code === 'TIMEOUT' || error.code === 'DISCONNECTED') return true;
  return error.code === 'CRM_ERROR' && error.details?.['retryable'] === true;
}

/** An error as plain data for the outbox and the UI. */
export function describeCommandError(error: unknown): OutboxEntryError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'UNKNOWN', message: error.message };
  }
  return { code: 'UNKNOWN', message: String(error) };
}
