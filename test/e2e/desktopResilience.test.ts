import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createTcpProxy } from '../../core-bridge/test/client/support/createTcpProxy.js';
import { desktopAgent } from './support/desktopAgent.js';
import { CUSTOMER_NUMBER, desktopFixture, type DesktopFixture } from './support/desktopFixture.js';
import { desktopScreenshot } from './support/desktopScreenshot.js';

// The desktop keeps its footing when the network does not: a cut link shows a banner and, once
// back, replays what happened meanwhile; a reload mid-call comes back to the call.

let fixture: DesktopFixture;

beforeEach(async () => {
  fixture = await desktopFixture();
});

afterEach(() => fixture.close());

/** Waits until the core has `agentId` in `stateName`. */
async function untilAgentState(agentId: string, stateName: string): Promise<void> {
  while ((await fixture.agentStateName(agentId)) !== stateName) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the desktop when the link to the core drops', () => {
  it('shows the core-link banner while cut, then clears it and shows the call offered meanwhile', async () => {
    const proxy = await createTcpProxy(Number(new URL(fixture.coreUrl).port));
    try {
      const { page, pageErrors } = await fixture.openDesktop({ origin: proxy.baseUrl });
      const ada = desktopAgent(page);
      await ada.ready('ada', '1001');
      await ada.hidden(ada.views.coreConnecting);

      proxy.cut();
      await ada.visible(ada.page.getByText(/^(Connecting to|Not connected to) the contact center/));
      await desktopScreenshot(page, 'core-link-cut');
      await fixture.placeCall();
      await untilAgentState('ada', 'Reserved');
      await expect(ada.views.offer.count()).resolves.toBe(0);

      proxy.restore();
      // The client's backoff grows to 15 s at most: allow for a retry just missed.
      await ada.views.offer.waitFor({ state: 'visible', timeout: 40_000 });
      await ada.hidden(ada.views.coreConnecting);
      await ada.hidden(ada.views.coreClosed);
      await ada.visible(ada.views.offer.getByText(CUSTOMER_NUMBER));
      await ada.accept();
      await ada.visible(ada.views.call(CUSTOMER_NUMBER));
      expect(pageErrors).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('comes back to the call view after a reload mid-call', async () => {
    const { page, pageErrors } = await fixture.openDesktop();
    const ada = desktopAgent(page);
    await ada.ready('ada', '1001');
    await fixture.placeCall();
    await ada.accept();
    await ada.button('Hold').click();
    await ada.visible(ada.button('Resume'));

    await page.reload();
    await ada.visible(ada.views.call(CUSTOMER_NUMBER));
    await ada.visible(ada.views.call(CUSTOMER_NUMBER).getByText('On hold', { exact: true }));
    await ada.button('Resume').click();
    await ada.visible(ada.button('Hold'));
    await ada.button('End call').click();
    await ada.wrapUpWith(CUSTOMER_NUMBER, 'Resolved');
    await ada.visible(ada.agentState('Available'));
    expect(pageErrors).toEqual([]);
  });

  it('shows the offer with its answer countdown again after a reload while it rings', async () => {
    const { page, pageErrors } = await fixture.openDesktop();
    const ada = desktopAgent(page);
    await ada.ready('ada', '1001');
    await fixture.placeCall();
    await ada.visible(ada.views.offer);
    const countdown = ada.views.offer.getByText('Time to answer');
    await ada.visible(countdown);

    await page.reload();
    await ada.visible(ada.views.offer);
    await ada.visible(countdown);
    // The two-minute RONA of the test profile: the clock shows minutes left, not zero.
    await expect(ada.views.offer.locator('[role="timer"]').textContent()).resolves.toMatch(/^[12]:\d\d$/);
    await ada.accept();
    expect(pageErrors).toEqual([]);
  });
});
