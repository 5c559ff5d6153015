import type { FixtureFile } from '../startFixtureServer.js';

/** The three ways the shell page reaches the desktop iframe that the bridge benchmark compares. */
export const BRIDGE_TRANSPORTS = ['bridge', 'penpal', 'channel'] as const;

/** One of {@link BRIDGE_TRANSPORTS}: our bridge, raw penpal, or raw postMessage over a MessageChannel. */
export type BridgeTransport = (typeof BRIDGE_TRANSPORTS)[number];

/**
 * What a shell page's `runBench` takes: where the desktop lives and how many calls to make. The
 * page adds the iframe itself, so every transport starts from the same empty page.
 */
export type BridgeBenchConfig = {
  desktopOrigin: string;
  warmUpCalls: number;
  measuredCalls: number;
  connectTimeoutMs: number;
};

/** What a shell page's `runBench` resolves with, measured with `performance.now()` inside the page. */
export type BridgeBenchFigures = {
  p50Ms: number;
  p99Ms: number;
  callsPerSecond: number;
  /** The smallest step `performance.now()` took: the quantum every latency sample is a multiple of. */
  timerResolutionMs: number;
};

const html = (body: string): FixtureFile => ({
  contentType: 'text/html',
  body: `<!doctype html>\n<html>\n  <body>\n${body}\n  </body>\n</html>\n`,
});

// Shared by the three shell pages: the same loop, the same statistics, the same frame set-up, so the
// transports differ only in what `call` does.
const measureModule = `
export function addDesktopFrame(desktopOrigin, path) {
  const frame = document.createElement('iframe');
  frame.src = desktopOrigin + path + '?shellOrigin=' + encodeURIComponent(location.origin);
  document.body.append(frame);
  return frame;
}

export function withTimeout(promise, ms, message) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message + ' within ' + ms + ' ms')), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

// Browsers coarsen performance.now() outside cross-origin isolation; report the step we got.
function timerResolution() {
  let smallest = Infinity;
  let last = performance.now();
  for (let steps = 0; steps < 200; ) {
    const now = performance.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
      steps++;
    }
  }
  return smallest;
}

// Sequential awaited calls: each starts when the previous answer arrived, so a sample is one round trip.
export async function measure(call, { warmUpCalls, measuredCalls }) {
  const answer = await call();
  if (JSON.stringify(answer) !== '{}') throw new Error('the no-op answered ' + JSON.stringify(answer));
  for (let i = 0; i < warmUpCalls; i++) await call();
  const samples = new Float64Array(measuredCalls);
  const started = performance.now();
  for (let i = 0; i < measuredCalls; i++) {
    const callStarted = performance.now();
    await call();
    samples[i] = performance.now() - callStarted;
  }
  const elapsedMs = performance.now() - started;
  samples.sort();
  const at = (p) => samples[Math.min(measuredCalls - 1, Math.floor((p / 100) * measuredCalls))];
  return {
    p50Ms: at(50),
    p99Ms: at(99),
    callsPerSecond: measuredCalls / (elapsedMs / 1000),
    timerResolutionMs: timerResolution(),
  };
}
`;

const bridgeShell = html(`    <script type="module">
      import { connectDesktop } from '/patchbay-bridge-shell.js';
      import { addDesktopFrame, measure, withTimeout } from '/measure.js';
      window.runBench = async (config) => {
        const frame = addDesktopFrame(config.desktopOrigin, '/bridge-desktop.html');
        const desktop = connectDesktop({
          window,
          desktopWindow: () => frame.contentWindow,
          desktopOrigin: config.desktopOrigin,
          implementation: {},
        });
        try {
          await withTimeout(desktop.ready(), config.connectTimeoutMs, 'our bridge did not connect');
          return await measure(() => desktop.call('focus', {}), config);
        } finally {
          desktop.destroy();
        }
      };
    </script>`);

const bridgeDesktop = html(`    <script type="module">
      import { connectShell } from '/patchbay-bridge-desktop.js';
      const shellOrigin = new URL(location.href).searchParams.get('shellOrigin');
      connectShell({
        window,
        shellWindow: () => window.parent,
        allowedOrigins: [shellOrigin],
        shellOriginSources: { explicit: shellOrigin },
        implementation: { focus: async () => ({}) },
      });
    </script>`);

