import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { startBrowserFixture } from '../browser/startBrowserFixture.js';
import { readBrowserBundle } from '../readBrowserBundle.js';
import type { FixtureFile } from '../startFixtureServer.js';
import type { Benchmark, BenchmarkRow } from './Benchmark.js';
import { formatBundleSize } from './formatBundleSize.js';
import { withDeadline } from './withDeadline.js';
import {
  BRIDGE_TRANSPORTS,
  bridgeBenchmarkPages,
  type BridgeBenchConfig,
  type BridgeBenchFigures,
  type BridgeTransport,
} from './bridgeBenchmarkPages.js';

const WARM_UP_CALLS = 500;
const MEASURED_CALLS = 5_000;
const CONNECT_TIMEOUT_MS = 15_000;
/** For one transport's page: load, connect, warm up and measure. A healthy run takes a few seconds. */
const TRANSPORT_TIMEOUT_MS = 120_000;

const TRANSPORT_LABELS: Record<BridgeTransport, string> = {
  bridge: 'our bridge (connectDesktop → connectShell)',
  penpal: 'raw penpal 7 (connect + WindowMessenger)',
  channel: 'raw postMessage over a MessageChannel',
};

const TRANSPORT_ANCHORS: Record<BridgeTransport, string> = {
  bridge: 'target ≤ 1.3× raw penpal (row below)',
  penpal: 'reference: penpal moves to a MessagePort after its handshake',
  channel: 'floor: one port, bare request/response with an id',
};

/**
 * The shell/desktop bridge in a real browser: a no-op call (`focus`) from a CRM shell page to the
 * desktop iframe on another origin, through our bridge, through raw penpal and through a bare
 * MessageChannel, all in one Chromium run; plus the min+gzip size of both bridge bundles.
 */
export const bridgeBenchmark: Benchmark = {
  name: 'bridge round trip and bundle sizes',
  async run() {
    const bundles = {
      shell: readBrowserBundle('core-bridge', 'patchbay-bridge-shell'),
      desktop: readBrowserBundle('core-bridge', 'patchbay-bridge-desktop'),
      penpal: readPenpalMin(),
    };
    const fixture = await startBrowserFixture(bridgeBenchmarkPages(bundles), {
      // The desktop's origin: the same server under another host name, hence another origin and site.
      hostResolverRules: 'MAP localhost 127.0.0.1',
    });
    try {
      const desktopUrl = new URL(fixture.origin);
      desktopUrl.hostname = 'localhost';
      const config: BridgeBenchConfig = {
        desktopOrigin: desktopUrl.origin,
        warmUpCalls: WARM_UP_CALLS,
        measuredCalls: MEASURED_CALLS,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      };
      const figures = {} as Record<BridgeTransport, BridgeBenchFigures>;
      for (const transport of BRIDGE_TRANSPORTS) {
        process.stderr.write(`  ${TRANSPORT_LABELS[transport]}…\n`);
        figures[transport] = await measureTransport(fixture.browser, fixture.origin, transport, config);
      }
      return [...latencyRows(figures), ...sizeRows(bundles)];
    } finally {
      await fixture.close();
    }
  },
};

/** penpal's own minified IIFE build, from the copy core-bridge depends on. */
function readPenpalMin(): FixtureFile {
  const require = createRequire(new URL('../../../core-bridge/package.json', import.meta.url));
  const path = join(dirname(require.resolve('penpal')), 'penpal.min.js');
  return { contentType: 'text/javascript', body: readFileSync(path) };
}

/** Opens the transport's shell page in a fresh context and runs its in-page measurement. */
async function measureTransport(
  browser: Browser,
  shellOrigin: string,
  transport: BridgeTransport,
  config: BridgeBenchConfig,
): Promise<BridgeBenchFigures> {
  const context = await browser.newContext();
  // What went wrong inside the pages (either frame), for the error when the run fails.
  const problems: string[] = [];
  try {
    await context.route('**/*', isolateCrossOrigin);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const run = async () => {
      await page.goto(`${shellOrigin}/${transport}-shell.html`, { timeout: CONNECT_TIMEOUT_MS });
      await page.waitForFunction(() => 'runBench' in globalThis, undefined, { timeout: CONNECT_TIMEOUT_MS });
      return page.evaluate(
        (pageConfig) =>
          (globalThis as unknown as { runBench(config: BridgeBenchConfig): Promise<unknown> }).runBench(pageConfig),
        config,
      );
    };
    const result = await withDeadline(run(), TRANSPORT_TIMEOUT_MS, `${TRANSPORT_LABELS[transport]} did not finish`);
    return checkFigures(result);
  } catch (error) {
    const detail = problems.length > 0 ? ` (page said: ${problems.join(' | ')})` : '';
    throw new Error(`bridge benchmark, ${TRANSPORT_LABELS[transport]}: ${describe(error)}${detail}`, { cause: error });
  } finally {
    await context.close();
  }
}

