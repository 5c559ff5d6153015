import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_ENTRY_NUMBER } from '@patchbay/core/testing';
import { startBrowserFixture, startDesktopCore, type BrowserFixture, type DesktopCore } from '@patchbay/test';
import type { Frame, Page } from 'playwright-core';
import { crmShellPages, type ReceivedCrmCall } from './support/crmShellPages.js';
import { desktopAgent } from './support/desktopAgent.js';
import { DESKTOP_ADMIN_PASSWORD, DESKTOP_AGENT_PASSWORD } from './support/desktopFixture.js';

// The desktop as a CRM runs it: framed by a shell page on another origin, its headless widget
// turning the call into CRM commands over the bridge. One agent, one call, one pop, one call log.
// Test browser contexts are incognito-like and block third-party storage, so this also covers the
// desktop's fallback there: session and outbox in memory, the tab acting alone.

const SLOW = 120_000;
const CALLER = '+393331234567';

let fixture: BrowserFixture;
let desktopCore: DesktopCore;
let shellOrigin: string;

beforeAll(async () => {
  fixture = await startBrowserFixture(crmShellPages(), { hostResolverRules: 'MAP localhost 127.0.0.1' });
  shellOrigin = fixture.origin.replace('127.0.0.1', 'localhost');
  desktopCore = await startDesktopCore({
    adminPassword: DESKTOP_ADMIN_PASSWORD,
    agents: [{ id: 'ada', name: 'Ada', phone: '1001', password: DESKTOP_AGENT_PASSWORD }],
    shellOrigins: [shellOrigin],
    version: 'desktop-crm-e2e',
  });
}, SLOW);

afterAll(async () => {
  await desktopCore.close();
  await fixture.close();
});

async function openCrmTab(page: Page): Promise<Frame> {
  // What went wrong in either frame, for the error when the desktop never shows.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${shellOrigin}/shell.html?core=${encodeURIComponent(desktopCore.core.baseUrl)}`);
  const frame = page.frameLocator('iframe[title="Patchbay"]');
  await frame
    .getByRole('heading', { name: 'Sign in' })
    .waitFor({ timeout: 15_000 })
    .catch((error: unknown) => {
      throw new Error(`the desktop did not show its sign-in (pages said: ${problems.join(' | ')})`, { cause: error });
    });
  const desktop = page.frames().find((candidate) => candidate.url().startsWith(`${desktopCore.core.baseUrl}/desktop/`));
  if (!desktop) throw new Error('the desktop frame did not load');
  return desktop;
}

const crmCalls = (page: Page) => page.evaluate(() => (window as unknown as { crmCalls: ReceivedCrmCall[] }).crmCalls);

const callsOf = async (page: Page, method: string) => (await crmCalls(page)).filter((call) => call.method === method);

async function untilCalls(page: Page, method: string, count: number): Promise<ReceivedCrmCall[]> {
  const desktopText = async () => {
    const frame = page.frames().find((candidate) => candidate.url().includes('/desktop/'));
    return frame
      ? JSON.stringify(
          await frame.evaluate(() => {
            const element = document.querySelector('patchbay-desktop') as unknown as {
              controller?: { getState(): { banners: unknown; widget: unknown; notifications: unknown } };
            };
            const state = element.controller?.getState();
            return { banners: state?.banners, widget: state?.widget, notifications: state?.notifications };
          }),
        )
      : 'no desktop frame';
  };
  await page
    .waitForFunction(
      ([name, atLeast]) =>
        (window as unknown as { crmCalls: ReceivedCrmCall[] }).crmCalls.filter((call) => call.method === name).length >=
        atLeast,
      [method, count] as const,
      { timeout: 15_000 },
    )
    .catch(async (error: unknown) => {
      const seen =
        JSON.stringify(await crmCalls(page)) +
        ' PROBLEMS ' +
        (globalThis as unknown as { debugProblems: string[] }).debugProblems.join(' | ');
      throw new Error(`the CRM got ${seen}, not ${count} ${method}; the desktop shows: ${await desktopText()}`, {
        cause: error,
      });
    });
  return callsOf(page, method);
}

async function placeCall(): Promise<void> {
  await desktopCore.admin.send('POST', '/api/v1/simulator/calls', { ani: CALLER, dnis: TEST_ENTRY_NUMBER });
}

describe('the desktop inside a CRM shell', () => {
  it(
    'pops the caller once when offered, logs the call once when connected, and completes the log at wrap-up',
    async () => {
      const context = await fixture.browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      const pageErrors: Error[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      const agent = desktopAgent(await openCrmTab(page));
      await agent.ready('ada', '1001');
      // The agent can dial once Available: the CRM turns click-to-dial on.
      const toggles = await untilCalls(page, 'setClickToDialEnabled', 1);
      expect(toggles.at(-1)?.params).toEqual({ enabled: true });

      await placeCall();
      const [pop] = await untilCalls(page, 'screenPop', 1);
      expect(pop?.params).toMatchObject({ ani: CALLER, match: { phone: CALLER } });
      const interactionId = String(pop?.params['interactionId']);
      await agent.accept();
      const [created] = await untilCalls(page, 'saveActivity', 1);
      expect(created?.params).toMatchObject({
        interactionId,
        idempotencyKey: `${interactionId}:activity`,
        direction: 'inbound',
        subject: expect.stringMatching(/^Inbound Call \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/i),
      });
      expect(created?.params).not.toHaveProperty('activityId');

      await agent.button('End call').click();
      await agent.wrapUpWith(CALLER, 'Resolved');
      const saves = await untilCalls(page, 'saveActivity', 2);
      expect(saves[1]?.params).toMatchObject({
        interactionId,
        activityId: `task-${interactionId}-activity`,
        disposition: 'Resolved',
      });
      // Nothing twice: one pop, one create, one update.
      expect(await callsOf(page, 'screenPop')).toHaveLength(1);
      expect(await callsOf(page, 'saveActivity')).toHaveLength(2);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
