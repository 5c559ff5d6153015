import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { desktopAgent } from './support/desktopAgent.js';
import { CUSTOMER_NUMBER, desktopFixture, type DesktopFixture } from './support/desktopFixture.js';
import { desktopScreenshot } from './support/desktopScreenshot.js';

// Two tabs of the desktop opened on its own, outside any CRM (so no headless widget and no tab
// election: see desktopInCrmTabs for those). Each tab signs in on its own (tokens are kept per tab),
// and the core's session belongs to the agent, so both tabs show and drive that one session.

const TAKEN_OVER = 'You logged in on another station; this one is logged out.';

let fixture: DesktopFixture;

beforeEach(async () => {
  fixture = await desktopFixture();
});

afterEach(() => fixture.close());

describe('the desktop in two tabs', () => {
  it('joins the agent session in a second tab, and both tabs follow and drive it', async () => {
    const { context, page, pageErrors } = await fixture.openDesktop();
    const first = desktopAgent(page);
    await first.ready('ada', '1001');

    const secondPage = await context.newPage();
    const secondErrors: Error[] = [];
    secondPage.on('pageerror', (error) => secondErrors.push(error));
    await secondPage.goto(`${fixture.coreUrl}/desktop/`);
    const second = desktopAgent(secondPage);
    // Tokens live in each tab's sessionStorage: the second tab starts signed out, and once signed
    // in finds the agent already logged in on a station.
    await second.signIn('ada');
    await second.visible(second.agentState('Available'));
    await expect(second.views.stationLogin.count()).resolves.toBe(0);
    await desktopScreenshot(secondPage, 'second-tab');

    await fixture.placeCall();
    await first.visible(first.views.offer);
    await second.accept();
    await first.visible(first.views.call(CUSTOMER_NUMBER));
    await first.button('End call').click();
    await second.visible(second.views.wrapUp(CUSTOMER_NUMBER));
    await second.wrapUpWith(CUSTOMER_NUMBER, 'Resolved');
    await first.visible(first.agentState('Available'));
    expect(pageErrors).toEqual([]);
    expect(secondErrors).toEqual([]);
  });

  it('tells both tabs when the agent logs in on another station', async () => {
    const { context, page, pageErrors } = await fixture.openDesktop();
    const first = desktopAgent(page);
    await first.ready('ada', '1001');
    const secondPage = await context.newPage();
    await secondPage.goto(`${fixture.coreUrl}/desktop/`);
    const second = desktopAgent(secondPage);
    await second.signIn('ada');
    await second.visible(second.agentState('Available'));

    await fixture.stationLoginElsewhere('ada', '1003');
    for (const tab of [first, second]) {
      await tab.visible(tab.page.getByText(TAKEN_OVER));
    }
    // The new session keeps the agent's state and is the agent's: the tabs follow it, offers included.
    await fixture.placeCall();
    for (const tab of [first, second]) {
      await tab.visible(tab.views.offer);
    }
    await desktopScreenshot(page, 'taken-over');
    await first.page.getByRole('button', { name: 'Dismiss' }).click();
    await first.hidden(first.page.getByText(TAKEN_OVER));
    await second.visible(second.page.getByText(TAKEN_OVER));
    expect(pageErrors).toEqual([]);
  });
});
