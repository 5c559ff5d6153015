import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createCoreClient, CoreClientError, type CoreClientOptions, type CoreTokens } from '../../src/client/index.js';
import { createCountingTimers } from './support/createCountingTimers.js';
import { createEventRecorder } from './support/createEventRecorder.js';
import { createRecordingWebSocket, framesOf } from './support/createRecordingWebSocket.js';
import { AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// `auth.signOut()` against a real core: the session is revoked there (RFC 7009), the client
// forgets its tokens, stops its socket for good, and says SIGNED_OUT until the next sign-in.

let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});

afterAll(async () => {
  await core.close();
});

const ada = { tenant: 'default', username: 'ada', password: AGENT_PASSWORD };
const bob = { tenant: 'default', username: 'bob', password: AGENT_PASSWORD };
const newClient = (options: Partial<CoreClientOptions> = {}) =>
  createCoreClient({ baseUrl: core.baseUrl, WebSocket, ...options });

const signedOut = expect.objectContaining({ name: 'CoreClientError', code: 'SIGNED_OUT' });

describe('auth.signOut', () => {
  it('revokes the session at the core, closes the socket for good and refuses later commands', async () => {
    const counting = createCountingTimers();
    const wire = createRecordingWebSocket();
    const saved: CoreTokens[] = [];
    const client = newClient({ WebSocket: wire.WebSocket, timers: counting.timers, onTokens: (t) => saved.push(t) });
    await client.auth.signIn(ada);
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');

    await client.auth.signOut();
    expect(recorder.states).toEqual(['connecting', 'open', 'closed']);
    expect(recorder.errors).toEqual([]);
    expect(client.auth.tokens()).toBeUndefined();
    // Nothing left to fire: no reconnect, no refresh, no connect timeout.
    expect(counting.pending()).toBe(0);
    expect(wire.sockets).toHaveLength(1);

    const refusal = await client.listQueues().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CoreClientError);
    expect(refusal).toEqual(signedOut);
    await expect(client.getSession()).rejects.toEqual(signedOut);
    expect(() => client.events.connect({ streams: ['agent:me'] })).toThrow(signedOut);

    // The core revoked the refresh token the app may have stored.
    const stored = saved.at(-1)?.refreshToken ?? '';
    await expect(newClient().auth.resume({ refreshToken: stored })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });

  it('revokes the newest refresh token after refreshes, and with it the whole chain', async () => {
    const saved: CoreTokens[] = [];
    const client = newClient({ onTokens: (t) => saved.push(t) });
    await client.auth.signIn(ada);
    // The core's clock passes the access token's expiry: the next command refreshes (401, retry).
    core.clock.advance(15 * 60_000 + 60_000);
    await expect(client.listQueues()).resolves.toHaveLength(1);
    expect(saved).toHaveLength(2);
    await client.auth.signOut();
    for (const { refreshToken } of saved) {
      await expect(newClient().auth.resume({ refreshToken })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('leaves other sessions of the same user signed in', async () => {
    const laptop = newClient();
    const phone = newClient();
    await laptop.auth.signIn(ada);
    const phoneTokens = await phone.auth.signIn(ada);
    await laptop.auth.signOut();
    await expect(phone.listQueues()).resolves.toHaveLength(1);
    await expect(newClient().auth.resume({ refreshToken: phoneTokens.refreshToken })).resolves.toMatchObject({
      userId: 'ada',
    });
  });

  it('can sign in again, as someone else, whose streams start afresh', async () => {
    const wire = createRecordingWebSocket();
    const client = newClient({ WebSocket: wire.WebSocket });
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    await client.setState({ state: 'Available' });
    await recorder.until(() => recorder.events.some((event) => event.stream === 'agent:ada'));
    await client.logout();
    await recorder.until(() => recorder.types().includes('agent.loggedOut'));
    await client.auth.signOut();

    await client.auth.signIn(bob);
    await client.stationLogin('1002');
    client.events.connect({ streams: ['agent:me'] });
    const subscribes = () => framesOf(wire.sockets[1]?.sent ?? [], 'subscribe');
    await wire.until(() => subscribes().length > 0);
    // Ada's last seq must not be asked of Bob's stream: Bob's is followed from now.
    expect(subscribes()).toEqual([{ type: 'subscribe', stream: 'agent:me' }]);
    await recorder.state('open');
    await client.setState({ state: 'Available' });
    await recorder.until(() => recorder.events.some((event) => event.stream === 'agent:bob'));
    expect(recorder.states).toEqual(['connecting', 'open', 'closed', 'connecting', 'open']);
    await client.logout();
    await client.auth.signOut();
  });

  it('signs out locally even when the core cannot be told, and says so', async () => {
    // The client calls fetch with URL strings.
    const unreachableRevoke: typeof fetch = (input, init) =>
      typeof input === 'string' && input.endsWith('/oauth/revoke')
        ? Promise.reject(new TypeError('fetch failed'))
        : fetch(input, init);
    const client = newClient({ fetch: unreachableRevoke });
    await client.auth.signIn(ada);
    await expect(client.auth.signOut()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(client.auth.tokens()).toBeUndefined();
    await expect(client.listQueues()).rejects.toEqual(signedOut);
  });

  it('is harmless before sign-in and when called twice', async () => {
    const client = newClient();
    await expect(client.auth.signOut()).resolves.toBeUndefined();
    await expect(client.listQueues()).rejects.toEqual(signedOut);
    await client.auth.signIn(ada);
    await client.auth.signOut();
    await expect(client.auth.signOut()).resolves.toBeUndefined();
  });
});
