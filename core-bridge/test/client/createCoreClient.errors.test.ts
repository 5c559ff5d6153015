import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createCoreClient, CoreClientError, type CoreClientOptions } from '../../src/client/index.js';
import { createEventRecorder } from './support/createEventRecorder.js';
import { createTcpProxy } from './support/createTcpProxy.js';
import { AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// Every failure reaches the app as a CoreClientError with a code from a closed set, and whatever
// the core said about it (status, field, state).

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

/** A fetch that passes requests to the core and rewrites the JSON answers of `path`. */
function tamperingFetch(path: string, rewrite: (body: Record<string, unknown>) => unknown): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(path)) return response;
    const body = (await response.json()) as Record<string, unknown>;
    return new Response(JSON.stringify(rewrite(body)), {
      status: response.status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

describe('CoreClientError', () => {
  it('carries the status, field, issues and state the core gave', async () => {
    const client = newClient();
    await client.auth.signIn(ada);
    await expect(client.stationLogin('12ab')).rejects.toMatchObject({
      name: 'CoreClientError',
      code: 'INVALID_REQUEST',
      status: 400,
      field: 'dialNumber',
      issues: [expect.objectContaining({ field: 'dialNumber' })],
    });
    await client.stationLogin('1001');
    await expect(client.setState({ state: 'Idle', idleCodeId: 'not an id!' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      status: 400,
      field: 'idleCodeId',
    });
    await expect(client.getSession({ agentId: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(client.accept('no-such-contact')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await client.setState({ state: 'Available' });
    await core.placeCall();
    const offered = await recorder.event('contact.offered');
    if (offered.event.type !== 'contact.offered') throw new Error('not an offer');
    const conflict = await client.end(offered.event.contact.interactionId).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(CoreClientError);
    expect(conflict).toMatchObject({ code: 'CONFLICT', status: 409, state: 'offered' });
    client.events.disconnect();
  });

  it('refuses a wrong password, and any command before sign-in, with UNAUTHENTICATED', async () => {
    const client = newClient();
    await expect(client.auth.signIn({ ...ada, password: 'wrong password!' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    await expect(client.getSession()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: undefined });
    expect(() => client.events.connect({ streams: ['agent:me'] })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(client.auth.tokens()).toBeUndefined();
  });

  it('reports a core it cannot reach as NETWORK_ERROR', async () => {
    const proxy = await createTcpProxy(core.port);
    try {
      const client = newClient({ baseUrl: proxy.baseUrl });
      await client.auth.signIn(ada);
      proxy.cut();
      await expect(client.getSession()).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: undefined });
      proxy.restore();
      await expect(client.listQueues()).resolves.toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('turns an answer that breaks the contract into PROTOCOL_ERROR instead of returning it', async () => {
    const client = newClient({
      fetch: tamperingFetch('/api/v1/agents/me/session', (body) => ({ ...body, state: { name: 'Asleep' } })),
    });
    await client.auth.signIn(ada);
    await client.stationLogin('1001');
    await expect(client.getSession()).rejects.toMatchObject({
      code: 'PROTOCOL_ERROR',
      field: 'state.name',
    });

    const lists = newClient({
      fetch: tamperingFetch('/api/v1/config/queues', (body) => [
        { ...(body as unknown as Record<string, unknown>[])[0], extra: 1 },
      ]),
    });
    await lists.auth.signIn(ada);
    await expect(lists.listQueues()).rejects.toMatchObject({ code: 'PROTOCOL_ERROR', field: '0.extra' });

    const tokens = newClient({ fetch: tamperingFetch('/oauth/token', (body) => ({ ...body, token_type: 'MAC' })) });
    await expect(tokens.auth.signIn(ada)).rejects.toMatchObject({ code: 'PROTOCOL_ERROR', field: 'token_type' });
    expect(tokens.auth.tokens()).toBeUndefined();
  });

  it('maps error answers without the envelope by who sent them', async () => {
    const answer =
      (status: number, text: string): typeof fetch =>
      () =>
        Promise.resolve(new Response(text, { status, headers: { 'content-type': 'text/html' } }));
    await expect(newClient({ fetch: answer(502, '<h1>Bad gateway</h1>') }).auth.signIn(ada)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      status: 502,
    });
    await expect(newClient({ fetch: answer(418, '<h1>Teapot</h1>') }).auth.signIn(ada)).rejects.toMatchObject({
      code: 'PROTOCOL_ERROR',
      status: 418,
    });
  });

  it('refuses bad options and stream names with INVALID_REQUEST and the field', async () => {
    expect(() => createCoreClient({ baseUrl: 'ftp://core.example' })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', field: 'baseUrl' }),
    );
    expect(() => createCoreClient({ baseUrl: 'not a url' })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', field: 'baseUrl' }),
    );
    const client = newClient();
    await client.auth.signIn(ada);
    expect(() => client.events.connect({ streams: ['agent:me', 'everything'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', field: 'streams.1' }),
    );
    expect(() => client.events.connect({ streams: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', field: 'streams' }),
    );
    // Node 20 has no global WebSocket: the client says what to pass instead of failing later.
    const withoutSocket = createCoreClient({ baseUrl: core.baseUrl });
    await withoutSocket.auth.signIn(ada);
    expect(() => withoutSocket.events.connect({ streams: ['agent:me'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', field: 'WebSocket' }),
    );
  });
});
