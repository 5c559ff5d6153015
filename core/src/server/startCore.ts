import type { Logger } from 'pino';
import type { CoreConfig } from '../config/loadCoreConfig.js';
import { createCoreServer } from './createCoreServer.js';

/** A running core. */
export type RunningCore = {
  /** Base URL clients should use, e.g. `http://127.0.0.1:8080`. */
  readonly baseUrl: string;
  /** What the core serves, by name, for the start-up banner. */
  readonly endpoints: Readonly<Record<string, string>>;
  /** Stops accepting requests, closes open connections and resolves when everything is released. */
  close(): Promise<void>;
};

export type StartCoreOptions = {
  config: CoreConfig;
  version: string;
  logger: Logger;
};

/** Starts the core on the configured host and port. */
export async function startCore({ config, version, logger }: StartCoreOptions): Promise<RunningCore> {
  const app = createCoreServer({ version, logger });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const baseUrl = `http://${displayHost(config.host)}:${port}`;
  return {
    baseUrl,
    endpoints: { Health: `${baseUrl}/health` },
    close: () => app.close(),
  };
}

// A wildcard listen address is not something a browser can open; show loopback instead.
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
