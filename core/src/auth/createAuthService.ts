import type { TokenRequest, TokenResponse, User } from '../contract/index.js';
import { AuthError } from './AuthError.js';
import type { RefreshTokens } from './createRefreshTokens.js';
import type { TokenSigner } from './createTokenSigner.js';
import type { Principal } from './Principal.js';
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

  const tokensFor = async (tenantId: string, user: User, refreshToken: string): Promise<TokenResponse> => {
    const principal: Principal = { tenantId, userId: user.id, roles: user.roles, scopes: scopesForRoles(user.roles) };
    const access = await signer.sign(principal);
    return {
      access_token: access.token,
      token_type: 'Bearer',
      expires_in: access.expiresIn,
      refresh_token: refreshToken,
      scope: principal.scopes.join(' '),
      tenant_id: tenantId,
      user_id: user.id,
    };
  };

  return {
    async grant(request) {
      if (request.grant_type === 'password') {
        const user = await options.verifyCredentials(request.tenant, request.username, request.password);
        if (!user) throw new AuthError('INVALID_CREDENTIALS', 'wrong tenant, user name or password');
        const refreshToken = await refreshTokens.issue({ tenantId: request.tenant, userId: user.id });
        return tokensFor(request.tenant, user, refreshToken);
      }
      const rotated = await refreshTokens.rotate(request.refresh_token);
      const user = await options.getUser(rotated.tenantId, rotated.userId);
      if (!user) {
        await refreshTokens.revokeUser(rotated);
        throw new AuthError('UNAUTHENTICATED', 'user no longer exists');
      }
      return tokensFor(rotated.tenantId, user, rotated.token);
    },

    async authenticate(authorization) {
      const match = /^Bearer ([\w.-]+)$/.exec(authorization ?? '');
      if (!match?.[1]) throw new AuthError('UNAUTHENTICATED', 'missing bearer token');
      return signer.verify(match[1]);
    },
  };
}
