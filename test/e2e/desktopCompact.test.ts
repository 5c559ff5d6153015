import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { desktopAgent } from './support/desktopAgent.js';
import { CUSTOMER_NUMBER, desktopFixture, type DesktopFixture } from './support/desktopFixture.js';
import { desktopScreenshot } from './support/desktopScreenshot.js';

// The desktop in the smallest panel a CRM gives it (360 × 240), driven from the keyboard.

const VIEWPORT = { width: 360, height: 240 } as const;

let fixture: DesktopFixture;

beforeEach(async () => {
  fixture = await desktopFixture();
});

afterEach(() => fixture.close());

/** Whether `target` has the keyboard focus (inside its own shadow root). */
const isFocused = (target: Locator) =>
  target.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);

/** Waits until `target` has the focus, which a new view gives its first control. */
async function untilFocused(target: Locator): Promise<void> {
  for (let polls = 0; polls < 100; polls += 1) {
    if (await isFocused(target)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the control never got the focus');
}

/** Presses Tab until `target` has the focus; fails after a full round of the page's controls. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

/** The box of `target`, which must lie wholly inside the viewport. */
async function insideViewport(target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('the control is not rendered');
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEWPORT.width && box.y + box.height <= VIEWPORT.height;
}

describe('the desktop in a 360 × 240 panel', () => {
  it('takes a call from the keyboard, each new view taking the focus, with hold and end in view without scrolling', async () => {
    const { page, pageErrors } = await fixture.openDesktop({ viewport: VIEWPORT });
    const ada = desktopAgent(page);
    await ada.ready('ada', '1001');
    await fixture.placeCall();
    await ada.visible(ada.views.offer);
    await desktopScreenshot(page, 'compact-offer');

    const accept = ada.button('Accept');
    await tabTo(page, accept);
    await page.keyboard.press('Enter');
    await ada.visible(ada.views.call(CUSTOMER_NUMBER));
    await ada.visible(ada.button('Hold'));
    await desktopScreenshot(page, 'compact-call');

    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await expect(insideViewport(ada.button('Hold'))).resolves.toBe(true);
    await expect(insideViewport(ada.button('End call'))).resolves.toBe(true);

    // Each new view takes the focus where the keyboard left the old one: no Tab from the top.
    await untilFocused(ada.button('Hold'));
    await tabTo(page, ada.button('End call'));
    await page.keyboard.press('Enter');
    const code = page.getByRole('radio', { name: 'Resolved' });
    await untilFocused(code);
    await expect(code.isChecked()).resolves.toBe(true);
    await tabTo(page, ada.button('Finish wrap-up'));
    await page.keyboard.press('Enter');
    await untilFocused(ada.views.stateSelect);
    expect(pageErrors).toEqual([]);
  });
});
