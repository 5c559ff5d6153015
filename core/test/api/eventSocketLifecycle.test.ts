import { afterEach, describe, expect, it } from '@jest/globals';
import { createLogger, startCore } from '@patchbay/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { serverFrameSchema, type ServerFrame } from '../../src/contract/index.js';
import { ManualScheduler } from '../support/ManualScheduler.js';

// A real core on an ephemeral port whose clock only moves when the test says: heartbeats, token
// expiry and sign-out, seen by real `ws` clients.

const ADMIN_PASSWORD = 'lifecycle admin password';
const HEARTBEAT_MS = 30_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Tokens = { access_token: string; refresh_token: string; expires_in: number };

async function start(tokenTtlSeconds?: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-lifecycle-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // On a whole second, so a token's expiry (whole seconds in the JWT) is exactly its lifetime away.
  const scheduler = new ManualScheduler(Math.floor(Date.now() / 1000) * 1000);
  const core = await startCore({
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir,
      tokenSecret: undefined,
      adminPassword: ADMIN_PASSWORD,
      ...(tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds }),
    },
    version: 'test',
    logger: createLogger('silent'),
    scheduler,
  });
  cleanups.push(() => core.close());
  const post = (path: string, body: unknown) =>
    fetch(`${core.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const signIn = async (): Promise<Tokens> => {
    const response = await post('/oauth/token', {
      grant_type: 'password',
      tenant: 'default',
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Tokens;
  };
  const connect = async (accessToken: string, options: WebSocket.ClientOptions = {}) => {
    const client = openClient(`${core.baseUrl.replace(/^http/, 'ws')}/api/v1/events`, options);
    cleanups.push(() => client.socket.terminate());
    await client.authenticate(accessToken);
    return client;
  };
  return { core, scheduler, post, signIn, connect };
}

/** A `ws` client of the event socket that records frames and its close. */
function openClient(url: string, options: WebSocket.ClientOptions) {
  const socket = new WebSocket(url, options);
  const frames: ServerFrame[] = [];
  let onFrame: () => void = () => undefined;
  socket.on('message', (data: Buffer) => {
    frames.push(serverFrameSchema.parse(JSON.parse(data.toString())));
    onFrame();
  });
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
  const readyCount = () => frames.filter((frame) => frame.type === 'ready').length;
  /** Sends `auth` and waits for its `ready`: every frame sent before it has been read by the core. */
  const authenticate = async (token: string) => {
    await opened;
    const before = readyCount();
    const answered = new Promise<void>((resolve) => {
      onFrame = () => {
        if (readyCount() > before) resolve();
      };
    });
    socket.send(JSON.stringify({ type: 'auth', token }));
    await unlessClosed(answered, 'ready');
  };
  /** `what` arriving, or a rejection saying the socket closed first. */
  const unlessClosed = (arrival: Promise<void>, what: string) =>
    Promise.race([
      arrival,
      closed.then(({ code }) => Promise.reject(new Error(`closed (${code}) instead of ${what}`))),
    ]);
  const nextPing = () => unlessClosed(new Promise<void>((resolve) => socket.once('ping', () => resolve())), 'a ping');
  return { socket, frames, closed, authenticate, nextPing };
}

describe('event socket heartbeat', () => {
  it('keeps a client that answers pings open through several heartbeats', async () => {
    const { scheduler, signIn, connect } = await start();
    const { access_token: token } = await signIn();
    const client = await connect(token);
    for (let beat = 1; beat <= 4; beat += 1) {
      const pinged = client.nextPing();
      scheduler.advance(HEARTBEAT_MS);
      await pinged;
      // `ws` answered the ping before this auth (in order on the wire), so the core has the pong.
      await client.authenticate(token);
      expect(client.socket.readyState).toBe(WebSocket.OPEN);
    }
  });

  it('terminates a client that did not answer the previous ping, and only that one', async () => {
    const { scheduler, signIn, connect } = await start();
    const { access_token: token } = await signIn();
    const healthy = await connect(token);
    const silent = await connect(token, { autoPong: false });

    const pinged = Promise.all([healthy.nextPing(), silent.nextPing()]);
    scheduler.advance(HEARTBEAT_MS);
    await pinged;
    await Promise.all([healthy.authenticate(token), silent.authenticate(token)]);
    expect(silent.socket.readyState).toBe(WebSocket.OPEN);

    scheduler.advance(HEARTBEAT_MS);
    // Terminated, not closed: no close frame, so the client sees an abnormal closure.
    await expect(silent.closed).resolves.toEqual({ code: 1006, reason: '' });
    await healthy.authenticate(token);
    expect(healthy.socket.readyState).toBe(WebSocket.OPEN);
  });
});

describe('sign-out', () => {
  it('closes the revoked session’s sockets with 4401 and leaves other sessions connected', async () => {
    const { post, signIn, connect } = await start();
    const signedOut = await signIn();
    const other = await signIn();
    const first = await connect(signedOut.access_token);
    const second = await connect(signedOut.access_token);
    const otherSession = await connect(other.access_token);

    expect((await post('/oauth/revoke', { token: signedOut.refresh_token })).status).toBe(200);
    await expect(first.closed).resolves.toEqual({ code: 4401, reason: 'signed out' });
    await expect(second.closed).resolves.toEqual({ code: 4401, reason: 'signed out' });
    await otherSession.authenticate(other.access_token);
    expect(otherSession.socket.readyState).toBe(WebSocket.OPEN);
  });
});

describe('access-token lifetime', () => {
  it('follows tokenTtlSeconds: expires_in, the socket’s expiry and the REST API agree', async () => {
    const { core, scheduler, post, signIn, connect } = await start(60);
    const tokens = await signIn();
    expect(tokens.expires_in).toBe(60);
    const client = await connect(tokens.access_token);
    const ready = client.frames.find((frame) => frame.type === 'ready');
    expect(ready).toMatchObject({ expiresAt: scheduler.now() + 60_000 });

    const queues = () =>
      fetch(`${core.baseUrl}/api/v1/config/queues`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    scheduler.advance(59_999);
    expect((await queues()).status).toBe(200);
    scheduler.advance(1);
    await expect(client.closed).resolves.toEqual({ code: 4401, reason: 'token expired' });
    expect((await queues()).status).toBe(401);

    const refreshed = await post('/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(((await refreshed.json()) as Tokens).expires_in).toBe(60);
  });

  it('defaults to 15 minutes', async () => {
    const { signIn } = await start();
    expect((await signIn()).expires_in).toBe(900);
  });
});
