import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventType } from '@patchbay/core/contract';
import WebSocket from 'ws';
import { createCoreClient, type CoreClientOptions, type CoreTokens } from '../../src/client/index.js';
import { createEventRecorder } from './support/createEventRecorder.js';
import { AGENT_PASSWORD, startTestCore, type TestCore } from './support/startTestCore.js';

// The typed client against a real core in process: sign-in, station login, and a call handled
// from offer to wrap-up, with the events arriving typed and in order.

let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});

afterAll(async () => {
  await core.close();
});

const newClient = (options: Partial<CoreClientOptions> = {}) =>
  createCoreClient({ baseUrl: core.baseUrl, WebSocket, ...options });

describe('createCoreClient against a real core', () => {
  it('signs in, handles a call from offer to wrap-up and receives every event typed and in order', async () => {
    const saved: CoreTokens[] = [];
    const handlerErrors: unknown[] = [];
    const client = newClient({
      onTokens: (tokens) => saved.push(tokens),
      onHandlerError: (error) => handlerErrors.push(error),
    });
    const tokens = await client.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    expect(tokens).toMatchObject({ tenantId: 'default', userId: 'ada', scopes: ['config:read', 'agent:self'] });
    expect(saved).toEqual([tokens]);
    expect(client.auth.tokens()).toEqual(tokens);

    const recorder = createEventRecorder(client);
    const offers: { interactionId: string; expiresAt: number; stream: string }[] = [];
    client.events.on('contact.offered', (payload, event) => {
      // `payload` is narrowed to the offer: `expiresAt` exists only there.
      offers.push({ interactionId: payload.contact.interactionId, expiresAt: payload.expiresAt, stream: event.stream });
    });
    // A faulty app handler is reported and keeps no other handler from running.
    client.events.on('contact.assigned', () => {
      throw new Error('app bug');
    });
    const endings: string[] = [];
    client.events.on('contact.ended', (payload) => endings.push(payload.endedBy));

    // Connected before the station login: the agent's stream is followed from the moment of subscribing.
    client.events.connect({ streams: ['agent:me'] });
    await recorder.state('open');
    expect(await client.stationLogin('1001')).toMatchObject({ agentId: 'ada', dialNumber: '1001' });
    expect(await client.setState({ state: 'Available' })).toMatchObject({ state: { name: 'Available' } });

    await core.placeCall('+393331234567');
    const offered = await recorder.event('contact.offered');
    if (offered.event.type !== 'contact.offered') throw new Error('not an offer');
    const { interactionId } = offered.event.contact;
    expect(offered.event.contact).toMatchObject({
      mediaType: 'telephony',
      direction: 'inbound',
      state: 'offered',
      ani: '+393331234567',
      dnis: '+390200000001',
      queueId: 'q-support',
      callAssociatedData: { tier: { value: 'gold', agentEditable: true } },
    });
    expect(offers).toEqual([{ interactionId, expiresAt: offered.event.expiresAt, stream: 'agent:ada' }]);

    await expect(client.hold(interactionId)).rejects.toMatchObject({
      name: 'CoreClientError',
      code: 'CONFLICT',
      status: 409,
      state: 'offered',
    });
    await client.accept(interactionId);
    await recorder.event('contact.assigned');
    expect(await client.listContacts()).toEqual([expect.objectContaining({ interactionId, state: 'connected' })]);
    expect(await client.getSession()).toMatchObject({ state: { name: 'Engaged', interactionId } });
    expect(await client.hold(interactionId)).toMatchObject({ state: 'held' });
    expect(await client.resume(interactionId)).toMatchObject({ state: 'connected' });
    // DTMF goes to the customer's leg; the simulator shows what its far end heard.
    expect(await client.sendDtmf(interactionId, '12#')).toMatchObject({ state: 'connected' });
    expect(await client.sendDtmf(interactionId, '*9')).toMatchObject({ state: 'connected' });
    const customerLeg = (await core.liveCalls()).legs.find((leg) => leg.from === '+393331234567');
    expect(customerLeg?.digitsSent).toBe('12#*9');
    await expect(client.sendDtmf(interactionId, '12x')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      status: 400,
      field: 'digits',
    });
    const updated = await client.updateCallData(interactionId, { tier: 'platinum' });
    expect(updated.callAssociatedData['tier']).toMatchObject({ value: 'platinum' });
    expect(await client.end(interactionId)).toMatchObject({ state: 'wrapUp' });
    await expect(client.wrapUp(interactionId, 'no-such-code')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      status: 400,
      field: 'wrapUpCodeId',
    });
    const [code] = await client.listWrapUpCodes();
    if (!code) throw new Error('the tenant has no wrap-up code');
    expect(await client.wrapUp(interactionId, code.id)).toMatchObject({ state: 'ended', wrapUpCodeId: code.id });
    await recorder.event('contact.wrappedUp');

    const contactTypes: EventType[] = [
      'contact.offered',
      'contact.assigned',
      'contact.held',
      'contact.resumed',
      'contact.dataUpdated',
      'contact.ended',
      'contact.wrapUpStarted',
      'contact.wrappedUp',
    ];
    expect(recorder.types().filter((type) => type.startsWith('contact.'))).toEqual(contactTypes);
    expect(recorder.types()[0]).toBe('agent.loggedIn');
    expect(recorder.seqs()).toEqual(recorder.consecutiveSeqs());
    expect(new Set(recorder.events.map((event) => event.stream))).toEqual(new Set(['agent:ada']));
    expect(endings).toEqual(['agent']);
    expect(recorder.errors).toEqual([]);
    expect(handlerErrors).toEqual([new Error('app bug')]);

    client.events.disconnect();
    expect(recorder.states).toEqual(['connecting', 'open', 'closed']);
  });

  it('lists the lookups a desktop needs, each with its version', async () => {
    const client = newClient();
    await client.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    expect(await client.listQueues()).toEqual([
      expect.objectContaining({ id: 'q-support', name: 'Support', defaultPriority: 5, version: 1 }),
    ]);
    expect(await client.listEntryPoints()).toEqual([
      expect.objectContaining({ id: 'main', numbers: ['+390200000001'], version: 1 }),
    ]);
    const idleCodes = await client.listIdleCodes();
    expect(idleCodes.length).toBeGreaterThan(0);
    expect(idleCodes.filter((code) => code.isDefault)).toHaveLength(1);
    expect((await client.listWrapUpCodes()).every((code) => code.version >= 1)).toBe(true);
  });

  it('goes Idle with an idle code and logs out', async () => {
    const client = newClient();
    await client.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    await client.stationLogin('1001');
    const [idle] = await client.listIdleCodes();
    if (!idle) throw new Error('the tenant has no idle code');
    expect(await client.setState({ state: 'Idle', idleCodeId: idle.id })).toMatchObject({
      state: { name: 'Idle', idleCodeId: idle.id },
    });
    await expect(client.logout()).resolves.toBeUndefined();
    await expect(client.getSession()).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
