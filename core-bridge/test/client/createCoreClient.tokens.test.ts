import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createCoreClient, type CoreClientOptions, type CoreTokens } from '../../src/client/index.js';
import { createEventRecorder } from './support/createEventRecorder.js';
import { createRecordingWebSocket, framesOf } from './support/createRecordingWebSocket.js';
import { AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// Access tokens live 15 minutes. The core runs on a clock the test moves forward, so expiry is
// reached without waiting; the client either shares that clock (refresh by timer) or keeps the
// real one (the core refuses a token the client still thinks valid: 401, refresh, retry).

const ACCESS_TOKEN_MS = 15 * 60_000;
let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});

afterAll(async () => {
  await core.close();
});

const ada = { tenant: 'default', username: 'ada', password: AGENT_PASSWORD };
const newClient = (options: Partial<CoreClientOptions> = {}) =>
  createCoreClient({ baseUrl: core.baseUrl, WebSocket, ...options });

/** Collects `onTokens` calls; `count(n)` resolves once n sets have arrived. */
function tokenLog() {
  const saved: CoreTokens[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  return {
    saved,
    onTokens: (tokens: CoreTokens) => {
      saved.push(tokens);
      for (const waiter of waiters.filter((entry) => saved.length >= entry.n)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    count: (n: number) =>
      new Promise<void>((resolve) => {
        if (saved.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
}

describe('token refresh', () => {
  it('refreshes shortly before expiry and re-authenticates the open socket, which stays open past the old expiry', async () => {
    const wire = createRecordingWebSocket();
    const log = tokenLog();
    const client = newClient({
      WebSocket: wire.WebSocket,
      now: core.clock.now,
      timers: core.clock.clientTimers,
      onTokens: log.onTokens,
    });
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    const [first] = log.saved;
    if (!first) throw new Error('no tokens');
    expect(first.expiresAt - core.clock.now()).toBeLessThanOrEqual(ACCESS_TOKEN_MS);

    // Past the refresh point (60 s before expiry) but before expiry.
    core.clock.advance(first.expiresAt - core.clock.now() - 30_000);
    await log.count(2);
    const second = log.saved[1];
    expect(second?.accessToken).not.toBe(first.accessToken);
    expect(second?.refreshToken).not.toBe(first.refreshToken);
    const socket = wire.sockets[0];
    if (!socket) throw new Error('no socket');
    await wire.until(() => framesOf(socket.received, 'ready').length === 2);
    expect(framesOf(socket.sent, 'auth').map((frame) => frame['token'])).toEqual([
      first.accessToken,
      second?.accessToken,
    ]);

    // Past the first token's expiry: the core would close a socket still on it (4401).
    core.clock.advance(60_000);
    expect(first.expiresAt).toBeLessThan(core.clock.now());
    await client.setState({ state: 'Available' });
    await recorder.until(() =>
      recorder.events.some(
        (event) => event.event.type === 'agent.stateChanged' && event.event.state.name === 'Available',
      ),
    );
    expect(wire.sockets).toHaveLength(1);
    expect(recorder.states).toEqual(['connecting', 'open']);
    expect(log.saved).toHaveLength(2);

    client.events.disconnect();
    await client.logout().catch(() => undefined);
  });

  it('refreshes once and retries when the core answers 401, sharing one refresh between concurrent requests', async () => {
    const log = tokenLog();
    const client = newClient({ onTokens: log.onTokens });
    await client.auth.signIn(ada);
    // The core's clock passes the access token's expiry; the client's own clock does not.
    core.clock.advance(ACCESS_TOKEN_MS + 60_000);
    const [queues, idleCodes, entryPoints] = await Promise.all([
      client.listQueues(),
      client.listIdleCodes(),
      client.listEntryPoints(),
    ]);
    expect(queues).toHaveLength(1);
    expect(idleCodes.length).toBeGreaterThan(0);
    expect(entryPoints).toHaveLength(1);
    // One refresh: spending the same refresh token twice would have made the core revoke them all.
    expect(log.saved).toHaveLength(2);
    expect(client.auth.tokens()).toEqual(log.saved[1]);
  });

  it('resumes a session from a stored refresh token', async () => {
    const log = tokenLog();
    const first = newClient({ onTokens: log.onTokens });
    await first.auth.signIn(ada);
    const stored = log.saved[0]?.refreshToken ?? '';
    const resumed = newClient();
    const tokens = await resumed.auth.resume({ refreshToken: stored });
    expect(tokens).toMatchObject({ tenantId: 'default', userId: 'ada' });
    expect(tokens.refreshToken).not.toBe(stored);
    await expect(resumed.listQueues()).resolves.toHaveLength(1);
    await expect(newClient().auth.resume({ refreshToken: stored })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });

  it('surfaces UNAUTHENTICATED and stops when the refresh is refused', async () => {
    const client = newClient();
    const tokens = await client.auth.signIn(ada);
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    // Another holder spends the refresh token first: the core now refuses it (reuse detection).
    await newClient().auth.resume({ refreshToken: tokens.refreshToken });

    // The core closes the socket at expiry (4401); the client's refresh is refused.
    core.clock.advance(ACCESS_TOKEN_MS + 60_000);
    await recorder.state('closed');
    expect(recorder.errors).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
    expect(client.auth.tokens()).toBeUndefined();
    await expect(client.listQueues()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(recorder.states).toEqual(['connecting', 'open', 'connecting', 'closed']);
  });
});