/**
 * Outside cross-origin isolation Chromium rounds `performance.now()` to 100 µs, coarser than the
 * gaps being measured (a MessagePort round trip is ~0.2 ms). The fixture server sets no headers,
 * so the browser context adds COOP/COEP (and CORP, which lets the cross-origin iframe load under
 * COEP) to every response; that brings the step to 5 µs and changes nothing about how messages
 * travel (throughput was the same with and without).
 */
async function isolateCrossOrigin(route: Route): Promise<void> {
  try {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'cross-origin',
      },
    });
  } catch {
    // A failed load shows in the page as a network error (and then a timeout with its reason);
    // thrown here, it would end the whole process instead. The route may already be gone.
    await route.abort().catch(() => undefined);
  }
}

/** The page's answer is untyped data: check it before it becomes a figure. */
function checkFigures(value: unknown): BridgeBenchFigures {
  const figures = value as Partial<Record<keyof BridgeBenchFigures, unknown>> | null;
  const keys = ['p50Ms', 'p99Ms', 'callsPerSecond', 'timerResolutionMs'] as const;
  if (figures && keys.every((key) => typeof figures[key] === 'number' && Number.isFinite(figures[key]))) {
    return figures as BridgeBenchFigures;
  }
  throw new Error(`the page answered ${JSON.stringify(value)} instead of figures`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')} calls/s`;
const ratio = (value: number) => `${value.toFixed(2)}×`;

function latencyRows(figures: Record<BridgeTransport, BridgeBenchFigures>): BenchmarkRow[] {
  const resolution = Math.max(...BRIDGE_TRANSPORTS.map((transport) => figures[transport].timerResolutionMs));
  const calls = `${MEASURED_CALLS.toLocaleString('en-US')} sequential calls after ${WARM_UP_CALLS} warm-up`;
  const rows: BenchmarkRow[] = BRIDGE_TRANSPORTS.map((transport) => ({
    figure: `no-op call p50 / p99, calls/s: ${TRANSPORT_LABELS[transport]}`,
    measured: `${ms(figures[transport].p50Ms)} / ${ms(figures[transport].p99Ms)}, ${perSecond(figures[transport].callsPerSecond)}`,
    anchor: TRANSPORT_ANCHORS[transport],
  }));
  const ours = figures.bridge;
  const penpal = figures.penpal;
  rows.push({
    figure: 'our overhead vs raw penpal: p50 ratio, calls/s ratio (penpal ÷ ours)',
    measured: `${ratio(ours.p50Ms / penpal.p50Ms)} p50, ${ratio(penpal.callsPerSecond / ours.callsPerSecond)} calls/s`,
    anchor: 'target ≤ 1.3×',
  });
  rows.push({
    figure: `set-up: shell 127.0.0.1, desktop iframe localhost (cross-site); ${calls}`,
    measured: `timer step ${ms(resolution)}`,
    anchor: 'p50/p99 are multiples of the timer step; calls/s is not',
  });
  return rows;
}

function sizeRows(bundles: { shell: FixtureFile; desktop: FixtureFile; penpal: FixtureFile }): BenchmarkRow[] {
  const size = formatBundleSize;
  return [
    {
      figure: 'shell-side bridge bundle (patchbay-bridge-shell.js), min+gzip',
      measured: size(bundles.shell),
      anchor: 'target ≤ 8 KB gzip',
    },
    {
      figure: 'desktop-side bridge bundle (patchbay-bridge-desktop.js), min+gzip',
      measured: size(bundles.desktop),
      anchor: 'no target; desktop side',
    },
    {
      figure: 'raw penpal 7 (penpal.min.js), min+gzip',
      measured: size(bundles.penpal),
      anchor: 'reference: penpal alone, IIFE build with every messenger',
    },
  ];
}
