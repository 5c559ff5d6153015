import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

// Guards the toolchain: msw 2 loads in jest's CommonJS runtime (its ESM-only dependencies are
// compiled by jest.config.mjs) and intercepts Node's fetch, as connector tests will rely on.
const server = setupServer(
  http.get('https://acme.zendesk.com/api/v2/users/me.json', () => HttpResponse.json({ user: { id: 7 } })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('msw under jest', () => {
  it('answers a declared CRM request', async () => {
    const response = await fetch('https://acme.zendesk.com/api/v2/users/me.json');
    expect(await response.json()).toEqual({ user: { id: 7 } });
  });

  it('lets a test override a handler for an error path', async () => {
    server.use(
      http.get('https://acme.zendesk.com/api/v2/users/me.json', () => new HttpResponse(null, { status: 429 })),
    );
    expect((await fetch('https://acme.zendesk.com/api/v2/users/me.json')).status).toBe(429);
  });

  it('fails a request nobody declared instead of reaching the network', async () => {
    await expect(fetch('https://acme.zendesk.com/api/v2/tickets.json')).rejects.toThrow();
  });
});
