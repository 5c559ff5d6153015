/** The tokens of a signed-in client. Hand `refreshToken` to secure storage to resume later. */
export type CoreTokens = {
  readonly accessToken: string;
  /** Single use: every refresh replaces it, so persist the newest one (see `onTokens`). */
  readonly refreshToken: string;
  /** When the access token expires, on the client's clock (ms since the epoch). */
  readonly expiresAt: number;
  readonly scopes: readonly string[];
  readonly tenantId: string;
  readonly userId: string;
};

/** A password sign-in (the core's `password` grant). */
export type SignInRequest = {
  readonly tenant: string;
  /** The user's id or email. */
  readonly username: string;
  readonly password: string;
};

/** Resuming a session from a stored refresh token (the core's `refresh_token` grant). */
export type ResumeRequest = { readonly refreshToken: string };
