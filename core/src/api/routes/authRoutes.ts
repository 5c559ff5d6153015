import type { AuthService } from '../../auth/createAuthService.js';
import { revocationRequestSchema } from '../../auth/revocationRequestSchema.js';
import { tokenRequestSchema } from '../../contract/index.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/**
 * The token endpoints of the embedded default. Integrations sign in with a user's password (or a
 * dedicated integration user), keep going with the rotating refresh token, and sign out by
 * revoking it; see core/README.md.
 */
export function authRoutes(auth: AuthService): AnyApiRoute[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/oauth/token',
      summary: 'Get an access token (password or refresh_token grant; JSON or form-encoded)',
      tag: 'auth',
      scope: 'public',
      body: tokenRequestSchema,
      handler: async ({ body }) => ({ body: await auth.grant(body) }),
    }),
    // Public: the token in the body is the credential (RFC 7009 §2.1 leaves client authentication
    // to clients that have credentials, and the core's clients have none).
    defineRoute({
      method: 'POST',
      path: '/oauth/revoke',
      summary:
        'Sign out (RFC 7009): revoke a refresh token and its whole rotation chain, or the session of an access ' +
        'token; 200 with no body, also for unknown or already revoked tokens (JSON or form-encoded)',
      tag: 'auth',
      scope: 'public',
      body: revocationRequestSchema,
      handler: async ({ body }) => {
        await auth.revoke(body);
        return {};
      },
    }),
  ];
}
