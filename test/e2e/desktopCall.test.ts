import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { desktopAgent } from './support/desktopAgent.js';
import { CUSTOMER_NUMBER, desktopFixture, type DesktopFixture } from './support/desktopFixture.js';
import { desktopScreenshot } from './support/desktopScreenshot.js';

// The desktop the core serves, in Chromium, against that real core: an agent takes a call from
// offer to wrap-up with the same buttons a person clicks.

let fixture: DesktopFixture;

beforeEach(async () => {
  fixture = await desktopFixture();
});

afterEach(() => fixture.close());

/** Waits until the customer's leg has received `digits`, as the telephony simulator reports. */
async function untilDigitsSent(digits: string): Promise<void> {
  for (;;) {
    const legs = await fixture.liveLegs();
    const customer = legs.find((leg) => leg.from === CUSTOMER_NUMBER);
    if (customer?.digitsSent === digits) return;
    if (customer?.digitsSent !== undefined && !digits.startsWith(customer.digitsSent))
      throw new Error(`the customer leg received ${customer.digitsSent}, not a start of ${digits}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a call on the desktop', () => {
  it('offers, connects, holds, sends DTMF, consult-transfers to Bob and wraps up', async () => {
    const adaDesk = await fixture.openDesktop();
    const ada = desktopAgent(adaDesk.page);
    await ada.visible(ada.views.signIn);
    await desktopScreenshot(ada.page, 'sign-in');
    await ada.signIn('ada');
    await desktopScreenshot(ada.page, 'station-login');
    await ada.stationLogin('1001');
    await ada.visible(ada.agentState('Idle: Not ready'));
    await ada.becomeAvailable();
    await desktopScreenshot(ada.page, 'home');

    await fixture.placeCall();
    await ada.visible(ada.views.offer);
    await ada.visible(ada.views.offer.getByText(CUSTOMER_NUMBER));
    await ada.visible(ada.views.offer.getByText('Queue: Support'));
    await ada.visible(ada.views.offer.getByText('Time to answer'));
    await expect(ada.views.offer.getByRole('timer', { includeHidden: true }).textContent()).resolves.toMatch(
      /^\d+:\d{2}$/,
    );
    await expect(ada.views.offer.getByText(/seconds left to answer$/).count()).resolves.toBe(1);
    await desktopScreenshot(ada.page, 'offer');

    await ada.accept();
    const call = ada.views.call(CUSTOMER_NUMBER);
    await ada.visible(call.getByRole('status').getByText('Connected', { exact: true }));
    await desktopScreenshot(ada.page, 'call');

    await ada.button('Hold').click();
    await ada.visible(call.getByText('On hold', { exact: true }));
    await desktopScreenshot(ada.page, 'call-on-hold');
    await ada.button('Resume').click();
    await ada.visible(ada.button('Hold'));
    await ada.visible(call.getByText('Connected', { exact: true }));

    await ada.button('Keypad').click();
    const keypad = ada.page.getByRole('group', { name: 'Keypad' });
    await ada.visible(keypad);
    let sent = '';
    for (const key of ['1', '2', '#']) {
      await keypad.getByRole('button', { name: key, exact: true }).click();
      sent += key;
      await untilDigitsSent(sent);
    }

    const bobDesk = await fixture.openDesktop();
    const bob = desktopAgent(bobDesk.page);
    await bob.ready('bob', '1002');

    const target = ada.page.getByRole('form', { name: 'Consult or transfer' });
    await target.getByLabel('To').selectOption({ label: 'Agent' });
    // The picker lists the other logged-in agents by name and state.
    await target.getByLabel('Target').selectOption({ label: 'Bob (Available)' });
    await target.getByRole('button', { name: 'Consult', exact: true }).click();
    await bob.visible(bob.views.consultOffer);
    await desktopScreenshot(bob.page, 'consult-offer');
    await bob.button('Accept').click();
    await bob.visible(bob.views.callControls);
    await ada.visible(ada.page.getByText('Consulting, customer on hold'));
    await desktopScreenshot(ada.page, 'consulting');

    await ada.button('Complete transfer').click();
    await ada.visible(ada.views.wrapUp(CUSTOMER_NUMBER));
    await desktopScreenshot(ada.page, 'wrap-up');
    // Bob now owns the customer: he gets the owner's controls.
    await bob.visible(bob.button('Hold'));

    await ada.wrapUpWith(CUSTOMER_NUMBER, 'Escalated');
    await ada.visible(ada.agentState('Available'));
    expect(adaDesk.pageErrors).toEqual([]);
    expect(bobDesk.pageErrors).toEqual([]);
  });

  it('ends a plain call and wraps it up back to Available', async () => {
    const { page, pageErrors } = await fixture.openDesktop();
    const ada = desktopAgent(page);
    await ada.ready('ada', '1001');
    await fixture.placeCall('+393339876543');
    await ada.accept();
    await ada.visible(ada.views.call('+393339876543'));

    await ada.button('End call').click();
    await ada.visible(ada.views.wrapUp('+393339876543'));
    await expect(page.getByRole('radio', { name: 'Resolved' }).isChecked()).resolves.toBe(true);
    await ada.wrapUpWith('+393339876543', 'Resolved');
    await ada.visible(ada.agentState('Available'));
    expect(pageErrors).toEqual([]);
  });
});
