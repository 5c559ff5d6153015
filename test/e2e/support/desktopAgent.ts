import { expect } from '@jest/globals';
import type { Frame, Locator, Page } from 'playwright-core';
import { DESKTOP_AGENT_PASSWORD } from './desktopFixture.js';

/** How long a step may wait for the desktop to show what the core did. */
const UI_WAIT = { timeout: 15_000 } as const;

/**
 * An agent driving the desktop page the way a person does: through roles and labels (the English
 * catalog), never the components' markup. Each step waits for the screen it leads to. `page` is
 * the desktop's page, or its frame inside a CRM shell.
 */
export function desktopAgent<Host extends Page | Frame>(page: Host) {
  const visible = (locator: Locator) => locator.waitFor({ state: 'visible', ...UI_WAIT });
  const hidden = (locator: Locator) => locator.waitFor({ state: 'hidden', ...UI_WAIT });
  const agentState = (name: string) => page.getByRole('status').getByText(name, { exact: true });
  const views = {
    signIn: page.getByRole('heading', { name: 'Sign in' }),
    stationLogin: page.getByRole('heading', { name: 'Station login' }),
    stateSelect: page.getByLabel('Change state'),
    offer: page.getByRole('region', { name: 'Incoming call' }),
    consultOffer: page.getByRole('region', { name: 'Consult request' }),
    /** The call view is named after the caller's number. */
    call: (number: string) => page.getByRole('region', { name: number }),
    callControls: page.getByRole('group', { name: 'Call controls' }),
    wrapUp: (number: string) => page.getByRole('heading', { name: `Wrap up the call with ${number}` }),
    coreConnecting: page.getByText('Connecting to the contact center…'),
    coreClosed: page.getByText('Not connected to the contact center.'),
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  return {
    page,
    views,
    button,
    visible,
    hidden,
    /** The agent-state line of the home view, e.g. `Available` or `Idle: Not ready`. */
    agentState,
    async signIn(username: string) {
      await visible(views.signIn);
      await expect(page.getByLabel('Organization').inputValue()).resolves.toBe('default');
      await page.getByLabel('User name or email').fill(username);
      await page.getByLabel('Password').fill(DESKTOP_AGENT_PASSWORD);
      await button('Sign in').click();
      await hidden(views.signIn);
    },
    async stationLogin(dialNumber: string) {
      await visible(views.stationLogin);
      await page.getByLabel('Your phone number').fill(dialNumber);
      await button('Log in').click();
      await visible(views.stateSelect);
    },
    async becomeAvailable() {
      await views.stateSelect.selectOption({ label: 'Available' });
      await visible(agentState('Available'));
    },
    /** Sign-in, station login on `dialNumber`, Available. */
    async ready(username: string, dialNumber: string) {
      await this.signIn(username);
      await this.stationLogin(dialNumber);
      await this.becomeAvailable();
    },
    async accept() {
      await visible(views.offer);
      await button('Accept').click();
      await visible(views.callControls);
    },
    /** Finishes wrap-up with the code named `codeName` and waits for the home view. */
    async wrapUpWith(number: string, codeName: string) {
      await visible(views.wrapUp(number));
      await page.getByRole('group', { name: 'Wrap-up code' }).getByRole('radio', { name: codeName }).check();
      await button('Finish wrap-up').click();
      await visible(views.stateSelect);
    },
  };
}

export type DesktopAgent = ReturnType<typeof desktopAgent<Page>>;
