import type { TokenRequest, TokenResponse, User } from '../contract/index.js';
import { AuthError } from './AuthError.js';
import type { IssuedRefreshToken, RefreshSession, RefreshTokens } from './createRefreshTokens.js';
import type { TokenSigner } from './createTokenSigner.js';
import type { Principal } from './Principal.js';
import type { RevocationRequest } from './revocationRequestSchema.js';
import { scopesForRoles } from './scopes.js';

export type AuthServiceOptions = {
  signer: TokenSigner;
  refreshTokens: RefreshTokens;
  /** The user whose login (id or email) and password match, else undefined. */
  verifyCredentials(tenantId: string, login: string, password: string): Promise<User | undefined>;
  getUser(tenantId: string, userId: string): Promise<User | undefined>;
};

/** Issues tokens at the token endpoint and authenticates API requests. */
export type AuthService = {
  grant(request: TokenRequest): Promise<TokenResponse>;
  /**
   * Ends a sign-in session (RFC 7009). A refresh token revokes its whole rotation chain; a live
   * access token revokes the chain of the session it was issued in (the access token itself stays
   * valid until it expires: it is a stateless JWT). Unknown, expired and already revoked tokens are
   * a no-op, as the RFC asks. Nothing else is needed: holding the token is the credential, and the
   * token names its own tenant and user, so no caller reaches another's tokens.
   */
  revoke(request: RevocationRequest): Promise<void>;
  /** Called after `revoke` ended a session, e.g. to close its event sockets. Returns a remover. */
  onSessionRevoked(listener: (session: RefreshSession) => void): () => void;
  /** The principal of an `Authorization: Bearer <token>` header value; UNAUTHENTICATED otherwise. */
  authenticate(authorization: string | undefined): Promise<Principal>;
};

/**
 * The embedded default's token service. A password grant checks the user's credentials; a refresh
 * grant rotates the refresh token and re-reads the user, so removed users and changed roles take
 * effect at the next refresh (access tokens are short-lived for that reason).
 */
export function createAuthService(options: AuthServiceOptions): AuthService {
  const { signer, refreshTokens } = options;
  const revokedListeners = new Set<(session: RefreshSession) => void>();

  const tokensFor = async (user: User, refresh: IssuedRefreshToken): Promise<TokenResponse> => {
    const principal: Principal = {
      tenantId: refresh.tenantId,
      userId: user.id,
      roles: user.roles,
      scopes: scopesForRoles(user.roles),
      sessionId: refresh.sessionId,
    };
    const access = await signer.sign(principal);
    return {
      access_token: access.token,
      token_type: 'Bearer',
      expires_in: access.expiresIn,
      refresh_token: refresh.token,
      scope: principal.scopes.join(' '),
      tenant_id: refresh.tenantId,
      user_id: user.id,
    };
  };

  // A live access token names its session; one that is expired, forged or not a JWT names none.
  const revokeSessionOfAccessToken = async (token: string): Promise<RefreshSession | undefined> => {
    let principal: Principal;
    try {
      principal = await signer.verify(token);
    } catch (error) {
      if (error instanceof AuthError) return undefined;
      throw error;
    }
    const { tenantId, userId, sessionId } = principal;
    if (sessionId === undefined) return undefined;
    const session = { tenantId, userId, sessionId };
    await refreshTokens.revokeSession(session);
    return session;
  };

  return {
    async grant(request) {
      if (request.grant_type === 'password') {
        const user = await options.verifyCredentials(request.tenant, request.username, request.password);
        if (!user) throw new AuthError('INVALID_CREDENTIALS', 'wrong tenant, user name or password');
        return tokensFor(user, await refreshTokens.issue({ tenantId: request.tenant, userId: user.id }));
      }
      const rotated = await refreshTokens.rotate(request.refresh_token);
      const user = await options.getUser(rotated.tenantId, rotated.userId);
      if (!user) {
        await refreshTokens.revokeUser(rotated);
        throw new AuthError('UNAUTHENTICATED', 'user no longer exists');
      }
      return tokensFor(user, rotated);
    },

    // The hint is not needed: `revoke` of a non-`pbr.` token is a no-op without a store read.
    async revoke({ token }) {
      const session = (await refreshTokens.revoke(token)) ?? (await revokeSessionOfAccessToken(token));
      if (!session) return;
      for (const listener of [...revokedListeners]) listener(session);
    },

    onSessionRevoked(listener) {
      revokedListeners.add(listener);
      return () => revokedListeners.delete(listener);
    },

    async authenticate(authorization) {
      const match = /^Bearer ([\w.-]+)$/.exec(authorization ?? '');
      if (!match?.[1]) throw new AuthError('UNAUTHENTICATED', 'missing bearer token');
      return signer.verify(match[1]);
    },
  };
}
