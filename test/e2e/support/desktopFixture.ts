import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { TEST_ENTRY_NUMBER, seedTestTenant } from '@patchbay/core/testing';
import { launchChromium } from '@patchbay/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';

export const DESKTOP_ADMIN_PASSWORD = 'desktop e2e admin password';
export const DESKTOP_AGENT_PASSWORD = 'desktop e2e agent password';
/** The number a simulated customer calls from, unless a test says otherwise. */
export const CUSTOMER_NUMBER = '+393331234567';

/** A leg of the telephony simulator, as its admin view lists it. */
export type SimulatorLeg = { id: string; from: string; to: string; state: string; digitsSent?: string };

export type DesktopFixture = {
  readonly browser: Browser;
  /** The core's own origin, e.g. `http://127.0.0.1:43117`. */
  readonly coreUrl: string;
  /**
   * Opens the desktop page at `origin` (the core's, or a proxy's in front of it) in a fresh browser
   * context, and waits for the sign-in form. Uncaught page errors are collected in `pageErrors`.
   */
  openDesktop(options?: { origin?: string; viewport?: ViewportSize }): Promise<OpenDesktop>;
  /** A simulated customer calls the tenant's entry point. */
  placeCall(ani?: string): Promise<void>;
  /** The simulator's live legs (customer and agent phones). */
  liveLegs(): Promise<SimulatorLeg[]>;
  /** Logs `agentId` in on `dialNumber` over the REST API, as another desktop would. */
  stationLoginElsewhere(agentId: string, dialNumber: string): Promise<void>;
  /** The agent's state as the core has it (`Available`, `Reserved`, …), read as the admin. */
  agentStateName(agentId: string): Promise<string>;
  close(): Promise<void>;
};

export type OpenDesktop = {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: Error[];
};

/**
 * A real core in process, on an ephemeral port with its own data directory, serving the built
 * desktop at `/desktop/`, seeded with the `support` team and agents `ada` (phone 1001) and `bob`
 * (1002) on auto-answer simulated phones, wrap-up codes `Resolved` (the default) and `Escalated`;
 * plus a Chromium to open the desktop in.
 *
 * Offers ring for two minutes before RONA (a desktop profile for both agents), so a slow machine
 * never turns an offer the test is about to accept into a missed call.
 */
export async function desktopFixture(): Promise<DesktopFixture> {
  const desktopDir = fileURLToPath(new URL('../../../desktop/dist/browser', import.meta.url));
  if (!existsSync(join(desktopDir, 'patchbay-desktop-page.js')))
    throw new Error(`${desktopDir} has no desktop page bundle: run \`npm run build\` first (npm test does).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-desktop-e2e-'));
  let core: RunningCore | undefined;
  try {
    core = await startCore({
      config: {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        dataDir,
        tokenSecret: undefined,
        adminPassword: DESKTOP_ADMIN_PASSWORD,
        desktopDir,
      },
      version: 'desktop-e2e',
      logger: createLogger('silent'),
    });
    const admin = adminApi(core.baseUrl);
    await seedTestTenant({
      baseUrl: core.baseUrl,
      adminToken: await admin.token(),
      agents: [
        { id: 'ada', name: 'Ada', phone: '1001', password: DESKTOP_AGENT_PASSWORD },
        { id: 'bob', name: 'Bob', phone: '1002', password: DESKTOP_AGENT_PASSWORD },
      ],
    });
    await admin.send('POST', '/api/v1/config/desktopProfiles', {
      id: 'patient',
      name: 'Patient',
      ronaTimeoutSeconds: 120,
    });
    await admin.send('POST', '/api/v1/config/wrapUpCodes', { id: 'escalated', name: 'Escalated' });
    for (const [id, name] of [
      ['ada', 'Ada'],
      ['bob', 'Bob'],
    ] as const) {
      await admin.send('PUT', `/api/v1/config/users/${id}`, {
        id,
        name,
        roles: ['agent'],
        teamId: 'support',
        desktopProfileId: 'patient',
      });
    }
    const browser = await launchChromium();
    const running = core;
    return {
      browser,
      coreUrl: running.baseUrl,
      async openDesktop(options = {}) {
        const context = await browser.newContext({
          locale: 'en-US',
          ...(options.viewport ? { viewport: options.viewport } : {}),
        });
        const page = await context.newPage();
        const pageErrors: Error[] = [];
        page.on('pageerror', (error) => pageErrors.push(error));
        await page.goto(`${options.origin ?? running.baseUrl}/desktop/`);
        return { context, page, pageErrors };
      },
      placeCall: async (ani = CUSTOMER_NUMBER) => {
        await admin.send('POST', '/api/v1/simulator/calls', { ani, dnis: TEST_ENTRY_NUMBER });
      },
      liveLegs: async () => ((await admin.send('GET', '/api/v1/simulator/calls')) as { legs: SimulatorLeg[] }).legs,
      stationLoginElsewhere: async (agentId, dialNumber) => {
        const tokens = (await admin.request('POST', '/oauth/token', undefined, {
          grant_type: 'password',
          tenant: 'default',
          username: agentId,
          password: DESKTOP_AGENT_PASSWORD,
        })) as { access_token: string };
        await admin.request('POST', '/api/v1/agents/me/station-login', tokens.access_token, { dialNumber });
      },
      agentStateName: async (agentId) => {
        const session = (await admin.send('GET', `/api/v1/agents/${agentId}/session`)) as { state: { name: string } };
        return session.state.name;
      },
      close: async () => {
        await browser.close();
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await core?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The admin's side of the core over plain HTTP, as an admin tool would drive it. */
function adminApi(baseUrl: string) {
  const request = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  const token = async () => {
    const answer = (await request('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant: 'default',
      username: 'admin',
      password: DESKTOP_ADMIN_PASSWORD,
    })) as { access_token: string };
    return answer.access_token;
  };
  // A fresh token per call: tests are short, and no expiry can catch a long suite out.
  return {
    request,
    token,
    send: async (method: string, path: string, body?: unknown) => request(method, path, await token(), body),
  };
}
