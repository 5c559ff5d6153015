import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBrowserFixture, startDesktopCore, type BrowserFixture, type DesktopCore } from '@patchbay/test';
import { crmShellPages } from './support/crmShellPages.js';
import { openCrmShellTab } from './support/crmShellTab.js';
import { desktopAgent } from './support/desktopAgent.js';
import { DESKTOP_ADMIN_PASSWORD, DESKTOP_AGENT_PASSWORD } from './support/desktopFixture.js';
import { placeCrmCall, CRM_CALLER } from './support/placeCrmCall.js';

// The desktop as a CRM runs it: framed by a shell page on another origin, its headless widget
// turning the call into CRM commands over the bridge. One agent, one call, one pop, one call log.
// Test browser contexts are incognito-like and block third-party storage, so this also covers the
// desktop's fallback there: session and outbox in memory, the tab acting alone.

const SLOW = 120_000;

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

describe('the desktop inside a CRM shell', () => {
  it(
    'pops the caller once when offered, logs the call once when connected, and completes the log at wrap-up',
    async () => {
      const context = await fixture.browser.newContext({ locale: 'en-US' });
      const tab = await openCrmShellTab(await context.newPage(), { shellOrigin, coreUrl: desktopCore.core.baseUrl });
      const agent = desktopAgent(tab.desktop);
      await agent.ready('ada', '1001');
      // The agent can dial once Available: the CRM turns click-to-dial on.
      const toggles = await tab.untilCalls('setClickToDialEnabled', 1);
      expect(toggles.at(-1)?.params).toEqual({ enabled: true });

      await placeCrmCall(desktopCore);
      const [pop] = await tab.untilCalls('screenPop', 1);
      expect(pop?.params).toMatchObject({ ani: CRM_CALLER, match: { phone: CRM_CALLER } });
      const interactionId = String(pop?.params['interactionId']);
      await agent.accept();
      const [created] = await tab.untilCalls('saveActivity', 1);
      expect(created?.params).toMatchObject({
        interactionId,
        idempotencyKey: `${interactionId}:activity`,
        direction: 'inbound',
        subject: expect.stringMatching(/^Inbound Call \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/i),
      });
      expect(created?.params).not.toHaveProperty('activityId');

      await agent.button('End call').click();
      await agent.wrapUpWith(CRM_CALLER, 'Resolved');
      const saves = await tab.untilCalls('saveActivity', 2);
      expect(saves[1]?.params).toMatchObject({
        interactionId,
        activityId: `task-${interactionId}-activity`,
        disposition: 'Resolved',
      });
      // Nothing twice: one pop, one create, one update.
      expect(await tab.calls('screenPop')).toHaveLength(1);
      expect(await tab.calls('saveActivity')).toHaveLength(2);
      expect(tab.pageErrors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
