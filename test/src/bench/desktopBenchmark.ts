import { TEST_ENTRY_NUMBER } from '@patchbay/core/testing';
import type { Frame, Page } from 'playwright-core';
import { startBrowserFixture } from '../browser/startBrowserFixture.js';
import { readBrowserBundle } from '../readBrowserBundle.js';
import { startDesktopCore, type AdminApi, type DesktopCore } from '../startDesktopCore.js';
import type { Benchmark, BenchmarkRow } from './Benchmark.js';
import { desktopBenchmarkPages, recordOfferArrivals } from './desktopBenchmarkPages.js';
import { formatBundleSize } from './formatBundleSize.js';
import { percentile } from './percentile.js';
import { withDeadline } from './withDeadline.js';

const OFFERS = 200;
const ADMIN_PASSWORD = 'desktop bench admin password';
const AGENT_PASSWORD = 'desktop bench agent password';
const AGENT_PHONE = '1001';
const STEP_TIMEOUT_MS = 15_000;

/**
 * The agent's side in a real browser: the sizes of the desktop page (desktop UI, typed client,
 * bridge and headless widget in one bundle) and of the widget alone, and the time from an offer
 * reaching the desktop to the first CRM command (the screen pop) reaching the CRM shell around it.
 * A core runs in process and serves the desktop page; the shell is a page on another origin.
 */
export const desktopBenchmark: Benchmark = {
  name: 'desktop size and offer to first CRM command',
  async run() {
    const page = readBrowserBundle('desktop', 'patchbay-desktop-page');
    const widget = readBrowserBundle('headless-widget', 'patchbay-headless-widget');
    const delays = await measureOfferToScreenPop();
    const sorted = [...delays].sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    const rows: BenchmarkRow[] = [
      {
        figure: 'desktop page bundle (desktop + client + bridge + headless widget), min+gzip',
        measured: formatBundleSize(page),
        anchor: 'target ≤ 90 KB gzip (desktop + widget)',
      },
      {
        figure: 'headless widget bundle alone (patchbay-headless-widget.js), min+gzip',
        measured: formatBundleSize(widget),
        anchor: 'part of the figure above when embedded',
      },
      {
        figure: `offer frame at the desktop → screenPop at the CRM shell, p50 / p99 (${OFFERS} offers)`,
        measured: `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))}`,
        anchor: 'target p99 ≤ 10 ms on loopback',
      },
    ];
    return rows;
  },
};

async function measureOfferToScreenPop(): Promise<number[]> {
  // The shell's origin must be known before the core starts (it is allowed to frame the desktop),
  // and the core's after: the fixture serves the shell first, on 127.0.0.1 opened as localhost.
  const fixture = await startBrowserFixture(
    desktopBenchmarkPages(readBrowserBundle('core-bridge', 'patchbay-bridge-shell')),
    { hostResolverRules: 'MAP localhost 127.0.0.1' },
  );
  const shellOrigin = fixture.origin.replace('127.0.0.1', 'localhost');
  let desktopCore: DesktopCore | undefined;
  try {
    desktopCore = await startDesktopCore({
      adminPassword: ADMIN_PASSWORD,
      agents: [{ id: 'ada', name: 'Ada', phone: AGENT_PHONE, password: AGENT_PASSWORD }],
      shellOrigins: [shellOrigin],
      version: 'bench',
    });
    const { core, admin } = desktopCore;
    const context = await fixture.browser.newContext();
    await context.addInitScript(recordOfferArrivals, core.baseUrl);
    const page = await context.newPage();
    await page.goto(`${shellOrigin}/shell.html?core=${encodeURIComponent(core.baseUrl)}`);
    const desktop = await desktopFrame(page, core.baseUrl);
    await signInAndGoAvailable(desktop);
    const delays: number[] = [];
    for (let offer = 0; offer < OFFERS; offer++) {
      const ani = `+39333${String(1_000_000 + offer).slice(1)}`;
      await admin.send('POST', '/api/v1/simulator/calls', { ani, dnis: TEST_ENTRY_NUMBER });
      const pop = await withDeadline(nextPop(page, offer), STEP_TIMEOUT_MS, `screen pop ${offer + 1}`);
      const arrivals = await desktop.evaluate(
        () => (globalThis as unknown as { offerArrivals: Record<string, number> }).offerArrivals,
      );
      const arrivedAt = arrivals[pop.interactionId];
      if (arrivedAt === undefined) throw new Error(`no offer frame seen for ${pop.interactionId}`);
      delays.push(pop.at - arrivedAt);
      // The caller hangs up while it rings: the agent is Available again for the next one.
      await hangUpCaller(admin, ani);
      await withDeadline(untilAvailable(admin), STEP_TIMEOUT_MS, `agent Available after offer ${offer + 1}`);
    }
    return delays;
  } finally {
    await desktopCore?.close();
    await fixture.close();
  }
}

async function hangUpCaller(admin: AdminApi, ani: string): Promise<void> {
  const { legs } = (await admin.send('GET', '/api/v1/simulator/calls')) as { legs: { id: string; from: string }[] };
  const leg = legs.find((candidate) => candidate.from === ani);
  if (!leg) throw new Error(`no live leg from ${ani}`);
  await admin.send('POST', `/api/v1/simulator/calls/${leg.id}/hangup`);
}

async function untilAvailable(admin: AdminApi): Promise<void> {
  for (;;) {
    const session = (await admin.send('GET', '/api/v1/agents/ada/session')) as { state: { name: string } };
    if (session.state.name === 'Available') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function desktopFrame(page: Page, coreOrigin: string): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${coreOrigin}/desktop/`));
    if (frame) return frame;
    await page.waitForEvent('frameattached', { timeout: STEP_TIMEOUT_MS });
  }
}

/** Through the desktop's own UI, as an agent would: sign in, station login, Available. */
async function signInAndGoAvailable(desktop: Frame): Promise<void> {
  await desktop.getByLabel('Organization').fill('default');
  await desktop.getByLabel('User name or email').fill('ada');
  await desktop.getByLabel('Password').fill(AGENT_PASSWORD);
  await desktop.getByRole('button', { name: 'Sign in' }).click();
  await desktop.getByLabel('Your phone number').fill(AGENT_PHONE);
  await desktop.getByRole('button', { name: 'Log in' }).click();
  await desktop.getByLabel('Change state').selectOption({ label: 'Available' });
  await desktop.getByText('Available', { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function nextPop(page: Page, index: number): Promise<{ interactionId: string; at: number }> {
  const handle = await page.waitForFunction(
    (at) => (globalThis as unknown as { pops: { interactionId: string; at: number }[] }).pops[at],
    index,
    { timeout: STEP_TIMEOUT_MS, polling: 1 },
  );
  return (await handle.jsonValue()) as { interactionId: string; at: number };
}
