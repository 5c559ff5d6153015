import { afterEach, describe, expect, it } from '@jest/globals';
import { startFixtureServer, type FixtureServer } from '@patchbay/test';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startFixtureServer', () => {
  it('serves declared files on loopback and 404s the rest', async () => {
    server = await startFixtureServer({ '/index.html': { contentType: 'text/html', body: '<p>hi</p>' } });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${server.origin}/index.html?x=1`);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect(await page.text()).toBe('<p>hi</p>');
    expect((await fetch(`${server.origin}/other.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
