import type { Frame, Page } from 'playwright-core';
import type { ReceivedCrmCall } from './crmShellPages.js';

const UI_WAIT = { timeout: 15_000 } as const;

/** Where the shell page is and which core serves the desktop it frames. */
export type CrmShellAddress = { readonly shellOrigin: string; readonly coreUrl: string };

/**
 * A tab of the test CRM: the shell page of `crmShellPages` framing the desktop. `desktop` is the
 * desktop's frame, for `desktopAgent`.
 */
export type CrmShellTab = {
  readonly page: Page;
  readonly desktop: Frame;
  /** Every command this tab's shell received, in order. */
  calls(method?: string): Promise<ReceivedCrmCall[]>;
  /** Waits until this tab's shell received at least `count` calls of `method`, and returns them. */
  untilCalls(method: string, count: number): Promise<ReceivedCrmCall[]>;
  /** The agent clicks `number` in this tab's CRM page (the CRM's click-to-dial event). */
  clickToDial(number: string): Promise<void>;
  /** Uncaught errors of the shell page and the desktop frame: a test expects none. */
  readonly pageErrors: string[];
};

/** Opens the shell in `page` and waits for the framed desktop's sign-in. */
export async function openCrmShellTab(page: Page, address: CrmShellAddress): Promise<CrmShellTab> {
  const pageErrors: string[] = [];
  // Everything either frame said went wrong, for the message when a wait fails.
  const problems: string[] = [];
  page.on('pageerror', (error) => {
    pageErrors.push(error.message);
    problems.push(error.message);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${address.shellOrigin}/shell.html?core=${encodeURIComponent(address.coreUrl)}`);
  await page
    .frameLocator('iframe[title="Patchbay"]')
    .getByRole('heading', { name: 'Sign in' })
    .waitFor(UI_WAIT)
    .catch((error: unknown) => {
      throw new Error(`the desktop did not show its sign-in (pages said: ${problems.join(' | ')})`, { cause: error });
    });
  const desktop = page.frames().find((candidate) => candidate.url().startsWith(`${address.coreUrl}/desktop/`));
  if (!desktop) throw new Error('the desktop frame did not load');

  const calls = async (method?: string) => {
    const all = await page.evaluate(() => (window as unknown as { crmCalls: ReceivedCrmCall[] }).crmCalls);
    return method === undefined ? all : all.filter((call) => call.method === method);
  };

  // What the desktop shows about its link, widget and errors, for the message when a wait fails.
  const desktopSummary = () =>
    desktop
      .evaluate(() => {
        const element = document.querySelector('patchbay-desktop') as unknown as {
          controller?: { getState(): { banners: unknown; widget: unknown; notifications: unknown } };
        };
        const state = element.controller?.getState();
        return JSON.stringify({ banners: state?.banners, widget: state?.widget, notifications: state?.notifications });
      })
      .catch((error: unknown) => `unreadable (${String(error)})`);

  return {
    page,
    desktop,
    pageErrors,
    calls,
    clickToDial: (number) =>
      page.evaluate((dialled) => {
        (window as unknown as { crmClickToDial(value: string): void }).crmClickToDial(dialled);
      }, number),
    async untilCalls(method, count) {
      await page
        .waitForFunction(
          ([name, atLeast]) =>
            (window as unknown as { crmCalls: ReceivedCrmCall[] }).crmCalls.filter((call) => call.method === name)
              .length >= atLeast,
          [method, count] as const,
          UI_WAIT,
        )
        .catch(async (error: unknown) => {
          const seen = JSON.stringify(await calls());
          throw new Error(
            `the CRM got ${seen}, not ${count} ${method}; the desktop shows ${await desktopSummary()}; ` +
              `pages said: ${problems.join(' | ')}`,
            { cause: error },
          );
        });
      return calls(method);
    },
  };
}
