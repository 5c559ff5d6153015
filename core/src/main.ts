import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { ConfigError } from './config/ConfigError.js';
import { loadCoreConfig } from './config/loadCoreConfig.js';
import { formatBanner } from './formatBanner.js';
import { readPackageVersion } from './readPackageVersion.js';
import { createLogger } from './server/createLogger.js';
import { startCore } from './server/startCore.js';

// Entry point of `npm start`: the whole embedded default in one process.

/** Graceful shutdown budget; the promise to users is "stopped within 2 s". */
const SHUTDOWN_DELAY_MS = 1500;

/** The desktop's bundles in this repository, from `core/dist/main.js` (or `core/src/main.ts`). */
const BUILT_DESKTOP = new URL('../../desktop/dist/browser/', import.meta.url);

async function main(): Promise<void> {
  const loaded = loadCoreConfig(process.env);
  // `npm start` serves the desktop the same build made, unless DESKTOP_DIR points elsewhere.
  const config = { ...loaded, desktopDir: loaded.desktopDir ?? fileURLToPath(BUILT_DESKTOP) };
  const logger = createLogger(config.logLevel);
  const version = readPackageVersion();
  const core = await startCore({ config, version, logger });

  closeWithGrace({ delay: SHUTDOWN_DELAY_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'stopping after an unexpected error');
    else logger.info({ signal }, 'stopping');
    await core.close();
  });

  process.stdout.write(formatBanner(version, core.endpoints, core.firstAdmin));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : String(error instanceof Error ? error.stack : error);
  process.stderr.write(`Patchbay core failed to start: ${message}\n`);
  process.exitCode = 1;
});
