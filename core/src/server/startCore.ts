import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { createAgentAccess } from '../api/access/createAgentAccess.js';
import { createSupervisionScope } from '../api/access/createSupervisionScope.js';
import type { AnyApiRoute } from '../api/ApiRoute.js';
import { defineRoute } from '../api/ApiRoute.js';
import { buildOpenApiDocument } from '../api/buildOpenApiDocument.js';
import { agentRoutes } from '../api/routes/agentRoutes.js';
import { authRoutes } from '../api/routes/authRoutes.js';
import { configRoutes } from '../api/routes/configRoutes.js';
import { buddyRoutes } from '../api/routes/buddyRoutes.js';
import { interactionRoutes } from '../api/routes/interactionRoutes.js';
import { simulatorRoutes } from '../api/routes/simulatorRoutes.js';
import { supervisorRoutes } from '../api/routes/supervisorRoutes.js';
import { tenantRoutes } from '../api/routes/tenantRoutes.js';
import { createAuthService } from '../auth/createAuthService.js';
import { createRefreshTokens } from '../auth/createRefreshTokens.js';
import { createTokenSigner } from '../auth/createTokenSigner.js';
import { DEFAULT_EVENT_RETENTION_DAYS, type CoreConfig } from '../config/loadCoreConfig.js';
import { createConfigService } from '../service/config/createConfigService.js';
import { toRuntimeConfig } from '../service/config/toRuntimeConfig.js';
import { createInteractionReader } from '../service/interactions/createInteractionReader.js';
import { startEventRetention } from '../service/retention/startEventRetention.js';
import { createContactCenterRuntime } from '../service/runtime/createContactCenterRuntime.js';
import { createSqliteStore } from '../store/createSqliteStore.js';
import { createSystemScheduler } from '../time/createSystemScheduler.js';
import type { Scheduler } from '../time/Scheduler.js';
import { createSimulatedTelephony } from '../voice/createSimulatedTelephony.js';
import { createCoreServer } from './createCoreServer.js';
import { DESKTOP_PAGE_PATH, type DesktopPageOptions } from './registerDesktopPage.js';
import { loadTokenSecret } from './loadTokenSecret.js';

/** A running core. */
export type RunningCore = {
  /** Base URL clients should use, e.g. `http://127.0.0.1:8080`. */
  readonly baseUrl: string;
  /** What the core serves, by name, for the start-up banner. */
  readonly endpoints: Readonly<Record<string, string>>;
  /** Set on the very first start when the admin password was generated: show it once. */
  readonly firstAdmin: { tenant: string; username: string; password: string } | undefined;
  /** Stops accepting requests, closes connections, stops timers, closes the store. Idempotent. */
  close(): Promise<void>;
};

export type StartCoreOptions = {
  config: CoreConfig;
  version: string;
  logger: FastifyBaseLogger;
  /** Injected for tests; default the system clock and timers. */
  scheduler?: Scheduler;
};

const BOOTSTRAP = { tenantId: 'default', tenantName: 'Default tenant', adminId: 'admin', adminName: 'Administrator' };

/**
 * Starts the embedded default in one process: SQLite store in the data directory, configuration,
 * the simulated telephony, the live runtime, the REST API with its token endpoint and OpenAPI
 * document, and the event WebSocket. The first start creates a `default` tenant with an admin.
 */
