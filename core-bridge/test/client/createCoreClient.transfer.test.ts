import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createCoreClient, type CoreClient } from '../../src/client/index.js';
import { createEventRecorder, type EventRecorder } from './support/createEventRecorder.js';
import { AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// Two desktops on a real core: Ada consults Bob about her customer, then hands the customer over.

let core: TestCore;
const desks: { client: CoreClient; recorder: EventRecorder }[] = [];

beforeAll(async () => {
  core = await startTestCore();
  for (const [username, phone] of [
    ['ada', '1001'],
    ['bob', '1002'],
  ] as const) {
    const client = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
    await client.auth.signIn({ tenant: 'default', username, password: AGENT_PASSWORD });
    await client.stationLogin(phone);
    const recorder = createEventRecorder(client);
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    desks.push({ client, recorder });
  }
});

afterAll(async () => {
  for (const { client } of desks) client.events.disconnect();
  await core.close();
});

describe('consult and transfer through the client', () => {
  it('consults another agent and transfers the customer to them, with the events on both desktops', async () => {
    const [ada, bob] = desks;
    if (!ada || !bob) throw new Error('no desks');
    await ada.client.setState({ state: 'Available' });
    await core.placeCall();
    const offered = await ada.recorder.event('contact.offered');
    if (offered.event.type !== 'contact.offered') throw new Error('not an offer');
    const { interactionId } = offered.event.contact;
    await ada.client.accept(interactionId);
    await ada.recorder.event('contact.assigned');

    await expect(ada.client.consult(interactionId, { kind: 'agent', agentId: 'bob' })).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
    });
    // The picker lists Bob, logged in but not Available yet; Ada does not list herself.
    expect(await ada.client.listBuddyAgents()).toEqual([
      {
        agentId: 'bob',
        name: expect.any(String),
        teamId: expect.any(String),
        state: expect.objectContaining({ name: 'Idle' }),
      },
    ]);
    await bob.client.setState({ state: 'Available' });
    expect(await ada.client.listBuddyAgents()).toEqual([
      expect.objectContaining({ agentId: 'bob', state: expect.objectContaining({ name: 'Available' }) }),
    ]);
    expect(await ada.client.consult(interactionId, { kind: 'agent', agentId: 'bob' })).toMatchObject({
      state: 'held',
      consult: { target: { kind: 'agent', agentId: 'bob' } },
    });
    const consultOffer = await bob.recorder.event('contact.consultOffered');
    if (consultOffer.event.type !== 'contact.consultOffered') throw new Error('not a consult offer');
    expect(consultOffer.event).toMatchObject({ agentId: 'bob', contact: { interactionId } });
    await bob.client.accept(interactionId);
    await ada.recorder.event('contact.consulting');

    expect(await ada.client.consultTransfer(interactionId)).toMatchObject({ agentId: 'bob' });
    const transferred = await ada.recorder.event('contact.transferred');
    if (transferred.event.type !== 'contact.transferred') throw new Error('not a transfer');
    expect(transferred.event).toMatchObject({ fromAgentId: 'ada', mode: 'consult', target: { agentId: 'bob' } });
    await bob.recorder.event('contact.ownerChanged');
    expect(await bob.client.listContacts()).toEqual([expect.objectContaining({ interactionId, agentId: 'bob' })]);
    const [code] = await ada.client.listWrapUpCodes();
    // Ada left a contact that goes on: she wraps up her part of it.
    await expect(ada.client.hold(interactionId)).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
    await ada.client.wrapUp(interactionId, code?.id ?? '');
    const adaWrappedUp = await ada.recorder.event('contact.wrappedUp');
    expect(adaWrappedUp.event).toMatchObject({
      agentId: 'ada',
      contact: { agentId: 'bob', state: 'connected', formerAgents: [{ agentId: 'ada', wrapUpCodeId: code?.id }] },
    });
    const contactTypes = (recorder: EventRecorder) => recorder.types().filter((type) => type.startsWith('contact.'));
    expect(contactTypes(ada.recorder)).toEqual([
      'contact.offered',
      'contact.assigned',
      'contact.consultStarted',
      'contact.consultOffered',
      'contact.consulting',
      'contact.transferred',
      'contact.ownerChanged',
      'contact.wrapUpStarted',
      'contact.wrappedUp',
    ]);
    expect(contactTypes(bob.recorder)).toEqual([
      'contact.consultOffered',
      'contact.consulting',
      'contact.transferred',
      'contact.ownerChanged',
    ]);

    await bob.client.end(interactionId);
    expect(await bob.client.wrapUp(interactionId, code?.id ?? '')).toMatchObject({ state: 'ended' });
    await bob.recorder.event('contact.wrappedUp');
    for (const { recorder } of desks) {
      expect(recorder.seqs()).toEqual(recorder.consecutiveSeqs());
      expect(recorder.errors).toEqual([]);
    }
  });

  it('refuses a transfer target outside the contract with the failing field', async () => {
    const [, bob] = desks;
    await expect(
      bob?.client.transfer('no-such-contact', { kind: 'queue', queueId: 'not valid!' }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST', status: 400, field: 'queueId' });
    await expect(bob?.client.outdial({ destination: 'not a number' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      field: 'destination',
    });
  });
});
