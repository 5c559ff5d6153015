import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  interactionPageSchema,
  interactionRecordSchema,
  type InteractionPage,
  type InteractionRecord,
  type ServerFrame,
} from '../../src/contract/index.js';
import { TEST_ENTRY_NUMBER } from '../../src/testing/index.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, openEventSocket } from './coreFixture.js';
import { OTHER_TENANT, startTwoTenantCore } from './startTwoTenantCore.js';

// Interaction records over real HTTP: calls are handled to the end, then read back by an admin,
// the agents who handled them, supervisors of their teams and of other teams, and another tenant.

const CUSTOMER = '+393331234567';
const SALES_NUMBER = '+390200000002';

let fixture: Awaited<ReturnType<typeof startTwoTenantCore>>;
const tokens: Record<string, string> = {};
const sockets: ReturnType<typeof openEventSocket>[] = [];
/** The interactions the calls below leave, by what happened to them. */
const ids = { adaFirst: '', adaSecond: '', bob: '', abandoned: '' };

const call = (...args: Parameters<typeof fixture.call>) => fixture.call(...args);

/** The contact's id when `frame` is a contact event of `type`. */
function contactEventId(frame: ServerFrame, type: string): string | undefined {
  if (frame.type !== 'event' || frame.event.event.type !== type || !('contact' in frame.event.event)) return undefined;
  return frame.event.event.contact.interactionId;
}

/** An agent's desktop: signed in, station-logged in, listening to their own stream, Available. */
async function openDesk(agentId: string, phone: string) {
  tokens[agentId] = await fixture.tokenFor(agentId, AGENT_PASSWORD);
  await call('POST', '/api/v1/agents/me/station-login', tokens[agentId], { dialNumber: phone });
  const socket = openEventSocket(fixture.core.endpoints['Events'] ?? '');
  sockets.push(socket);
  await socket.send({ type: 'auth', token: tokens[agentId] });
  await socket.next((frame) => frame.type === 'ready');
  await socket.send({ type: 'subscribe', stream: 'agent:me', afterSeq: 0 });
  await socket.next((frame) => frame.type === 'subscribed');
  await call('PUT', '/api/v1/agents/me/state', tokens[agentId], { state: 'Available' });
  return socket;
}

/** A customer calls `dnis`; the agent accepts, talks, ends and wraps up. Resolves with the interaction id. */
async function handleCall(agentId: string, socket: ReturnType<typeof openEventSocket>, dnis: string) {
  const known = new Set(Object.values(ids));
  expect((await call('POST', '/api/v1/simulator/calls', fixture.admin, { ani: CUSTOMER, dnis })).status).toBe(201);
  const offered = await socket.next((frame) => {
    const id = contactEventId(frame, 'contact.offered');
    return id !== undefined && !known.has(id);
  });
  const id = contactEventId(offered, 'contact.offered') ?? '';
  const path = `/api/v1/agents/me/contacts/${id}`;
  expect((await call('POST', `${path}/accept`, tokens[agentId])).status).toBe(200);
  await socket.next((frame) => contactEventId(frame, 'contact.assigned') === id);
  expect((await call('POST', `${path}/end`, tokens[agentId])).status).toBe(200);
  // The wrap-up answers once the record is committed with the events that finish the contact.
  const wrapped = await call('POST', `${path}/wrap-up`, tokens[agentId], { wrapUpCodeId: 'resolved' });
  expect(wrapped.body).toMatchObject({ state: 'ended' });
  return id;
}

