import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readBrowserBundle, startBrowserFixture, type BrowserFixture } from '@patchbay/test';

// Proves the browser base end to end: Debian Chromium driven by playwright-core opens a page served
// by this test on 127.0.0.1, which loads the desktop's webpack bundle; a click changes the DOM.
const page = `<!doctype html>
<html>
  <body>
    <h1 id="title"></h1>
    <button id="english">English</button>
    <script type="module">
      import { createTranslator, negotiateLocale } from '/patchbay-desktop.js';
      const title = document.getElementById('title');
      const show = (locale) => {
        title.textContent = createTranslator(locale)('desktop.title');
        document.documentElement.lang = locale;
      };
      show(negotiateLocale(navigator.languages));
      document.getElementById('english').addEventListener('click', () => show('en'));
    </script>
  </body>
</html>`;

describe('desktop bundle in Chromium', () => {
  let fixture: BrowserFixture;

  beforeAll(async () => {
    fixture = await startBrowserFixture({
      '/index.html': { contentType: 'text/html', body: page },
      '/patchbay-desktop.js': readBrowserBundle('desktop', 'patchbay-desktop'),
    });
  });

  afterAll(() => fixture.close());

  it('renders in the browser locale and switches language on click', async () => {
    const context = await fixture.browser.newContext({ locale: 'it-IT' });
    const tab = await context.newPage();
    const errors: Error[] = [];
    tab.on('pageerror', (error) => errors.push(error));

    await tab.goto(`${fixture.origin}/index.html`);
    await expect(tab.locator('#title').textContent()).resolves.toBe('Desktop agente Patchbay');

    await tab.click('#english');
    expect(await tab.locator('#title').textContent()).toBe('Patchbay agent desktop');
    expect(await tab.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
