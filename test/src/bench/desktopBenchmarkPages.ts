import type { FixtureFile } from '../startFixtureServer.js';

/**
 * The CRM shell of the desktop benchmark (`/shell.html?core=<origin>`): it frames the desktop page
 * the core serves and records,
 * for each screen pop it receives over the bridge, when it arrived (epoch ms at sub-ms resolution,
 * comparable with the desktop frame's clock in the same browser).
 */
export function desktopBenchmarkPages(shellBundle: FixtureFile): Record<string, FixtureFile> {
  const shellScript = `
import { connectDesktop } from '/patchbay-bridge-shell.js';

// The core's origin comes in the page's query: the core starts after this page's server.
const desktopOrigin = new URL(location.href).searchParams.get('core');
const frame = document.createElement('iframe');
frame.style.width = '360px';
frame.style.height = '560px';
frame.src = desktopOrigin + '/desktop/?shellOrigin=' + encodeURIComponent(location.origin);
document.body.append(frame);

globalThis.pops = [];
connectDesktop({
  window,
  desktopWindow: () => frame.contentWindow,
  desktopOrigin,
  implementation: {
    screenPop: (params) => {
      globalThis.pops.push({ interactionId: params.interactionId, at: performance.timeOrigin + performance.now() });
      return Promise.resolve({ outcome: 'noMatch', records: [] });
    },
    saveActivity: (params) => Promise.resolve({ activityId: 'a-' + params.idempotencyKey, created: true }),
    setClickToDialEnabled: () => Promise.resolve({}),
  },
});
`;
  return {
    '/shell.html': {
      contentType: 'text/html',
      body: `<!doctype html>\n<html>\n  <body>\n    <script type="module" src="/shell.js"></script>\n  </body>\n</html>\n`,
    },
    '/shell.js': { contentType: 'text/javascript', body: shellScript },
    '/patchbay-bridge-shell.js': shellBundle,
  };
}

/**
 * Runs in the desktop frame before its scripts: notes when each `contact.offered` frame reaches
 * the page's WebSocket, on the same clock the shell uses. The page's own listeners run after this
 * one, so the note is taken before the desktop does anything with the offer.
 */
export function recordOfferArrivals(coreOrigin: string): void {
  // This runs in the browser; the test package's types are Node's, so the page's globals are named here.
  type PageSocket = { addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void };
  type PageScope = {
    location: { origin: string };
    WebSocket: new (url: string | URL, protocols?: string | string[]) => PageSocket;
    offerArrivals: Record<string, number>;
  };
  const scope = globalThis as unknown as PageScope;
  if (scope.location.origin !== coreOrigin) return;
  const arrivals: Record<string, number> = {};
  scope.offerArrivals = arrivals;
  const Native = scope.WebSocket;
  scope.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event) => {
        const at = performance.timeOrigin + performance.now();
        if (typeof event.data !== 'string' || !event.data.includes('"contact.offered"')) return;
        const frame = JSON.parse(event.data) as { event?: { event?: { contact?: { interactionId?: string } } } };
        const interactionId = frame.event?.event?.contact?.interactionId;
        if (interactionId !== undefined) arrivals[interactionId] = at;
      });
    }
  };
}
