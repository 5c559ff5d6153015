import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readBrowserBundle, startBrowserFixture, type BrowserFixture } from '@patchbay/test';
import type { Page } from 'playwright-core';

// Real Web Locks in real tabs: one leader per agent, and hand-over when the leader's tab goes away.
const page = `<!doctype html>
<html>
  <body data-leader="waiting">
    <button id="resign">Resign</button>
    <script type="module">
      import { acquireTabLeadership } from '/patchbay-headless-widget.js';
      const leadership = acquireTabLeadership({
        name: 'patchbay:leader:acme:agent-1',
        locks: navigator.locks,
        onChange: (isLeader) => (document.body.dataset.leader = String(isLeader)),
      });
      document.getElementById('resign').addEventListener('click', () => leadership.resign());
    </script>
  </body>
</html>`;

describe('tab leadership in Chromium', () => {
  let fixture: BrowserFixture;

  beforeAll(async () => {
    fixture = await startBrowserFixture({
      '/index.html': { contentType: 'text/html', body: page },
      '/patchbay-headless-widget.js': readBrowserBundle('headless-widget', 'patchbay-headless-widget'),
    });
  });

  afterAll(() => fixture.close());

  const leaderState = (tab: Page) => tab.locator('body').getAttribute('data-leader');

  it('elects one tab and hands over when it closes or resigns', async () => {
    const context = await fixture.browser.newContext();
    const [first, second, third] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);

    await first.goto(`${fixture.origin}/index.html`);
    await first.waitForSelector('body[data-leader="true"]');
    await second.goto(`${fixture.origin}/index.html`);
    await third.goto(`${fixture.origin}/index.html`);
    expect(await leaderState(second)).toBe('waiting');
    expect(await leaderState(third)).toBe('waiting');

    await first.close();
    await second.waitForSelector('body[data-leader="true"]');
    expect(await leaderState(third)).toBe('waiting');

    await second.click('#resign');
    await third.waitForSelector('body[data-leader="true"]');
    expect(await leaderState(second)).toBe('false');
    await context.close();
  });
});
