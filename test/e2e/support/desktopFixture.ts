import { TEST_ENTRY_NUMBER } from '@patchbay/core/testing';
import { launchChromium, startDesktopCore } from '@patchbay/test';
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
  openDesktop(options?: { origin?: string; viewport?: ViewportSize; locale?: string }): Promise<OpenDesktop>;
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
 * plus a Chromium to open the desktop in. Both agents have the test desktop profile
 * (`DESKTOP_TEST_PROFILE`: a two-minute RONA, outdial through the seeded entry point).
 */
export async function desktopFixture(): Promise<DesktopFixture> {
  const { core, admin, close } = await startDesktopCore({
    adminPassword: DESKTOP_ADMIN_PASSWORD,
    agents: [
      { id: 'ada', name: 'Ada', phone: '1001', password: DESKTOP_AGENT_PASSWORD },
      { id: 'bob', name: 'Bob', phone: '1002', password: DESKTOP_AGENT_PASSWORD },
    ],
    version: 'desktop-e2e',
  });
  try {
    await admin.send('POST', '/api/v1/config/wrapUpCodes', { id: 'escalated', name: 'Escalated' });
    const browser = await launchChromium();
    return {
      browser,
      coreUrl: core.baseUrl,
      async openDesktop(options = {}) {
        const context = await browser.newContext({
          locale: options.locale ?? 'en-US',
          ...(options.viewport ? { viewport: options.viewport } : {}),
        });
        const page = await context.newPage();
        const pageErrors: Error[] = [];
        page.on('pageerror', (error) => pageErrors.push(error));
        await page.goto(`${options.origin ?? core.baseUrl}/desktop/`);
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
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