export async function startCore({
  config,
  version,
  logger,
  scheduler = createSystemScheduler(),
}: StartCoreOptions): Promise<RunningCore> {
  const store = createSqliteStore({ directory: config.dataDir, now: () => scheduler.now() });
  const configService = createConfigService({ store });
  const adminPassword = config.adminPassword ?? randomBytes(12).toString('base64url');
  const { created } = await configService.ensureBootstrap({ ...BOOTSTRAP, adminPassword });

  const reportError = (during: string) => (error: unknown) =>
    logger.error({ err: error, during }, 'background failure');
  const telephony = createSimulatedTelephony({ scheduler, onListenerError: reportError('telephony listener') });
  const runtimeConfig = toRuntimeConfig(configService);
  const runtime = createContactCenterRuntime({
    store,
    config: runtimeConfig,
    telephony,
    scheduler,
    onError: (error, during) => reportError(during)(error),
  });
  // Before serving anything: sessions and wrap-ups left by a process that did not close come back.
  const recovery = await runtime.recover();
  if (recovery.tenants > 0) logger.info({ recovery }, 'recovered live state from the previous run');
  const retention = startEventRetention({
    store,
    scheduler,
    listTenantIds: async () => (await configService.listTenants()).map((tenant) => tenant.id),
    retentionMs: (config.eventRetentionDays ?? DEFAULT_EVENT_RETENTION_DAYS) * 86_400_000,
    onError: (error, during) => reportError(during)(error),
    onTrimmed: (deleted) => logger.info({ deleted }, 'trimmed events past their retention'),
  });
  const signer = createTokenSigner({
    secret: loadTokenSecret(config.dataDir, config.tokenSecret),
    issuer: 'patchbay-core',
    accessTokenSeconds: config.tokenTtlSeconds,
    scheduler,
  });
  const auth = createAuthService({
    signer,
    refreshTokens: createRefreshTokens({ store, scheduler }),
    verifyCredentials: (tenantId, login, password) => configService.verifyPassword(tenantId, login, password),
    getUser: (tenantId, userId) => runtimeConfig.getUser(tenantId, userId),
  });
  const access = createAgentAccess({
    getUser: (tenantId, userId) => runtimeConfig.getUser(tenantId, userId),
    getTeam: async (tenantId, teamId) =>
      (await configService.list(tenantId, 'teams')).find((team) => team.id === teamId),
  });

  const routes: AnyApiRoute[] = [
    ...authRoutes(auth),
    ...configRoutes(configService),
    ...tenantRoutes(configService, { operatorTenantId: BOOTSTRAP.tenantId }),
    ...agentRoutes(runtime, access),
    ...buddyRoutes(runtime, (tenantId, userId) => runtimeConfig.getUser(tenantId, userId)),
    ...supervisorRoutes(runtime, configService),
    ...simulatorRoutes(telephony),
    ...interactionRoutes(createInteractionReader(store), createSupervisionScope(configService)),
  ];
  const openApi = buildOpenApiDocument(routes, { version, serverUrl: '/' });
  routes.push(
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      summary: 'This document',
      tag: 'meta',
      scope: 'public',
      handler: () => Promise.resolve({ body: openApi }),
    }),
  );

  const desktop = desktopPageOptions(config, logger);
  const app = await createCoreServer({
    version,
    logger,
    api: { auth, routes, events: { auth, runtime, access, scheduler } },
    ...(desktop ? { desktop } : {}),
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await retention.stop();
    await runtime.close();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = displayHost(config.host);
  const baseUrl = `http://${host}:${port}`;
  // Idempotent: Ctrl-C and a test's cleanup may both ask.
  let closing: Promise<void> | undefined;
  return {
    baseUrl,
    endpoints: {
      Health: `${baseUrl}/health`,
      'API (OpenAPI)': `${baseUrl}/openapi.json`,
      Tokens: `${baseUrl}/oauth/token`,
      Events: `ws://${host}:${port}/api/v1/events`,
      ...(desktop ? { Desktop: `${baseUrl}${DESKTOP_PAGE_PATH}` } : {}),
    },
    firstAdmin:
      created && !config.adminPassword
        ? { tenant: BOOTSTRAP.tenantId, username: BOOTSTRAP.adminId, password: adminPassword }
        : undefined,
    close: () => {
      closing ??= (async () => {
        await app.close();
        await retention.stop();
        await runtime.close();
        await store.close();
      })();
      return closing;
    },
  };
}

/** The desktop page's options, when the config names a built desktop; a missing build is reported. */
function desktopPageOptions(config: CoreConfig, logger: FastifyBaseLogger): DesktopPageOptions | undefined {
  if (config.desktopDir === undefined) return undefined;
  if (!existsSync(join(config.desktopDir, 'patchbay-desktop-page.js'))) {
    logger.warn({ desktopDir: config.desktopDir }, 'no built desktop there (npm run build); the desktop is not served');
    return undefined;
  }
  return { directory: config.desktopDir, shellOrigins: config.desktopShellOrigins ?? [] };
}

// A wildcard listen address is not something a browser can open; show loopback instead.
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
