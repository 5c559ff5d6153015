import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ServerFrame } from '../../src/contract/index.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, openEventSocket, startTestCore } from './coreFixture.js';

// The whole embedded default over real HTTP and WebSocket: an admin configures a tenant, an agent
// logs in and listens for events, a simulated customer calls, and the agent handles the call.

let fixture: Awaited<ReturnType<typeof startTestCore>>;
beforeAll(async () => {
  fixture = await startTestCore();
});
afterAll(() => fixture.close());

const call = (...args: Parameters<typeof fixture.call>) => fixture.call(...args);
const tokenFor = (username: string, password: string) => fixture.tokenFor(username, password);
const openSocket = () => openEventSocket(fixture.core.endpoints['Events'] ?? '');

const isEvent = (type: string) => (frame: ServerFrame) => frame.type === 'event' && frame.event.event.type === type;

describe('core API scenario', () => {
  it('configures a tenant, routes a simulated call to an agent and handles it end to end', async () => {
    const admin = await tokenFor('admin', ADMIN_PASSWORD);
    const created = async (collection: string, body: unknown) => {
      const response = await call('POST', `/api/v1/config/${collection}`, admin, body);
      expect(response).toMatchObject({ status: 201 });
      return response.body;
    };
    await created('sites', { id: 'milan', name: 'Milan' });
    await created('teams', { id: 'support', name: 'Support', siteId: 'milan' });
    await created('queues', {
      id: 'q-support',
      name: 'Support',
      routing: { strategy: 'longest-available-agent' },
      distribution: [{ teamIds: ['support'], afterSeconds: 0 }],
    });
    await created('entryPoints', {
      id: 'main',
      name: 'Main line',
      numbers: ['+390200000001'],
      flow: { type: 'queue', queueId: 'q-support', variables: { tier: { value: 'gold' } } },
    });
    await created('users', { id: 'ada', name: 'Ada', roles: ['agent'], teamId: 'support' });
    const site = (await call('GET', '/api/v1/config/sites/milan', admin)).body;
    const renamed = await call('PUT', '/api/v1/config/sites/milan', admin, { ...site, name: 'Milano' });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Milano', version: 2 } });
    const stale = await fetch(`${fixture.core.baseUrl}/api/v1/config/sites/milan`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'if-match': '1' },
      body: JSON.stringify({ name: 'Milan' }),
    });
    expect(stale.status).toBe(409);
    expect((await call('PUT', '/api/v1/config/users/ada/password', admin, { password: AGENT_PASSWORD })).status).toBe(
      204,
    );
    expect((await call('PUT', '/api/v1/simulator/phones/1001', admin, { answer: 'auto' })).status).toBe(204);

    const agent = await tokenFor('ada', AGENT_PASSWORD);
    expect((await call('POST', '/api/v1/agents/me/station-login', agent, { dialNumber: '1001' })).body).toMatchObject({
      agentId: 'ada',
      state: { name: 'Idle' },
    });
    const socket = openSocket();
    await socket.send({ type: 'auth', token: agent });
    await socket.next((frame) => frame.type === 'ready');
    await socket.send({ type: 'subscribe', stream: 'agent:me', afterSeq: 0 });
    await socket.next((frame) => frame.type === 'subscribed');
    expect((await call('PUT', '/api/v1/agents/me/state', agent, { state: 'Available' })).body).toMatchObject({
      state: { name: 'Available' },
    });

    expect(
      (await call('POST', '/api/v1/simulator/calls', admin, { ani: '+393331234567', dnis: '+390200000001' })).status,
    ).toBe(201);
    const offered = await socket.next(isEvent('contact.offered'));
    if (offered.type !== 'event' || offered.event.event.type !== 'contact.offered') throw new Error('not an offer');
    const interactionId = offered.event.event.contact.interactionId;
    expect(offered.event.event.contact).toMatchObject({
      ani: '+393331234567',
      dnis: '+390200000001',
      queueId: 'q-support',
    });

    const contactPath = `/api/v1/agents/me/contacts/${interactionId}`;
    expect((await call('POST', `${contactPath}/hold`, agent)).body).toMatchObject({
      error: { code: 'CONFLICT', state: 'offered' },
    });
    expect((await call('POST', `${contactPath}/accept`, agent)).status).toBe(200);
    await socket.next(isEvent('contact.assigned'));
    expect((await call('POST', `${contactPath}/hold`, agent)).body).toMatchObject({ state: 'held' });
    expect((await call('POST', `${contactPath}/resume`, agent)).body).toMatchObject({ state: 'connected' });
    expect((await call('POST', `${contactPath}/end`, agent)).body).toMatchObject({ state: 'wrapUp' });
    const wrapUpFailure = await call('POST', `${contactPath}/wrap-up`, agent, {});
    expect(wrapUpFailure).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_REQUEST', field: 'wrapUpCodeId' } },
    });
    const codes = (await call('GET', '/api/v1/config/wrapUpCodes', agent)).body as unknown as { id: string }[];
    expect((await call('POST', `${contactPath}/wrap-up`, agent, { wrapUpCodeId: codes[0]?.id })).body).toMatchObject({
      state: 'ended',
    });
    await socket.next(isEvent('contact.wrappedUp'));

    const events = socket.frames.flatMap((frame) => (frame.type === 'event' ? [frame.event] : []));
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const types = events.map((event) => event.event.type);
    expect(types.indexOf('contact.offered')).toBeLessThan(types.indexOf('contact.assigned'));
    expect(types.indexOf('contact.ended')).toBeLessThan(types.indexOf('contact.wrappedUp'));

    // A reconnecting desktop gets only what it missed.
    const lastSeq = events.at(-1)?.seq ?? 0;
    socket.close();
    const again = openSocket();
    await again.send({ type: 'auth', token: agent });
    await again.send({ type: 'subscribe', stream: 'agent:me', afterSeq: lastSeq - 2 });
    expect(await again.next((frame) => frame.type === 'subscribed')).toMatchObject({ lastSeq: lastSeq - 2 });
    await again.next((frame) => frame.type === 'event' && frame.event.seq === lastSeq);
    expect(again.frames.flatMap((frame) => (frame.type === 'event' ? [frame.event.seq] : []))).toEqual([
      lastSeq - 1,
      lastSeq,
    ]);
    again.close();

    // A desktop that starts afresh (it reads the state over REST) follows from now: no replay.
    const fresh = openSocket();
    await fresh.send({ type: 'auth', token: agent });
    await fresh.send({ type: 'subscribe', stream: 'agent:me' });
    expect(await fresh.next((frame) => frame.type === 'subscribed')).toEqual({
      type: 'subscribed',
      stream: 'agent:ada',
      requested: 'agent:me',
      lastSeq,
    });
    const idleCodes = (await call('GET', '/api/v1/config/idleCodes', agent)).body as unknown as { id: string }[];
    const idle = { state: 'Idle', idleCodeId: idleCodes[0]?.id };
    expect((await call('PUT', '/api/v1/agents/me/state', agent, idle)).status).toBe(200);
    await fresh.next((frame) => frame.type === 'event');
    expect(fresh.frames.flatMap((frame) => (frame.type === 'event' ? [frame.event.seq] : []))).toEqual([lastSeq + 1]);
    fresh.close();
  });

  it('keeps agents to their own data and admin-only areas closed', async () => {
    const agent = await tokenFor('ada', AGENT_PASSWORD);
    expect((await call('GET', '/api/v1/config/users', agent)).status).toBe(403);
    expect(
      (await call('POST', '/api/v1/simulator/calls', agent, { ani: '+393331234567', dnis: '+390200000001' })).status,
    ).toBe(403);
    expect((await call('GET', '/api/v1/agents/admin/session', agent)).status).toBe(403);
    expect((await call('GET', '/api/v1/config/queues', undefined)).status).toBe(401);
  });

  it('answers bad frames with error frames and closes sockets that never authenticate properly', async () => {
    const socket = openSocket();
    await socket.send({ type: 'subscribe', stream: 'agent:me', afterSeq: 0 });
    expect(await socket.closed).toBe(4401);

    const agent = await tokenFor('ada', AGENT_PASSWORD);
    const second = openSocket();
    await second.send({ type: 'auth', token: agent });
    await second.next((frame) => frame.type === 'ready');
    await second.send({ type: 'subscribe', stream: 'everything', afterSeq: 0 });
    expect(await second.next((frame) => frame.type === 'error')).toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'stream',
    });
    await second.send({ type: 'subscribe', stream: 'tenant', afterSeq: 0 });
    expect(await second.next((frame) => frame.type === 'error' && frame.code === 'FORBIDDEN')).toMatchObject({
      code: 'FORBIDDEN',
    });
    second.close();
  });

  it('serves an OpenAPI 3.1 document of every route', async () => {
    const { status, body } = await call('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(body).toMatchObject({ openapi: '3.1.0' });
    const paths = Object.keys(body?.['paths'] as Record<string, unknown>);
    for (const path of [
      '/oauth/token',
      '/api/v1/config/{collection}',
      '/api/v1/agents/{agentId}/station-login',
      '/api/v1/simulator/calls',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
