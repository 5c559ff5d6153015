import type { Browser } from 'playwright-core';
import { startFixtureServer, type FixtureFile } from '../startFixtureServer.js';
import { launchChromium, type LaunchChromiumOptions } from './launchChromium.js';

/** A Chromium instance plus the loopback server holding the pages it opens. */
export type BrowserFixture = {
  readonly browser: Browser;
  /** Origin of the fixture server, e.g. `http://127.0.0.1:43117`. */
  readonly origin: string;
  close(): Promise<void>;
};

/** Serves `files` on 127.0.0.1 and launches Chromium; call `close()` in `afterAll`. */
export async function startBrowserFixture(
  files: Readonly<Record<string, FixtureFile>>,
  options: LaunchChromiumOptions = {},
): Promise<BrowserFixture> {
  const server = await startFixtureServer(files);
  try {
    const browser = await launchChromium(options);
    return {
      browser,
      origin: server.origin,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
