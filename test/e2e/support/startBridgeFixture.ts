import { launchChromium, readBrowserBundle, startFixtureServer, type FixtureServer } from '@patchbay/test';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { bridgeDriver, type DesktopDriver, type ShellDriver } from './bridgeDriver.js';
import { desktopPageHtml, shellPageHtml } from './bridgePageHtml.js';
import { evilPageHtml } from './evilPageHtml.js';

/** A shell page and its desktop frame, both connected. */
export type OpenBridge = {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly shell: ShellDriver;
  readonly desktop: DesktopDriver;
  /** Uncaught errors of the page and its frames. */
  readonly pageErrors: Error[];
  readonly close: () => Promise<void>;
};

/** Two loopback servers, Chromium, and the three origins of the bridge suites. */
export type BridgeFixture = {
  readonly browser: Browser;
  /** The shell's origin, `http://127.0.0.1:<port>`. */
  readonly shellOrigin: string;
  /** The desktop's origin: the same server as `http://localhost:<port>`. */
  readonly desktopOrigin: string;
  /** A third origin, `http://127.0.0.1:<another port>`, serving `/evil.html`. */
  readonly evilOrigin: string;
  /** Opens `shell.html` with `query` in a fresh context and waits until both links are healthy. */
  openBridge(query?: Readonly<Record<string, string>>): Promise<OpenBridge>;
  readonly close: () => Promise<void>;
};

/**
 * Serves the shell and desktop pages with the bridge's browser bundles on one loopback port (the
 * desktop reached through `localhost`, so the two are different origins and, under site isolation,
 * different renderer processes), the third origin's page on another, and launches Chromium with
 * `localhost` resolved to the loopback address the servers listen on.
 */
export async function startBridgeFixture(): Promise<BridgeFixture> {
  const servers: FixtureServer[] = [];
  try {
    const bridgeServer = await startFixtureServer({
      '/shell.html': { contentType: 'text/html', body: shellPageHtml() },
      '/desktop.html': { contentType: 'text/html', body: desktopPageHtml() },
      '/bridge-shell.js': readBrowserBundle('core-bridge', 'patchbay-bridge-shell'),
      '/bridge-desktop.js': readBrowserBundle('core-bridge', 'patchbay-bridge-desktop'),
    });
    servers.push(bridgeServer);
    const evilServer = await startFixtureServer({ '/evil.html': { contentType: 'text/html', body: evilPageHtml() } });
    servers.push(evilServer);
    const browser = await launchChromium({ hostResolverRules: 'MAP localhost 127.0.0.1' });
    const shellOrigin = bridgeServer.origin;
    const desktopOrigin = shellOrigin.replace('127.0.0.1', 'localhost');
    return {
      browser,
      shellOrigin,
      desktopOrigin,
      evilOrigin: evilServer.origin,
      openBridge: async (query = {}) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const pageErrors: Error[] = [];
        page.on('pageerror', (error) => pageErrors.push(error));
        await page.goto(`${shellOrigin}/shell.html?${new URLSearchParams(query).toString()}`);
        const shell: ShellDriver = bridgeDriver(page.mainFrame());
        await shell.untilHealthy();
        const desktop: DesktopDriver = bridgeDriver(await frameAt(page, `${desktopOrigin}/desktop.html`));
        await desktop.untilHealthy();
        return { context, page, shell, desktop, pageErrors, close: () => context.close() };
      },
      close: async () => {
        await browser.close();
        await Promise.all(servers.map((server) => server.close()));
      },
    };
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
}

/** The frame of `page` whose URL starts with `prefix`, once it is there. */
export async function frameAt(page: Page, prefix: string): Promise<Frame> {
  for (;;) {
    const found = page.frames().find((frame) => frame.url().startsWith(prefix));
    if (found) return found;
    await page.waitForEvent('framenavigated');
  }
}
