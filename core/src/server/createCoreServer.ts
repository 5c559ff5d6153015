import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';

export type CoreServerOptions = {
  /** Reported by `GET /health`. */
  version: string;
  logger: FastifyBaseLogger;
};

/** The health answer: `ok` once the process serves requests. */
export type HealthResponse = { status: 'ok'; version: string };

/** Builds the core's HTTP application (not yet listening). */
export function createCoreServer({ version, logger }: CoreServerOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger,
    // Keep-alive sockets would otherwise hold `close()` open past the 2 s shutdown budget.
    forceCloseConnections: true,
    // Health probes arrive every few seconds from load balancers; logging each one buries the rest.
    logController: new LogController({ disableRequestLogging: (request) => request.url === '/health' }),
  });

  app.get('/health', (): HealthResponse => ({ status: 'ok', version }));

  return app;
}
