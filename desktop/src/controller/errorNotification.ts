import type { MessageKey } from '../i18n/enMessages.js';
import type { DesktopNotification } from '../model/DesktopState.js';

/** The message of each client error code; anything else (a bug, a thrown TypeError) is `error.unexpected`. */
const MESSAGE_OF_CODE: Readonly<Record<string, MessageKey>> = {
  INVALID_REQUEST: 'error.invalidRequest',
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  INTERNAL: 'error.internal',
  NETWORK_ERROR: 'error.network',
  PROTOCOL_ERROR: 'error.protocol',
  SIGNED_OUT: 'error.unauthenticated',
  /** The desktop's own code for a refused password sign-in, told apart from an expired session. */
  SIGN_IN_REFUSED: 'error.signInRefused',
  /** The page config's widget policy (`WidgetPolicyError`): its field is the first failing path. */
  INVALID_POLICY: 'error.widgetPolicy',
};

/** The code of a CoreClientError (or of any error with a string `code`), else undefined. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The notification for a failed intent: the code's message, and the code itself for support. */
export function errorNotification(error: unknown): Omit<DesktopNotification, 'id'> {
  const code = errorCodeOf(error);
  const field = typeof error === 'object' && error !== null && 'field' in error ? error.field : undefined;
  const key = (code === undefined ? undefined : MESSAGE_OF_CODE[code]) ?? 'error.unexpected';
  const base = { kind: 'error', code: code ?? 'UNEXPECTED' } as const;
  if (key === 'error.widgetPolicy')
    return { ...base, key, params: { path: typeof field === 'string' && field !== '' ? field : '(root)' } };
  return {
    ...base,
    key: typeof field === 'string' && key === 'error.invalidRequest' ? 'error.invalidField' : key,
    params: typeof field === 'string' && key === 'error.invalidRequest' ? { field } : {},
  };
}
