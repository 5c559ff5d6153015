import { createCoreClient } from '@patchbay/core-bridge/client';
import { connectShell, type ShellLink } from '@patchbay/core-bridge/desktop';
import { createDesktopController } from '../controller/createDesktopController.js';
import { createRefreshTokenStore } from '../controller/createRefreshTokenStore.js';
import type { DesktopController } from '../controller/DesktopController.js';
import { defineDesktopElements } from '../components/defineDesktopElements.js';
import type { PatchbayDesktop } from '../components/PatchbayDesktop.js';
import { parseDesktopPageConfig } from './DesktopPageConfig.js';
import { canSharePageStorage, readPageStorage } from './readPageStorage.js';
import { startPageWidget, type PageWidget } from './startPageWidget.js';

/** The page's host: the browser window in production, a test's window otherwise. */
export type DesktopPageHost = Window & typeof globalThis;

/** What a started page holds, for tests and for the headless widget that runs beside it. */
export type DesktopPage = {
  readonly controller: DesktopController;
  /** The link to the CRM shell, when the page is embedded by an allowed shell. */
  readonly shell: ShellLink | undefined;
  /** The headless widget beside the desktop: with a shell link, unless its policy was refused. */
  readonly widget: PageWidget | undefined;
};

/**
 * Starts the desktop page the core serves at `/desktop/`: the typed client against the core that
 * served the page, the session kept in `sessionStorage` (per tab: tabs sharing a refresh token would
 * revoke each other), and, when the page is framed by a CRM shell whose origin is allowed, the
 * bridge to it. The shell names its origin with `?shellOrigin=`, and the browser's
 * `ancestorOrigins`, when it has them, must agree. With a shell, the headless widget runs beside
 * the desktop while an agent is signed in, making the CRM calls the config's `widgetPolicy` asks for.
 */
export function startDesktopPage(host: DesktopPageHost): DesktopPage {
  const config = parseDesktopPageConfig(host.document.getElementById('patchbay-config')?.textContent);
  const tokenStore = createRefreshTokenStore(readPageStorage(() => host.sessionStorage));
  const client = createCoreClient({ baseUrl: host.location.origin, onTokens: tokenStore.save });
  const shell = connectToShell(host, config.shellOrigins);
  const controller = createDesktopController({ client, tokenStore, ...(shell ? { bridge: shell } : {}) });
  defineDesktopElements(host.customElements);
  const element = host.document.querySelector<PatchbayDesktop>('patchbay-desktop');
  if (!element) throw new Error('the desktop page has no <patchbay-desktop> element');
  // The desktop first: the widget is an add-on, and whatever befalls it must not cost the agent the page.
  element.controller = controller;
  const widget = shell
    ? startPageWidget({
        host,
        controller,
        client,
        shell,
        policy: config.widgetPolicy,
        sharedStorage: canSharePageStorage(() => host.sessionStorage),
        now: () => host.Date.now(),
        random: () => host.Math.random(),
      })
    : undefined;
  return { controller, shell, widget };
}

function connectToShell(host: DesktopPageHost, shellOrigins: readonly string[]): ShellLink | undefined {
  const framed = host.parent !== host.self;
  const explicit = new URL(host.location.href).searchParams.get('shellOrigin') ?? undefined;
  if (!framed || shellOrigins.length === 0 || explicit === undefined) return undefined;
  return connectShell({
    window: host,
    shellWindow: () => host.parent,
    allowedOrigins: shellOrigins,
    shellOriginSources: { explicit, ancestorOrigins: host.location.ancestorOrigins },
    // The desktop offers the shell nothing yet: click-to-dial arrives as an event.
    implementation: {},
  });
}
