import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  launchChromiumProfile,
  startDesktopCore,
  startFixtureServer,
  type ChromiumProfile,
  type DesktopCore,
  type FixtureServer,
} from '@patchbay/test';
import { auditAccessibility } from './support/auditAccessibility.js';
import { crmShellPages } from './support/crmShellPages.js';
import { openCrmShellTab, type CrmShellTab } from './support/crmShellTab.js';
import { desktopAgent } from './support/desktopAgent.js';
import { DESKTOP_ADMIN_PASSWORD, DESKTOP_AGENT_PASSWORD } from './support/desktopFixture.js';
import { desktopScreenshot } from './support/desktopScreenshot.js';
import { CRM_CALLER, placeCrmCall } from './support/placeCrmCall.js';

// The CRM open in two tabs of an everyday browser profile (third-party storage allowed, as in
// Chrome's default), each tab's shell framing the desktop. The agent's tabs share one outbox and
// one election: one tab runs the CRM writes, the other says so and offers to take over. The test
// counts what each tab's CRM received: one pop and one call log across both tabs.

const SLOW = 120_000;
const DIALLED = '+393339876543';
const FOLLOWER = 'Active in another tab: CRM actions run there.';

let profile: ChromiumProfile;
let shellServer: FixtureServer;
let desktopCore: DesktopCore;
let shellOrigin: string;

beforeAll(async () => {
  shellServer = await startFixtureServer(crmShellPages());
  shellOrigin = shellServer.origin.replace('127.0.0.1', 'localhost');
  desktopCore = await startDesktopCore({
    adminPassword: DESKTOP_ADMIN_PASSWORD,
    agents: [{ id: 'ada', name: 'Ada', phone: '1001', password: DESKTOP_AGENT_PASSWORD }],
    shellOrigins: [shellOrigin],
    version: 'desktop-crm-tabs-e2e',
  });
  profile = await launchChromiumProfile({ hostResolverRules: 'MAP localhost 127.0.0.1' });
}, SLOW);

afterAll(async () => {
  await profile.close();
  await desktopCore.close();
  await shellServer.close();
});

const openTab = async (): Promise<CrmShellTab> =>
  openCrmShellTab(await profile.context.newPage(), { shellOrigin, coreUrl: desktopCore.core.baseUrl });

const countOf = async (tabs: readonly CrmShellTab[], method: string) =>
  (await Promise.all(tabs.map((tab) => tab.calls(method)))).flat().length;

describe('the CRM open in two tabs', () => {
  it(
    'runs the CRM writes in one tab, hands them over on Take over and when that tab closes, and pops and logs once',
    async () => {
      const first = await openTab();
      const firstAgent = desktopAgent(first.desktop);
      await firstAgent.ready('ada', '1001');
      await first.untilCalls('setClickToDialEnabled', 1);

      // The second tab signs in on its own (tokens are kept per tab) and joins the agent's session.
      const second = await openTab();
      const secondAgent = desktopAgent(second.desktop);
      await secondAgent.signIn('ada');
      await secondAgent.visible(secondAgent.agentState('Available'));
      await secondAgent.visible(second.desktop.getByText(FOLLOWER));
      await expect(first.desktop.getByText(FOLLOWER).count()).resolves.toBe(0);
      await desktopScreenshot(second.page, 'crm-follower-tab');
      await expect(auditAccessibility(second.desktop)).resolves.toEqual([]);
      // Click-to-dial belongs to each CRM page: the follower's CRM has it on too.
      const [dialSwitch] = await second.untilCalls('setClickToDialEnabled', 1);
      expect(dialSwitch?.params).toEqual({ enabled: true });

      // Both tabs show the offer; only the leading one pops. Either tab may answer.
      await placeCrmCall(desktopCore);
      await firstAgent.visible(firstAgent.views.offer);
      const [pop] = await first.untilCalls('screenPop', 1);
      const interactionId = String(pop?.params['interactionId']);
      await secondAgent.accept();
      const [created] = await first.untilCalls('saveActivity', 1);
      expect(created?.params).toMatchObject({ interactionId, idempotencyKey: `${interactionId}:activity` });

      // The second tab takes over: the first now says so, and the log's update runs in the second,
      // with the id the first tab's create got back (read from the outbox they share).
      await secondAgent.button('Take over').click();
      await secondAgent.hidden(second.desktop.getByText(FOLLOWER));
      await firstAgent.visible(first.desktop.getByText(FOLLOWER));
      await firstAgent.button('End call').click();
      await firstAgent.wrapUpWith(CRM_CALLER, 'Resolved');
      const [updated] = await second.untilCalls('saveActivity', 1);
      expect(updated?.params).toMatchObject({
        interactionId,
        activityId: `task-${interactionId}-activity`,
        disposition: 'Resolved',
      });
      expect(await countOf([first, second], 'screenPop')).toBe(1);
      expect(await countOf([first, second], 'saveActivity')).toBe(2);

      // A number clicked in the following tab's CRM dials from there; the leader logs the call.
      await first.clickToDial(DIALLED);
      await firstAgent.visible(firstAgent.views.call(DIALLED));
      const [, outbound] = await second.untilCalls('saveActivity', 2);
      expect(outbound?.params).toMatchObject({
        direction: 'outbound',
        idempotencyKey: expect.stringMatching(/:activity$/),
      });
      await secondAgent.visible(secondAgent.views.callControls);
      await secondAgent.button('End call').click();
      await secondAgent.wrapUpWith(DIALLED, 'Resolved');
      await second.untilCalls('saveActivity', 3);
      expect(await countOf([first, second], 'saveActivity')).toBe(4);

      // The leading tab closes: the browser hands its lock to the other, which leads on its own.
      await second.page.close();
      await firstAgent.hidden(first.desktop.getByText(FOLLOWER));
      await placeCrmCall(desktopCore);
      const pops = await first.untilCalls('screenPop', 2);
      expect(pops[1]?.params['interactionId']).not.toBe(interactionId);
      await firstAgent.accept();
      await firstAgent.button('End call').click();
      await firstAgent.wrapUpWith(CRM_CALLER, 'Resolved');
      expect(await first.untilCalls('saveActivity', 3)).toHaveLength(3);
      expect(await first.calls('screenPop')).toHaveLength(2);
      expect(first.pageErrors).toEqual([]);
      expect(second.pageErrors).toEqual([]);
      await first.page.close();
    },
    SLOW,
  );
});
