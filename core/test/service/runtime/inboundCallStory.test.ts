import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, SALES_NUMBER, SECOND, START, UNKNOWN_NUMBER, createRuntimeHarness } from './runtimeHarness.js';

const at = (seconds: number) => START + seconds * SECOND;

describe('an inbound call, from login to wrap-up', () => {
  it('offers, connects, holds, ends and wraps up, with events, views and the interaction record', async () => {
    const h = createRuntimeHarness();
    const { runtime } = h;

    // Ada logs in at her extension: Idle with the default idle code, then makes herself available.
    const session = await h.login('a1');
    expect(session).toEqual({
      agentId: 'a1',
      sessionId: 'id-1',
      teamId: 'sales',
      dialNumber: '1001',
      loggedInAt: at(0),
      state: { name: 'Idle', idleCodeId: 'break', since: at(0) },
    });
    expect((await h.available('a1')).state).toEqual({ name: 'Available', since: at(0) });

    // A customer calls the sales line five seconds later: answered, queued and offered to Ada.
    await h.advance(5 * SECOND);
    const customerLeg = await h.call();
    expect(h.telephony.getLeg(customerLeg.id).state).toBe('connected');
    const offered = h.contactOf('a1');
    expect(offered).toEqual({
      interactionId: 'id-2',
      mediaType: 'telephony',
      direction: 'inbound',
      state: 'offered',
      ani: CUSTOMER,
      dnis: SALES_NUMBER,
      entryPointId: 'sales-line',
      queueId: 'sales',
      agentId: 'a1',
      callAssociatedData: {
        customerId: { value: 'C-42', agentViewable: true, agentEditable: false, sensitive: false },
        notes: { value: '', agentViewable: true, agentEditable: true, sensitive: false },
        cardNumber: { value: '••••', agentViewable: true, agentEditable: true, sensitive: true },
        callbacks: { value: 0, agentViewable: true, agentEditable: true, sensitive: false },
      },
      createdAt: at(5),
      offer: { agentId: 'a1', expiresAt: at(23), answerByPhone: false },
    });
    expect(runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'Reserved', interactionId: 'id-2', since: at(5) });
    const offerEvent = (await h.events('agent:a1')).find((event) => event.event.type === 'contact.offered');
    expect(offerEvent?.event).toEqual({
      type: 'contact.offered',
      contact: offered,
      agentId: 'a1',
      expiresAt: at(5 + 18),
      answerByPhone: false,
    });

    // She accepts on the desktop two seconds later: her phone rings and answers by itself.
    await h.advance(2 * SECOND);
    expect(await runtime.accept('t1', 'a1', 'id-2')).toMatchObject({ state: 'offered' });
    expect(runtime.getSession('t1', 'a1')?.state.name).toBe('Reserved');
    await h.advance(0);
    const connected = h.contactOf('a1');
    expect(connected).toMatchObject({ state: 'connected', agentId: 'a1', connectedAt: at(7) });
    expect(runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'Engaged', interactionId: 'id-2', since: at(7) });
    const [bridge] = h.telephony.listLiveCalls('t1').bridges;
    expect(bridge?.legIds).toHaveLength(2);
    expect(bridge?.legIds[0]).toBe(customerLeg.id);

    // A minute of talk, ten seconds on hold, twenty more seconds of talk; then Ada ends the call.
    await h.advance(60 * SECOND);
    expect(await runtime.hold('t1', 'a1', 'id-2')).toMatchObject({ state: 'held' });
    expect(h.telephony.getLeg(customerLeg.id).state).toBe('held');
    await h.advance(10 * SECOND);
    expect(await runtime.resume('t1', 'a1', 'id-2')).toMatchObject({ state: 'connected' });
    await h.advance(20 * SECOND);
    expect(await runtime.end('t1', 'a1', 'id-2')).toMatchObject({ state: 'wrapUp', endedAt: at(97) });
    expect(h.telephony.listLegs('t1')).toEqual([]);
    expect(runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'WrapUp', interactionId: 'id-2', since: at(97) });

    // Fifteen seconds of wrap-up, and she is available again.
    await h.advance(15 * SECOND);
    expect(await runtime.wrapUp('t1', 'a1', 'id-2', { wrapUpCodeId: 'callback' })).toMatchObject({
      state: 'ended',
      wrapUpCodeId: 'callback',
    });
    expect(runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'Available', since: at(112) });
    expect(runtime.listContacts('t1')).toEqual([]);

    expect(await h.lines('agent:a1')).toEqual([
      '1 agent.loggedIn',
      '2 agent.stateChanged',
      '3 contact.offered',
      '4 agent.stateChanged',
      '5 contact.assigned',
      '6 agent.stateChanged',
      '7 contact.held',
      '8 contact.resumed',
      '9 contact.ended',
      '10 contact.wrapUpStarted',
      '11 agent.stateChanged',
      '12 contact.wrappedUp',
      '13 agent.stateChanged',
    ]);
    const events = await h.events('agent:a1');
    expect(events.map((event) => event.time)).toEqual([0, 0, 5, 5, 7, 7, 67, 77, 97, 97, 97, 112, 112].map(at));
    expect(events[8]?.event).toMatchObject({ type: 'contact.ended', endedBy: 'agent' });
    expect(events[9]?.event).toEqual({ type: 'contact.wrapUpStarted', contact: expect.anything() });
    // The tenant stream carries the same events, in the same order.
    expect((await h.events('tenant')).map((event) => event.event)).toEqual(events.map((event) => event.event));

    expect(await h.document('contact', 'id-2')).toBeUndefined();
    expect(await h.document('agentSession', 'a1')).toEqual(runtime.getSession('t1', 'a1'));
    expect(await h.document('interaction', 'id-2')).toEqual({
      interactionId: 'id-2',
      mediaType: 'telephony',
      direction: 'inbound',
      ani: CUSTOMER,
      dnis: SALES_NUMBER,
      entryPointId: 'sales-line',
      queueId: 'sales',
      agentId: 'a1',
      agentIds: ['a1'],
      createdAt: at(5),
      queuedAt: at(5),
      offeredAt: at(5),
      connectedAt: at(7),
      endedAt: at(97),
      wrappedUpAt: at(112),
      wrapUpCodeId: 'callback',
      outcome: 'handled',
      endedBy: 'agent',
      callAssociatedData: offered.callAssociatedData,
      segments: [
        { kind: 'queue', queueId: 'sales', startedAt: at(5), endedAt: at(5) },
        { kind: 'offer', agentId: 'a1', startedAt: at(5), endedAt: at(7), result: 'accepted' },
        { kind: 'talk', agentId: 'a1', startedAt: at(7), endedAt: at(97) },
        { kind: 'hold', agentId: 'a1', startedAt: at(67), endedAt: at(77) },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it('ends the call when the agent hangs up their phone, and wraps up from there', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await h.runtime.accept('t1', 'a1', interactionId);
    await h.advance(0);
    const [, agentLeg] = h.telephony.listLegs('t1');
    if (!agentLeg) throw new Error('no agent leg');
    h.telephony.customerHangup(agentLeg.id); // the far end of the agent's leg: the agent's phone
    await h.settle();
    expect(h.contactOf('a1')).toMatchObject({ state: 'wrapUp', endedAt: START });
    expect(h.telephony.listLegs('t1')).toEqual([]);
    expect((await h.events('agent:a1')).at(-3)?.event).toMatchObject({ type: 'contact.ended', endedBy: 'agent' });
    expect(h.errors).toEqual([]);
  });

  it('hangs up a call to a number no entry point answers, and one whose entry point is in another tenant', async () => {
    const h = createRuntimeHarness();
    const unknown = await h.call({ dnis: UNKNOWN_NUMBER });
    expect(h.telephony.getLeg(unknown.id)).toMatchObject({ state: 'ended', endReason: 'hangup-local' });
    const crossTenant = await h.call({ tenantId: 't2', dnis: SALES_NUMBER });
    expect(h.telephony.getLeg(crossTenant.id)).toMatchObject({ state: 'ended', endReason: 'hangup-local' });
    expect(h.runtime.listContacts('t1')).toEqual([]);
    expect(h.runtime.listContacts('t2')).toEqual([]);
    expect(await h.events('tenant')).toEqual([]);
    expect(h.errors.map((error) => error.during)).toEqual(['inbound call']);
  });
});
