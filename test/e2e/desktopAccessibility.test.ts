import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { auditAccessibility } from './support/auditAccessibility.js';
import { desktopAgent } from './support/desktopAgent.js';
import { CUSTOMER_NUMBER, desktopFixture, type DesktopFixture } from './support/desktopFixture.js';

// Every main view of the desktop through axe-core's WCAG 2.x A and AA rules (contrast, names and
// labels, roles, landmarks), in the panel size a CRM gives it, in English and in Italian.

const PANEL = { width: 360, height: 560 } as const;

let fixture: DesktopFixture;

beforeEach(async () => {
  fixture = await desktopFixture();
});

afterEach(() => fixture.close());

/** Audits the page, naming the view in the failure. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  expect({ view, violations: await auditAccessibility(page) }).toEqual({ view, violations: [] });
}

describe('the desktop against WCAG 2.x A and AA', () => {
  it('passes on every view of a call, with the keypad open', async () => {
    const { page, pageErrors } = await fixture.openDesktop({ viewport: PANEL });
    const ada = desktopAgent(page);
    await ada.visible(ada.views.signIn);
    await expectAccessible(page, 'sign-in');
    await ada.signIn('ada');
    await ada.visible(ada.views.stationLogin);
    await expectAccessible(page, 'station login');
    await ada.stationLogin('1001');
    await ada.becomeAvailable();
    await expectAccessible(page, 'home');

    await fixture.placeCall();
    await ada.visible(ada.views.offer);
    await expectAccessible(page, 'offer');
    await ada.accept();
    await ada.button('Keypad').click();
    await expectAccessible(page, 'call with keypad');
    await page.getByRole('form', { name: 'Consult or transfer' }).getByLabel('To').selectOption({ label: 'Agent' });
    await ada.visible(page.getByText('No other agent is logged in.'));
    await expectAccessible(page, 'call with the agent picker');
    await ada.button('End call').click();
    await ada.visible(ada.views.wrapUp(CUSTOMER_NUMBER));
    await expectAccessible(page, 'wrap-up');
    expect(pageErrors).toEqual([]);
  });

  it('reports what it should: a nameless button and faint text fail', async () => {
    const { page } = await fixture.openDesktop();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><button></button><p style="color:#bbb">faint</p></main></html>',
    );
    const violations = await auditAccessibility(page);
    expect(violations).toEqual([expect.stringMatching(/^button-name /), expect.stringMatching(/^color-contrast /)]);
  });

  it('passes in Italian', async () => {
    const { page, pageErrors } = await fixture.openDesktop({ viewport: PANEL, locale: 'it-IT' });
    await page.getByRole('heading', { name: 'Accedi' }).waitFor();
    await expectAccessible(page, 'sign-in (it)');
    expect(pageErrors).toEqual([]);
  });
});
