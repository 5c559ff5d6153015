import type { UserRole } from '../contract/index.js';
import type { Scope } from './scopes.js';

/** Who is calling, as proven by a verified access token. */
export type Principal = {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly UserRole[];
  readonly scopes: readonly Scope[];
  /** When the proving token expires (ms since the epoch); set by token verification. */
  readonly expiresAt?: number;
  /**
   * The sign-in session (refresh-token family) the proving token was issued in, its `sid` claim:
   * revoking the session ends the sockets that authenticated with it.
   */
  readonly sessionId?: string;
};
