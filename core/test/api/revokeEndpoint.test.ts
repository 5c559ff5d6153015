import { afterEach, describe, expect, it } from '@jest/globals';
import { defineRoute } from '../../src/api/ApiRoute.js';
import type { RefreshSession } from '../../src/auth/createRefreshTokens.js';
import { startApiHarness, users } from './apiHarness.js';

// POST /oauth/revoke (RFC 7009) through the real route table, auth service and refresh-token store.

const whoAmI = () => [
  defineRoute({
    method: 'GET',
    path: '/api/v1/whoami',
    summary: 'who am I',
    tag: 'test',
    scope: 'config:read',
    handler: ({ principal }) => Promise.resolve({ body: { userId: principal?.userId } }),
  }),
];

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

type Tokens = { access_token: string; refresh_token: string };

async function setup() {
  const harness = await startApiHarness(whoAmI);
  close = () => harness.app.close();
  const { app } = harness;
  const signIn = async (login = 'ada'): Promise<Tokens> => {
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'password', tenant: 'acme', username: login, password: users[login]?.password ?? '' },
    });
    expect(response.statusCode).toBe(200);
    return response.json<Tokens>();
  };
  const refresh = (refreshToken: string) =>
    app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'refresh_token', refresh_token: refreshToken },
    });
  const revoke = (payload: Record<string, unknown> | string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/oauth/revoke', headers: { 'content-type': contentType }, payload });
  const whoami = (accessToken: string) =>
    app.inject({ method: 'GET', url: '/api/v1/whoami', headers: { authorization: `Bearer ${accessToken}` } });
  return { ...harness, signIn, refresh, revoke, whoami };
}

describe('POST /oauth/revoke', () => {
  it('revokes the whole rotation chain from its first token, with an empty 200', async () => {
    const { signIn, refresh, revoke } = await setup();
    const first = await signIn();
    const second = (await refresh(first.refresh_token)).json<Tokens>();
    const response = await revoke({ token: first.refresh_token, token_type_hint: 'refresh_token' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    const refused = await refresh(second.refresh_token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('takes a form-encoded body, as OAuth clients send it', async () => {
    const { signIn, refresh, revoke } = await setup();
    const tokens = await signIn();
    const body = new URLSearchParams({ token: tokens.refresh_token }).toString();
    expect((await revoke(body, 'application/x-www-form-urlencoded')).statusCode).toBe(200);
    expect((await refresh(tokens.refresh_token)).statusCode).toBe(401);
  });

  it('leaves the same user’s other sessions and other users alone', async () => {
    const { signIn, refresh, revoke } = await setup();
    const laptop = await signIn('ada');
    const phone = await signIn('ada');
    const root = await signIn('root');
    await revoke({ token: laptop.refresh_token });
    expect((await refresh(phone.refresh_token)).statusCode).toBe(200);
    expect((await refresh(root.refresh_token)).statusCode).toBe(200);
  });

  it.each([
    ['an unknown refresh token', 'pbr.YWNtZQ.bm9uZQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', 'not a token at all'],
    ['a forged access token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2ln'],
  ])('answers 200 for %s (RFC 7009 §2.2)', async (_, token) => {
    const { revoke } = await setup();
    const response = await revoke({ token });
    expect(response.statusCode).toBe(200);
  });

  it('answers 200 again for a token already revoked', async () => {
    const { signIn, revoke } = await setup();
    const tokens = await signIn();
    expect((await revoke({ token: tokens.refresh_token })).statusCode).toBe(200);
    expect((await revoke({ token: tokens.refresh_token })).statusCode).toBe(200);
  });

  it('needs no bearer token, and a caller’s own bearer token reaches no one else’s session', async () => {
    const { app, signIn, refresh } = await setup();
    const ada = await signIn('ada');
    const root = await signIn('root');
    // An admin's bearer token is ignored: only the token in the body counts, and it is no token here.
    const response = await app.inject({
      method: 'POST',
      url: '/oauth/revoke',
      headers: { authorization: `Bearer ${root.access_token}` },
      payload: { token: 'pbr.YWNtZQ.x.y' },
    });
    expect(response.statusCode).toBe(200);
    expect((await refresh(ada.refresh_token)).statusCode).toBe(200);
  });

  it('never reaches another tenant: a token moved to another tenant revokes nothing', async () => {
    const { signIn, refresh, revoke } = await setup();
    const tokens = await signIn();
    const [prefix, , id, secret] = tokens.refresh_token.split('.');
    const moved = [prefix, Buffer.from('globex').toString('base64url'), id, secret].join('.');
    expect((await revoke({ token: moved })).statusCode).toBe(200);
    expect((await refresh(tokens.refresh_token)).statusCode).toBe(200);
  });

  it('ends the session of a live access token, which itself stays valid until it expires', async () => {
    const { signIn, refresh, revoke, whoami, auth } = await setup();
    const tokens = await signIn();
    const revoked: RefreshSession[] = [];
    auth.onSessionRevoked((session) => revoked.push(session));
    expect((await revoke({ token: tokens.access_token, token_type_hint: 'access_token' })).statusCode).toBe(200);
    expect(revoked).toEqual([{ tenantId: 'acme', userId: 'ada', sessionId: expect.any(String) }]);
    expect((await refresh(tokens.refresh_token)).statusCode).toBe(401);
    // Stateless JWT: the core checks its signature and expiry only.
    expect((await whoami(tokens.access_token)).json()).toEqual({ userId: 'ada' });
  });

  it('does not trust the hint: a refresh token sent as an access token is revoked all the same', async () => {
    const { signIn, refresh, revoke } = await setup();
    const tokens = await signIn();
    await revoke({ token: tokens.refresh_token, token_type_hint: 'access_token' });
    expect((await refresh(tokens.refresh_token)).statusCode).toBe(401);
  });

  it('tells sign-out listeners once per revoked session', async () => {
    const { signIn, revoke, auth } = await setup();
    const tokens = await signIn();
    const revoked: RefreshSession[] = [];
    const stop = auth.onSessionRevoked((session) => revoked.push(session));
    await revoke({ token: tokens.refresh_token });
    await revoke({ token: tokens.refresh_token });
    stop();
    await revoke({ token: (await signIn()).refresh_token });
    expect(revoked).toEqual([{ tenantId: 'acme', userId: 'ada', sessionId: expect.any(String) }]);
  });

  it.each([
    ['no token', {}, 'token'],
    ['an empty token', { token: '' }, 'token'],
    ['a number', { token: 42 }, 'token'],
    ['a token too long', { token: 'x'.repeat(4_097) }, 'token'],
    ['an unknown hint', { token: 'pbr.a.b.c', token_type_hint: 'id_token' }, 'token_type_hint'],
    ['an unknown field', { token: 'pbr.a.b.c', client_secret: 'x' }, 'client_secret'],
  ])('refuses a body with %s: 400 INVALID_REQUEST naming the field', async (_, payload, field) => {
    const { revoke } = await setup();
    const response = await revoke(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', field } });
  });
});
