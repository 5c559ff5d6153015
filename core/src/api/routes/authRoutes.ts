import type { AuthService } from '../../auth/createAuthService.js';
import { tokenRequestSchema } from '../../contract/index.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/**
 * The token endpoint of the embedded default. Integrations sign in with a user's password (or a
 * dedicated integration user) and keep going with the rotating refresh token; see core/README.md.
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
  ];
}
