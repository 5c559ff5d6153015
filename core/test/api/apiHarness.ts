import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { createAuthService, type AuthService } from '../../src/auth/createAuthService.js';
import { createRefreshTokens } from '../../src/auth/createRefreshTokens.js';
import { createTokenSigner } from '../../src/auth/createTokenSigner.js';
import { createLogger } from '../../src/server/createLogger.js';
import type { User } from '../../src/contract/index.js';
import { createMemoryStore } from '../../src/store/createMemoryStore.js';
import type { AnyApiRoute } from '../../src/api/ApiRoute.js';
import { registerApiRoutes } from '../../src/api/registerApiRoutes.js';
import { authRoutes } from '../../src/api/routes/authRoutes.js';
import { ManualScheduler } from '../support/ManualScheduler.js';

export const users: Record<string, { user: User; password: string }> = {
  ada: {
    user: {
      id: 'ada',
      name: 'Ada',
      roles: ['agent'],
      teamId: 't1',
      skills: {},
      supervisedSiteIds: [],
      supervisedTeamIds: [],
    },
    password: 'correct horse battery',
  },
  root: {
    user: { id: 'root', name: 'Root', roles: ['admin'], skills: {}, supervisedSiteIds: [], supervisedTeamIds: [] },
    password: 'admin password 123',
  },
};

/**
 * A Fastify app with the real auth service (tokens signed and refresh tokens stored in a memory
 * store) and a fixed user table in tenant `acme`, plus whatever routes a test adds.
 */
export async function startApiHarness(extraRoutes: (auth: AuthService) => AnyApiRoute[] = () => []) {
  const scheduler = new ManualScheduler(Date.now());
  const store = createMemoryStore();
  const signer = createTokenSigner({ secret: new Uint8Array(32).fill(1), issuer: 'http://test', scheduler });
  const auth = createAuthService({
    signer,
    refreshTokens: createRefreshTokens({ store, scheduler }),
    verifyCredentials: (tenantId, login, password) =>
      Promise.resolve(tenantId === 'acme' && users[login]?.password === password ? users[login].user : undefined),
    getUser: (tenantId, userId) => Promise.resolve(tenantId === 'acme' ? users[userId]?.user : undefined),
  });
  const logger: FastifyBaseLogger = createLogger('silent');
  const app: FastifyInstance = Fastify({ loggerInstance: logger });
  await app.register(formbody);
  registerApiRoutes(app, [...authRoutes(auth), ...extraRoutes(auth)], auth);
  await app.ready();
  const tokenFor = async (login: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'password', tenant: 'acme', username: login, password: users[login]?.password ?? '' },
    });
    return response.json<{ access_token: string }>().access_token;
  };
  return { app, auth, scheduler, tokenFor };
}
