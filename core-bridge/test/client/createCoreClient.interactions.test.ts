import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createCoreClient, type CoreClient } from '../../src/client/index.js';
import { createEventRecorder } from './support/createEventRecorder.js';
import { ADMIN_PASSWORD, AGENT_PASSWORD, ENTRY_NUMBER, startTestCore, type TestCore } from './support/startTestCore.js';

// The typed client reads back the records that handled calls leave: an agent their own, an admin
// the tenant's, filtered and paged, each answer checked against the contract.

let core: TestCore;
let agent: CoreClient;
let admin: CoreClient;
const handled: string[] = [];

const newClient = () => createCoreClient({ baseUrl: core.baseUrl, WebSocket });

beforeAll(async () => {
  core = await startTestCore();
  agent = newClient();
  await agent.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
  admin = newClient();
  await admin.auth.signIn({ tenant: 'default', username: 'admin', password: ADMIN_PASSWORD });

  const recorder = createEventRecorder(agent);
  await agent.stationLogin('1001');
  agent.events.connect({ streams: ['agent:me'] });
  await recorder.state('open');
  await agent.setState({ state: 'Available' });
  const [code] = await agent.listWrapUpCodes();
  if (!code) throw new Error('the tenant has no wrap-up code');
  // Two calls, handled from offer to wrap-up; the agent is Available again after each.
  for (let index = 0; index < 2; index += 1) {
    await core.placeCall();
    const offered = await recorder.event('contact.offered', index);
    if (offered.event.type !== 'contact.offered') throw new Error('not an offer');
    const { interactionId } = offered.event.contact;
    await agent.accept(interactionId);
    await recorder.event('contact.assigned', index);
    await agent.end(interactionId);
    await agent.wrapUp(interactionId, code.id);
    handled.push(interactionId);
  }
  agent.events.disconnect();
});

afterAll(async () => {
  await core.close();
});

describe('interaction records through the typed client', () => {
  it("lists the agent's own records, newest first", async () => {
    const page = await agent.listMyInteractions();
    expect(page.nextCursor).toBeUndefined();
    expect(new Set(page.items.map((item) => item.interactionId))).toEqual(new Set(handled));
    const [newest, oldest] = page.items;
    expect((newest?.endedAt ?? 0) >= (oldest?.endedAt ?? 0)).toBe(true);
    expect(newest).toMatchObject({
      mediaType: 'telephony',
      direction: 'inbound',
      dnis: ENTRY_NUMBER,
      queueId: 'q-support',
      agentId: 'ada',
      agentIds: ['ada'],
      outcome: 'handled',
      endedBy: 'agent',
    });
  });

  it('gets, filters and pages the tenant for an admin', async () => {
    const all = await admin.listInteractions();
    expect(all.items).toHaveLength(2);
    const [first, second] = all.items;
    if (!first || !second) throw new Error('expected two records');
    expect(await admin.getInteraction(first.interactionId)).toEqual(first);

    const one = await admin.listInteractions({ agentId: 'ada', outcome: 'handled', limit: 1 });
    expect(one.items).toEqual([first]);
    expect(one.nextCursor).toEqual(expect.any(String));
    const rest = await admin.listInteractions({ agentId: 'ada', outcome: 'handled', limit: 1, cursor: one.nextCursor });
    expect(rest).toEqual({ items: [second] });
    expect(await admin.listInteractions({ outcome: 'abandoned' })).toEqual({ items: [] });
    expect(await admin.listInteractions({ agentId: 'bob' })).toEqual({ items: [] });
    expect(await admin.listInteractions({ from: first.endedAt, to: first.endedAt + 1 })).toMatchObject({
      items: expect.arrayContaining([first]),
    });
  });

  it('rejects with the code and field the core gave', async () => {
    await expect(admin.listInteractions({ cursor: 'not a cursor' })).rejects.toMatchObject({
      name: 'CoreClientError',
      code: 'INVALID_REQUEST',
      status: 400,
      field: 'cursor',
    });
    await expect(admin.listInteractions({ limit: 0 })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'limit',
    });
    await expect(admin.getInteraction('no-such-interaction')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    await expect(agent.listInteractions()).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await expect(admin.listMyInteractions()).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });
});