// penpal.min.js is penpal's IIFE build: it defines the global \`Penpal\`.
const penpalShell = html(`    <script src="/penpal.min.js"></script>
    <script type="module">
      import { addDesktopFrame, measure, withTimeout } from '/measure.js';
      window.runBench = async (config) => {
        const frame = addDesktopFrame(config.desktopOrigin, '/penpal-desktop.html');
        const connection = Penpal.connect({
          messenger: new Penpal.WindowMessenger({
            remoteWindow: frame.contentWindow,
            allowedOrigins: [config.desktopOrigin],
          }),
          methods: {},
        });
        try {
          const remote = await withTimeout(connection.promise, config.connectTimeoutMs, 'raw penpal did not connect');
          return await measure(() => remote.focus({}), config);
        } finally {
          connection.destroy();
        }
      };
    </script>`);

const penpalDesktop = html(`    <script src="/penpal.min.js"></script>
    <script>
      const shellOrigin = new URL(location.href).searchParams.get('shellOrigin');
      Penpal.connect({
        messenger: new Penpal.WindowMessenger({ remoteWindow: window.parent, allowedOrigins: [shellOrigin] }),
        methods: { focus: async () => ({}) },
      });
    </script>`);

// The floor: one port handed over once, then bare request/response messages matched by id.
const channelShell = html(`    <script type="module">
      import { addDesktopFrame, measure, withTimeout } from '/measure.js';
      window.runBench = async (config) => {
        const frame = addDesktopFrame(config.desktopOrigin, '/channel-desktop.html');
        const ready = new Promise((resolve) => {
          const onMessage = (event) => {
            if (event.origin !== config.desktopOrigin || event.source !== frame.contentWindow) return;
            if (event.data?.type !== 'ready') return;
            window.removeEventListener('message', onMessage);
            resolve();
          };
          window.addEventListener('message', onMessage);
        });
        await withTimeout(ready, config.connectTimeoutMs, 'the MessageChannel desktop did not say ready');
        const channel = new MessageChannel();
        const pending = new Map();
        let nextId = 0;
        channel.port1.onmessage = (event) => {
          const resolve = pending.get(event.data.id);
          pending.delete(event.data.id);
          resolve?.(event.data.result);
        };
        frame.contentWindow.postMessage({ type: 'port' }, config.desktopOrigin, [channel.port2]);
        const call = (method, params) =>
          new Promise((resolve) => {
            const id = nextId++;
            pending.set(id, resolve);
            channel.port1.postMessage({ id, method, params });
          });
        try {
          return await measure(() => call('focus', {}), config);
        } finally {
          channel.port1.close();
        }
      };
    </script>`);

const channelDesktop = html(`    <script>
      const shellOrigin = new URL(location.href).searchParams.get('shellOrigin');
      window.addEventListener('message', (event) => {
        if (event.origin !== shellOrigin || event.source !== window.parent || event.data?.type !== 'port') return;
        const [port] = event.ports;
        port.onmessage = (message) => port.postMessage({ id: message.data.id, result: {} });
      });
      window.parent.postMessage({ type: 'ready' }, shellOrigin);
    </script>`);

/** The built bundles the pages load; the benchmark reads them from disk once and sizes them too. */
export type BridgeBenchBundles = {
  shell: FixtureFile;
  desktop: FixtureFile;
  penpal: FixtureFile;
};

/**
 * Every file the bridge benchmark's fixture server holds. Both origins (127.0.0.1 for the shell,
 * localhost for the desktop) are the same server, so each page is reachable from either; the
 * benchmark opens `/<transport>-shell.html` on one and the page frames `/<transport>-desktop.html`
 * from the other.
 */
export function bridgeBenchmarkPages(bundles: BridgeBenchBundles): Record<string, FixtureFile> {
  return {
    '/measure.js': { contentType: 'text/javascript', body: measureModule },
    '/patchbay-bridge-shell.js': bundles.shell,
    '/patchbay-bridge-desktop.js': bundles.desktop,
    '/penpal.min.js': bundles.penpal,
    '/bridge-shell.html': bridgeShell,
    '/bridge-desktop.html': bridgeDesktop,
    '/penpal-shell.html': penpalShell,
    '/penpal-desktop.html': penpalDesktop,
    '/channel-shell.html': channelShell,
    '/channel-desktop.html': channelDesktop,
  };
}