/** A customer calls the support line while nobody is available, waits in the queue, and hangs up. */
async function abandonCall() {
  const socket = openEventSocket(fixture.core.endpoints['Events'] ?? '');
  sockets.push(socket);
  await socket.send({ type: 'auth', token: fixture.admin });
  await socket.send({ type: 'subscribe', stream: 'tenant', afterSeq: 0 });
  await socket.next((frame) => frame.type === 'subscribed');
  const placed = await call('POST', '/api/v1/simulator/calls', fixture.admin, {
    ani: CUSTOMER,
    dnis: TEST_ENTRY_NUMBER,
  });
  const legId = placed.body?.['id'] as string;
  // Hang up only once the runtime has queued the contact (there is no event for that: ask).
  for (let attempt = 0; ; attempt += 1) {
    const contacts = (await call('GET', '/api/v1/contacts', fixture.admin)).body as unknown as { state: string }[];
    if (contacts.some((contact) => contact.state === 'queued')) break;
    if (attempt === 2_000) throw new Error('the call never reached the queue');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect((await call('POST', `/api/v1/simulator/calls/${legId}/hangup`, fixture.admin)).status).toBe(200);
  const known = new Set(Object.values(ids));
  const ended = await socket.next((frame) => {
    const id = contactEventId(frame, 'contact.ended');
    return id !== undefined && !known.has(id);
  });
  return contactEventId(ended, 'contact.ended') ?? '';
}

beforeAll(async () => {
  fixture = await startTwoTenantCore();
  const admin = fixture.admin;
  const create = async (collection: string, body: unknown) =>
    expect((await call('POST', `/api/v1/config/${collection}`, admin, body)).status).toBe(201);
  await create('sites', { id: 'rome', name: 'Rome' });
  await create('teams', { id: 'sales', name: 'Sales', siteId: 'rome' });
  await create('queues', {
    id: 'q-sales',
    name: 'Sales',
    routing: { strategy: 'longest-available-agent' },
    distribution: [{ teamIds: ['sales'], afterSeconds: 0 }],
  });
  await create('entryPoints', {
    id: 'sales-line',
    name: 'Sales line',
    numbers: [SALES_NUMBER],
    flow: { type: 'queue', queueId: 'q-sales' },
  });
  await create('users', { id: 'bob', name: 'Bob', roles: ['agent'], teamId: 'sales' });
  // Sue supervises the support team, Rita the Rome site (so sales), Tom the bootstrap's main team.
  await create('users', { id: 'sue', name: 'Sue', roles: ['supervisor'], supervisedTeamIds: ['support'] });
  await create('users', { id: 'rita', name: 'Rita', roles: ['supervisor'], supervisedSiteIds: ['rome'] });
  await create('users', { id: 'tom', name: 'Tom', roles: ['supervisor'], supervisedTeamIds: ['main'] });
  for (const user of ['bob', 'sue', 'rita', 'tom']) {
    await call('PUT', `/api/v1/config/users/${user}/password`, admin, { password: AGENT_PASSWORD });
  }
  await call('PUT', '/api/v1/simulator/phones/1002', admin, { answer: 'auto' });
  for (const user of ['sue', 'rita', 'tom']) tokens[user] = await fixture.tokenFor(user, AGENT_PASSWORD);
  tokens['other'] = await fixture.tokenFor('admin', ADMIN_PASSWORD, OTHER_TENANT);

  const ada = await openDesk('ada', '1001');
  const bob = await openDesk('bob', '1002');
  ids.adaFirst = await handleCall('ada', ada, TEST_ENTRY_NUMBER);
  ids.adaSecond = await handleCall('ada', ada, TEST_ENTRY_NUMBER);
  ids.bob = await handleCall('bob', bob, SALES_NUMBER);
  await call('PUT', '/api/v1/agents/me/state', tokens['ada'], { state: 'Idle', idleCodeId: 'not-ready' });
  ids.abandoned = await abandonCall();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await fixture.close();
});

/** GET a page, checked against the contract. */
async function page(path: string, token: string | undefined): Promise<InteractionPage> {
  const answer = await call('GET', path, token);
  expect(answer.status).toBe(200);
  return interactionPageSchema.parse(answer.body);
}

const idsOf = (answer: InteractionPage) => answer.items.map((item) => item.interactionId);

/** Newest endedAt first, ties by id: the order every list answers in. */
const newestFirst = (records: InteractionRecord[]) =>
  [...records].sort((a, b) => b.endedAt - a.endedAt || (a.interactionId < b.interactionId ? -1 : 1));

describe('interaction records over the API', () => {
  it('serves an admin the whole tenant, newest first, each record as the contract describes it', async () => {
    const all = await page('/api/v1/interactions', fixture.admin);
    expect(all.nextCursor).toBeUndefined();
    expect(new Set(idsOf(all))).toEqual(new Set(Object.values(ids)));
    expect(all.items).toEqual(newestFirst(all.items));
    const byId = new Map(all.items.map((item) => [item.interactionId, item]));
    expect(byId.get(ids.adaFirst)).toMatchObject({
      mediaType: 'telephony',
      direction: 'inbound',
      ani: CUSTOMER,
      dnis: TEST_ENTRY_NUMBER,
      entryPointId: 'main',
      queueId: 'q-support',
      agentId: 'ada',
      agentIds: ['ada'],
      outcome: 'handled',
      endedBy: 'agent',
      wrapUpCodeId: 'resolved',
      callAssociatedData: { tier: { value: 'gold' } },
    });
    expect(byId.get(ids.bob)).toMatchObject({ agentId: 'bob', queueId: 'q-sales', outcome: 'handled' });
    expect(byId.get(ids.abandoned)).toMatchObject({ agentIds: [], outcome: 'abandoned', endedBy: 'customer' });

    const one = await call('GET', `/api/v1/interactions/${ids.adaFirst}`, fixture.admin);
    expect(one.status).toBe(200);
    expect(interactionRecordSchema.parse(one.body)).toEqual(byId.get(ids.adaFirst));
    expect(await call('GET', '/api/v1/interactions/no-such-interaction', fixture.admin)).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
  });

  it('serves agents the records they were offered, on their own route only', async () => {
    expect(new Set(idsOf(await page('/api/v1/agents/me/interactions', tokens['ada'])))).toEqual(
      new Set([ids.adaFirst, ids.adaSecond]),
    );
    expect(idsOf(await page('/api/v1/agents/me/interactions', tokens['bob']))).toEqual([ids.bob]);
    // Naming another agent narrows, never widens.
    expect(idsOf(await page('/api/v1/agents/me/interactions?agentId=bob', tokens['ada']))).toEqual([]);
    expect((await call('GET', '/api/v1/interactions', tokens['ada'])).status).toBe(403);
    expect((await call('GET', `/api/v1/interactions/${ids.adaFirst}`, tokens['ada'])).status).toBe(403);
    // Admins and supervisors have no agent session of their own here.
    expect((await call('GET', '/api/v1/agents/me/interactions', tokens['sue'])).status).toBe(403);
  });

  it("serves supervisors their teams' records and hides the rest as unknown", async () => {
    expect(new Set(idsOf(await page('/api/v1/interactions', tokens['sue'])))).toEqual(
      new Set([ids.adaFirst, ids.adaSecond]),
    );
    expect(idsOf(await page('/api/v1/interactions', tokens['rita']))).toEqual([ids.bob]);
    expect(await page('/api/v1/interactions', tokens['tom'])).toEqual({ items: [] });
    expect((await call('GET', `/api/v1/interactions/${ids.adaFirst}`, tokens['sue'])).status).toBe(200);
    expect((await call('GET', `/api/v1/interactions/${ids.bob}`, tokens['rita'])).status).toBe(200);
    for (const [supervisor, id] of [
      ['sue', ids.bob],
      ['sue', ids.abandoned],
      ['rita', ids.adaFirst],
      ['tom', ids.adaFirst],
    ] as const) {
      expect(await call('GET', `/api/v1/interactions/${id}`, tokens[supervisor])).toMatchObject({
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: `unknown interaction ${id}` } },
      });
    }
  });

  it('never crosses tenants', async () => {
    expect(await page('/api/v1/interactions', tokens['other'])).toEqual({ items: [] });
    expect((await call('GET', `/api/v1/interactions/${ids.adaFirst}`, tokens['other'])).status).toBe(404);
  });

  it('filters by outcome, queue, agent and time', async () => {
    const all = (await page('/api/v1/interactions', fixture.admin)).items;
    expect(idsOf(await page('/api/v1/interactions?outcome=abandoned', fixture.admin))).toEqual([ids.abandoned]);
    expect(idsOf(await page('/api/v1/interactions?queueId=q-sales', fixture.admin))).toEqual([ids.bob]);
    expect(idsOf(await page('/api/v1/interactions?agentId=ada&outcome=handled', fixture.admin))).toEqual(
      all.filter((item) => item.agentIds.includes('ada')).map((item) => item.interactionId),
    );
    const second = all.find((item) => item.interactionId === ids.adaSecond);
    const from = second?.endedAt ?? 0;
    const to = (all.find((item) => item.interactionId === ids.bob)?.endedAt ?? 0) + 1;
    expect(idsOf(await page(`/api/v1/interactions?from=${from}&to=${to}`, fixture.admin))).toEqual(
      all.filter((item) => item.endedAt >= from && item.endedAt < to).map((item) => item.interactionId),
    );
    expect(idsOf(await page(`/api/v1/interactions?to=${from}`, tokens['sue']))).toEqual(
      all.filter((item) => item.endedAt < from && item.agentIds.includes('ada')).map((item) => item.interactionId),
    );
  });

  it('pages with a cursor, each record once, the last page without one', async () => {
    const all = idsOf(await page('/api/v1/interactions', fixture.admin));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < all.length; pages += 1) {
      const next: InteractionPage = await page(
        `/api/v1/interactions?limit=1${cursor === undefined ? '' : `&cursor=${cursor}`}`,
        fixture.admin,
      );
      seen.push(...idsOf(next));
      cursor = next.nextCursor;
      expect(cursor === undefined).toBe(pages === all.length - 1);
    }
    expect(seen).toEqual(all);
    const first = await page('/api/v1/agents/me/interactions?limit=1', tokens['ada']);
    expect(first.nextCursor).toBeDefined();
    const rest = await page(`/api/v1/agents/me/interactions?cursor=${first.nextCursor ?? ''}`, tokens['ada']);
    expect(new Set([...idsOf(first), ...idsOf(rest)])).toEqual(new Set([ids.adaFirst, ids.adaSecond]));
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['from=yesterday', 'from'],
    ['to=-5', 'to'],
    ['outcome=lost', 'outcome'],
    ['queueId=no%20spaces', 'queueId'],
    ['limit=1&limit=2', 'limit'],
    ['page=2', 'page'],
    ['cursor=not*base64', 'cursor'],
    [`cursor=${Buffer.from('{"endedAt":"soon"}').toString('base64url')}`, 'cursor'],
  ])('answers ?%s with 400 on field %s', async (search, field) => {
    for (const [path, token] of [
      ['/api/v1/interactions', fixture.admin],
      ['/api/v1/agents/me/interactions', tokens['ada']],
    ] as const) {
      expect(await call('GET', `${path}?${search}`, token)).toMatchObject({
        status: 400,
        body: { error: { code: 'INVALID_REQUEST', field } },
      });
    }
  });

  it('lists the routes in the OpenAPI document', async () => {
    const document = (await call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    expect(document.paths['/api/v1/interactions']).toHaveProperty('get');
    expect(document.paths['/api/v1/interactions/{interactionId}']).toHaveProperty('get');
    expect(document.paths['/api/v1/agents/me/interactions']?.['get']).toMatchObject({
      tags: ['interactions'],
      security: [{ bearer: ['agent:self'] }],
    });
  });
});
