import { describe, expect, it } from '@jest/globals';
import { SECOND, START, expectServiceError } from './runtimeHarness.js';
import { DESTINATION, OUTDIAL_ANI, bridges, createTransferHarness, liveLegs, stateOf } from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;

describe('outdial', () => {
  it('rings the agent, then the customer, and runs like any call from there', async () => {
    const h = createTransferHarness();
    await h.login('a7'); // Idle on a break: an outdial does not need Available
    const started = await h.runtime.outdial('t1', 'a7', {
      destination: DESTINATION,
      callAssociatedData: { orderId: 'O-7' },
    });
    expect(started).toEqual({
      interactionId: 'id-2',
      mediaType: 'telephony',
      direction: 'outbound',
      state: 'dialing',
      ani: OUTDIAL_ANI,
      dnis: DESTINATION,
      entryPointId: 'outbound',
      queueId: 'sales',
      agentId: 'a7',
      callAssociatedData: {
        campaign: { value: 'spring', agentViewable: true, agentEditable: false, sensitive: false },
        orderId: { value: 'O-7', agentViewable: true, agentEditable: false, sensitive: false },
      },
      createdAt: at(0),
    });
    expect(h.runtime.getSession('t1', 'a7')?.state).toEqual({
      name: 'Reserved',
      interactionId: 'id-2',
      pendingIdleCodeId: 'break',
      since: at(0),
    });
    expect(liveLegs(h)).toEqual(['1007 ringing']);

    // Her phone answers on the next tick: she is Engaged and the customer's phone rings (2 s).
    await h.advance(0);
    expect(stateOf(h, 'a7')).toBe('Engaged');
    expect(liveLegs(h)).toEqual(['1007 connected', `${DESTINATION} ringing`]);
    const customerLeg = h.telephony.listLegs('t1')[1];
    expect(customerLeg).toMatchObject({ from: OUTDIAL_ANI, callAssociatedData: { orderId: 'O-7' } });
    await h.advance(2 * SECOND);
    expect(h.contactOf('a7')).toMatchObject({ state: 'connected', connectedAt: at(2) });
    expect(bridges(h)).toEqual([[DESTINATION, '1007']]);

    // The same controls as an inbound call.
    await h.advance(10 * SECOND);
    await h.runtime.hold('t1', 'a7', 'id-2');
    await h.advance(5 * SECOND);
    await h.runtime.resume('t1', 'a7', 'id-2');
    await h.advance(5 * SECOND);
    expect(await h.runtime.end('t1', 'a7', 'id-2')).toMatchObject({ state: 'wrapUp' });
    await h.runtime.wrapUp('t1', 'a7', 'id-2', { wrapUpCodeId: 'resolved' });
    // Back on her break, with the code she had.
    expect(h.runtime.getSession('t1', 'a7')?.state).toEqual({ name: 'Idle', idleCodeId: 'break', since: at(22) });

    expect(await h.lines('agent:a7')).toEqual([
      '1 agent.loggedIn',
      '2 contact.outdialStarted',
      '3 agent.stateChanged',
      '4 agent.stateChanged',
      '5 contact.assigned',
      '6 contact.held',
      '7 contact.resumed',
      '8 contact.ended',
      '9 contact.wrapUpStarted',
      '10 agent.stateChanged',
      '11 contact.wrappedUp',
      '12 agent.stateChanged',
    ]);
    expect(await h.document('interaction', 'id-2')).toEqual({
      interactionId: 'id-2',
      mediaType: 'telephony',
      direction: 'outbound',
      ani: OUTDIAL_ANI,
      dnis: DESTINATION,
      entryPointId: 'outbound',
      queueId: 'sales',
      agentId: 'a7',
      agentIds: ['a7'],
      createdAt: at(0),
      connectedAt: at(2),
      endedAt: at(22),
      wrappedUpAt: at(22),
      wrapUpCodeId: 'resolved',
      outcome: 'handled',
      endedBy: 'agent',
      callAssociatedData: started.callAssociatedData,
      segments: [
        { kind: 'talk', agentId: 'a7', startedAt: at(2), endedAt: at(22) },
        { kind: 'hold', agentId: 'a7', startedAt: at(12), endedAt: at(17) },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it.each([
    ['busy', 'busy'],
    ['reject', 'rejected'],
    ['no-answer', 'noAnswer'],
  ] as const)(
    'fails when the customer phone behaves %s, and sends the agent straight back',
    async (behaviour, reason) => {
      const h = createTransferHarness();
      h.telephony.setNumberBehaviour(DESTINATION, behaviour, 1 * SECOND);
      await h.login('a7');
      await h.available('a7');
      const { interactionId } = await h.runtime.outdial('t1', 'a7', { destination: DESTINATION });
      await h.advance(0);
      await h.advance(behaviour === 'no-answer' ? 60 * SECOND : 1 * SECOND);
      expect(h.runtime.listContacts('t1')).toEqual([]);
      expect(h.runtime.getSession('t1', 'a7')?.state.name).toBe('Available');
      expect(liveLegs(h)).toEqual([]);
      const events = (await h.events('agent:a7')).slice(-3).map((event) => event.event);
      expect(events).toMatchObject([
        { type: 'contact.outdialFailed', agentId: 'a7', reason, contact: { state: 'ended' } },
        { type: 'contact.ended', endedBy: 'system' },
        { type: 'agent.stateChanged', state: { name: 'Available' } },
      ]);
      expect(await h.document('interaction', interactionId)).toMatchObject({
        outcome: 'failed',
        endedBy: 'system',
        agentIds: ['a7'],
        segments: [],
      });
      expect(await h.document('interaction', interactionId)).not.toHaveProperty('agentId');
      expect(h.errors).toEqual([]);
    },
  );

  it("fails when the agent's own phone does not answer, and when the agent hangs up first", async () => {
    const h = createTransferHarness();
    await h.runtime.stationLogin('t1', 'a7', { dialNumber: '1905' }); // a phone nobody answers
    const first = await h.runtime.outdial('t1', 'a7', { destination: DESTINATION });
    await h.advance(18 * SECOND); // the profile's ring time
    expect(h.runtime.getSession('t1', 'a7')?.state).toMatchObject({ name: 'Idle', idleCodeId: 'break' });
    expect((await h.events('agent:a7')).at(-3)?.event).toMatchObject({
      type: 'contact.outdialFailed',
      reason: 'agentUnreachable',
    });
    expect(await h.document('interaction', first.interactionId)).toMatchObject({
      outcome: 'failed',
      endedBy: 'system',
    });

    // From a phone that answers, she hangs up (ends) while the customer's phone still rings.
    await h.runtime.stationLogin('t1', 'a7', { dialNumber: '1007' });
    const second = await h.runtime.outdial('t1', 'a7', { destination: DESTINATION });
    await h.advance(0);
    expect(await h.runtime.end('t1', 'a7', second.interactionId)).toMatchObject({ state: 'ended' });
    expect(liveLegs(h)).toEqual([]);
    expect((await h.events('agent:a7')).at(-3)?.event).toMatchObject({
      type: 'contact.outdialFailed',
      reason: 'cancelled',
    });
    expect(await h.document('interaction', second.interactionId)).toMatchObject({
      outcome: 'failed',
      endedBy: 'agent',
    });
    expect(stateOf(h, 'a7')).toBe('Idle');
    expect(h.errors).toEqual([]);
  });

  it('refuses a bad destination, a profile without outdial, and an agent who is not free', async () => {
    const h = createTransferHarness();
    await h.login('a7');
    for (const destination of ['1', '+0212345678', 'sip:bob', '']) {
      await expectServiceError(h.runtime.outdial('t1', 'a7', { destination }), {
        code: 'INVALID_REQUEST',
        field: 'destination',
      });
    }
    await h.login('a1'); // the default profile has no outdial entry point
    await expectServiceError(h.runtime.outdial('t1', 'a1', { destination: DESTINATION }), {
      code: 'CONFLICT',
      state: 'no-outdial',
    });
    await expectServiceError(h.runtime.outdial('t1', 'a6', { destination: DESTINATION }), { code: 'NOT_FOUND' });
    await expectServiceError(h.runtime.outdial('t2', 'a7', { destination: DESTINATION }), { code: 'NOT_FOUND' });

    const { interactionId } = await h.runtime.outdial('t1', 'a7', { destination: DESTINATION });
    await expectServiceError(h.runtime.outdial('t1', 'a7', { destination: DESTINATION }), {
      code: 'CONFLICT',
      state: 'Reserved',
    });
    await h.advance(0);
    await expectServiceError(h.runtime.hold('t1', 'a7', interactionId), { code: 'CONFLICT', state: 'dialing' });
    await expectServiceError(h.runtime.accept('t1', 'a7', interactionId), { code: 'CONFLICT', state: 'dialing' });
    await expectServiceError(h.runtime.outdial('t1', 'a7', { destination: DESTINATION }), {
      code: 'CONFLICT',
      state: 'Engaged',
    });
    expect(h.runtime.listContacts('t1')).toHaveLength(1);
  });
});
