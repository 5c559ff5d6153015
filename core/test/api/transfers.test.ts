import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, AGENT_PASSWORD, startTestCore } from './coreFixture.js';

// Consult and transfer through the REST API, as two desktops would drive them.

let fixture: Awaited<ReturnType<typeof startTestCore>>;
let admin = '';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  fixture = await startTestCore();
  admin = await fixture.tokenFor('admin', ADMIN_PASSWORD);
  await fixture.configureTenant(admin);
  await fixture.call('POST', '/api/v1/config/users', admin, {
    id: 'bob',
    name: 'Bob',
    roles: ['agent'],
    teamId: 'support',
  });
  await fixture.call('PUT', '/api/v1/config/users/bob/password', admin, { password: AGENT_PASSWORD });
  await fixture.call('PUT', '/api/v1/simulator/phones/1002', admin, { answer: 'auto' });
  for (const [user, phone] of [
    ['ada', '1001'],
    ['bob', '1002'],
  ] as const) {
    tokens[user] = await fixture.tokenFor(user, AGENT_PASSWORD);
    await fixture.call('POST', '/api/v1/agents/me/station-login', tokens[user], { dialNumber: phone });
  }
});
afterAll(() => fixture.close());

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}

type Contact = { interactionId: string; state: string; agentId?: string; consult?: { state: string } };
const contactsOf = async (user: string) =>
  (await fixture.call('GET', '/api/v1/agents/me/contacts', tokens[user])).body as unknown as Contact[];

describe('consult and transfer over REST', () => {
  it('consults another agent and hands the customer over', async () => {
    await fixture.call('PUT', '/api/v1/agents/me/state', tokens['ada'], { state: 'Available' });
    await fixture.call('POST', '/api/v1/simulator/calls', admin, { ani: '+393331112222', dnis: '+390200000001' });
    const [offer] = await eventually(
      () => contactsOf('ada'),
      (contacts) => contacts.length === 1,
    );
    const path = `/api/v1/agents/me/contacts/${offer?.interactionId ?? ''}`;
    await fixture.call('POST', `${path}/accept`, tokens['ada']);
    await eventually(
      () => contactsOf('ada'),
      (contacts) => contacts[0]?.state === 'connected',
    );

    expect(
      (await fixture.call('POST', `${path}/consult`, tokens['ada'], { kind: 'agent', agentId: 'nobody' })).status,
    ).toBe(400);
    expect(
      (await fixture.call('POST', `${path}/consult`, tokens['ada'], { kind: 'agent', agentId: 'bob' })).status,
    ).toBe(409);
    await fixture.call('PUT', '/api/v1/agents/me/state', tokens['bob'], { state: 'Available' });
    expect(
      (await fixture.call('POST', `${path}/consult`, tokens['ada'], { kind: 'agent', agentId: 'bob' })).status,
    ).toBe(200);

    const [consultOffer] = await eventually(
      () => contactsOf('bob'),
      (contacts) => contacts.length === 1,
    );
    expect(consultOffer?.interactionId).toBe(offer?.interactionId);
    await fixture.call('POST', `${path}/accept`, tokens['bob']);
    await eventually(
      () => contactsOf('ada'),
      (contacts) => contacts[0]?.consult?.state === 'consulting',
    );

    const transferred = await fixture.call('POST', `${path}/consult-transfer`, tokens['ada']);
    expect(transferred).toMatchObject({ status: 200, body: { agentId: 'bob' } });
    expect((await contactsOf('bob'))[0]).toMatchObject({ agentId: 'bob', state: 'connected' });
    // Ada left the call: she wraps up her part and no longer controls it.
    expect((await fixture.call('POST', `${path}/hold`, tokens['ada'])).body).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect((await fixture.call('POST', `${path}/wrap-up`, tokens['ada'], { wrapUpCodeId: 'resolved' })).status).toBe(
      200,
    );
    expect(await contactsOf('ada')).toEqual([]);
  });

  it('validates transfer targets and outdial destinations', async () => {
    const unknown = '/api/v1/agents/me/contacts/nope';
    expect((await fixture.call('POST', `${unknown}/transfer`, tokens['bob'], { kind: 'queue' })).body).toMatchObject({
      error: { code: 'INVALID_REQUEST', field: 'queueId' },
    });
    expect(
      (await fixture.call('POST', `${unknown}/transfer`, tokens['bob'], { kind: 'queue', queueId: 'q-support' }))
        .status,
    ).toBe(404);
    expect(
      (await fixture.call('POST', '/api/v1/agents/me/outdial', tokens['ada'], { destination: 'not a number' })).body,
    ).toMatchObject({
      error: { code: 'INVALID_REQUEST', field: 'destination' },
    });
  });
});
