/** Error codes of the auth layer. Changing one is a breaking change. */
export const AUTH_ERROR_CODES = {
  /** No token, or one that is malformed, forged, expired or revoked (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid token without the scope or reach the action needs (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** Wrong user name or password, without saying which (HTTP 401). */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
} as const;

export type AuthErrorCode = keyof typeof AUTH_ERROR_CODES;

/** A request the auth layer refuses. Messages never echo the token or the password. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[auth] ${message}`, options);
    this.code = code;
  }
}
