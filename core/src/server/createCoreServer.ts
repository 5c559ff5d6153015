import formbody from '@fastify/formbody';
import websocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AnyApiRoute } from '../api/ApiRoute.js';
import { registerApiRoutes } from '../api/registerApiRoutes.js';
import { registerEventSocket, type EventSocketOptions } from '../api/registerEventSocket.js';
import type { AuthService } from '../auth/createAuthService.js';
import { registerDesktopPage, type DesktopPageOptions } from './registerDesktopPage.js';

export type CoreServerOptions = {
  /** Reported by `GET /health`. */
  version: string;
  logger: FastifyBaseLogger;
  /** The REST routes and the event socket; without them only `/health` is served. */
  api?: { auth: AuthService; routes: readonly AnyApiRoute[]; events: EventSocketOptions };
  /** The embedded desktop's page and bundles; without it no desktop is served. */
  desktop?: DesktopPageOptions;
};

/** The health answer: `ok` once the process serves requests. */
export type HealthResponse = { status: 'ok'; version: string };

/** Request bodies larger than this are refused (413): no API body comes close. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the core's HTTP application (not yet listening). */
export async function createCoreServer({ version, logger, api, desktop }: CoreServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    // Keep-alive sockets would otherwise hold `close()` open past the 2 s shutdown budget.
    forceCloseConnections: true,
    bodyLimit: BODY_LIMIT_BYTES,
    // Health probes arrive every few seconds from load balancers; logging each one buries the rest.
    logController: new LogController({ disableRequestLogging: (request) => request.url === '/health' }),
  });

  app.get('/health', (): HealthResponse => ({ status: 'ok', version }));

  if (api) {
    // OAuth clients send the token request form-encoded.
    await app.register(formbody);
    await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
    registerApiRoutes(app, api.routes, api.auth);
    registerEventSocket(app, api.events);
  }
  if (desktop) await registerDesktopPage(app, desktop);
  return app;
}
