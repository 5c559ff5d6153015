import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, SECOND, START, expectServiceError } from './runtimeHarness.js';
import { bridges, connectCall, createTransferHarness, liveLegs, stateOf } from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;
const TO_A5 = { kind: 'agent', agentId: 'a5' } as const;

describe('consult offers', () => {
  it('turn into RONA when the consulted agent does not answer; the customer stays on hold', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a5'); // a manual phone nobody answers
    await h.available('a5');
    await h.runtime.consult('t1', 'a1', id, TO_A5);
    await h.runtime.accept('t1', 'a5', id); // the phone rings until the offer expires
    await h.advance(18 * SECOND - 1);
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'offered', agentId: 'a5' });
    await h.advance(1);
    expect(h.runtime.getSession('t1', 'a5')?.state).toEqual({ name: 'RONA', since: at(18) });
    expect(h.contactOf('a1')).toMatchObject({ state: 'held', agentId: 'a1' });
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
    expect(h.runtime.listAgentContacts('t1', 'a5')).toEqual([]);
    expect(liveLegs(h)).toEqual([`${CUSTOMER} held`, '1001 connected']);
    expect((await h.lines('agent:a5')).slice(-4)).toEqual([
      '4 agent.stateChanged',
      '5 contact.offerTimedOut',
      '6 contact.consultEnded',
      '7 agent.stateChanged',
    ]);
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({
      type: 'contact.consultEnded',
      reason: 'rona',
      agentId: 'a5',
    });
    await h.runtime.resume('t1', 'a1', id);
    await h.runtime.end('t1', 'a1', id);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentIds: ['a1', 'a5'],
      segments: [
        { kind: 'queue' },
        { kind: 'offer', agentId: 'a1' },
        { kind: 'talk', agentId: 'a1' },
        { kind: 'hold', agentId: 'a1', startedAt: at(0), endedAt: at(18) },
        { kind: 'consult', agentId: 'a1', startedAt: at(0), endedAt: at(18) },
        { kind: 'offer', agentId: 'a5', startedAt: at(0), endedAt: at(18), result: 'rona' },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it('ring the phone at once for an agent who answers by phone, and can be declined', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a3');
    await h.available('a3');
    await h.runtime.consult('t1', 'a1', id, { kind: 'agent', agentId: 'a3' });
    expect(liveLegs(h)).toContain('1903 ringing');
    await expectServiceError(h.runtime.accept('t1', 'a3', id), { code: 'CONFLICT', state: 'answer-by-phone' });
    await h.advance(2 * SECOND);
    await h.runtime.decline('t1', 'a3', id);
    expect(h.runtime.getSession('t1', 'a3')?.state).toEqual({ name: 'Available', since: at(2) });
    expect(liveLegs(h)).toEqual([`${CUSTOMER} held`, '1001 connected']);
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({
      type: 'contact.consultEnded',
      reason: 'declined',
    });
    expect((await h.lines('agent:a3')).slice(-3)).toEqual([
      '5 contact.offerDeclined',
      '6 contact.consultEnded',
      '7 agent.stateChanged',
    ]);
  });

  it('are refused for agents who are not available, unknown, or the agent themself', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2'); // Idle
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'agent', agentId: 'a2' }), {
      code: 'CONFLICT',
      state: 'target-unavailable',
    });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'agent', agentId: 'a4' }), {
      code: 'CONFLICT',
      state: 'target-unavailable',
    });
    for (const agentId of ['nobody', 's1', 'a1']) {
      await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'agent', agentId }), {
        code: 'INVALID_REQUEST',
        field: 'agentId',
      });
    }
    expect(h.contactOf('a1')).toMatchObject({ state: 'connected' });
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
  });
});

describe('during a consult', () => {
  const consulting = async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    await h.login('a2');
    await h.available('a2');
    await h.runtime.consult('t1', 'a1', contact.interactionId, { kind: 'agent', agentId: 'a2' });
    await h.runtime.accept('t1', 'a2', contact.interactionId);
    await h.advance(5 * SECOND);
    return { h, id: contact.interactionId, customer };
  };

  it('a customer who hangs up ends the call: the consulted agent is free, the first one wraps up', async () => {
    const { h, id, customer } = await consulting();
    h.telephony.customerHangup(customer.id);
    await h.settle();
    expect(liveLegs(h)).toEqual([]);
    expect(stateOf(h, 'a2')).toBe('Available');
    expect(h.contactOf('a1')).toMatchObject({ state: 'wrapUp' });
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
    expect((await h.lines('agent:a2')).slice(-2)).toEqual(['7 contact.consultEnded', '8 agent.stateChanged']);
    expect((await h.events('agent:a1')).at(-4)?.event).toMatchObject({
      type: 'contact.consultEnded',
      reason: 'customerLeft',
    });
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({ endedBy: 'customer', outcome: 'handled' });
    expect(h.errors).toEqual([]);
  });

  it('the consulted agent hanging up leaves the first agent with the held customer', async () => {
    const { h, id } = await consulting();
    const a2Leg = h.telephony.listLegs('t1').find((leg) => leg.to === '1002');
    if (!a2Leg) throw new Error('a2 is not on the line');
    h.telephony.customerHangup(a2Leg.id);
    await h.settle();
    expect(stateOf(h, 'a2')).toBe('Available');
    expect(h.contactOf('a1')).toMatchObject({ state: 'held' });
    expect(bridges(h)).toEqual([[CUSTOMER, '1001']]);
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({ type: 'contact.consultEnded', reason: 'left' });
    await h.runtime.resume('t1', 'a1', id);
    expect(h.errors).toEqual([]);
  });

  it('the first agent hanging up their phone transfers the customer to the consulted agent', async () => {
    const { h, id } = await consulting();
    const a1Leg = h.telephony.listLegs('t1').find((leg) => leg.to === '1001');
    if (!a1Leg) throw new Error('a1 is not on the line');
    h.telephony.customerHangup(a1Leg.id);
    await h.settle();
    expect(h.contactOf('a2')).toMatchObject({ state: 'connected', agentId: 'a2' });
    expect(bridges(h)).toEqual([[CUSTOMER, '1002']]);
    expect(stateOf(h, 'a1')).toBe('WrapUp');
    expect((await h.events('agent:a2')).at(-1)?.event).toMatchObject({ type: 'contact.ownerChanged', toAgentId: 'a2' });
    expect(await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' })).toMatchObject({ agentId: 'a2' });
    expect(h.errors).toEqual([]);
  });

  it('refuses what the state does not allow, with the state that forbids it', async () => {
    const { h, id } = await consulting();
    const conflictOf = (promise: Promise<unknown>, state: string) =>
      expectServiceError(promise, { code: 'CONFLICT', state });
    await conflictOf(h.runtime.consult('t1', 'a1', id, { kind: 'queue', queueId: 'service' }), 'consulting');
    await conflictOf(h.runtime.transfer('t1', 'a1', id, { kind: 'queue', queueId: 'service' }), 'consulting');
    await conflictOf(h.runtime.hold('t1', 'a1', id), 'consulting');
    await conflictOf(h.runtime.resume('t1', 'a1', id), 'consulting');
    await conflictOf(h.runtime.end('t1', 'a1', id), 'consulting');
    // The consulted agent may only leave; the owner's commands are not theirs.
    await conflictOf(h.runtime.consultTransfer('t1', 'a2', id), 'consulted');
    await conflictOf(h.runtime.conference('t1', 'a2', id), 'consulted');
    await conflictOf(h.runtime.hold('t1', 'a2', id), 'consulting');
    await conflictOf(h.runtime.accept('t1', 'a2', id), 'consulting');
    await conflictOf(h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' }), 'consulting');
    // Others have no part in it; other tenants cannot see it.
    await h.login('a4');
    await expectServiceError(h.runtime.consultEnd('t1', 'a4', id), { code: 'NOT_FOUND' });
    await expectServiceError(h.runtime.consultEnd('t2', 'a1', id), { code: 'NOT_FOUND' });

    await h.runtime.conference('t1', 'a1', id);
    await conflictOf(h.runtime.conference('t1', 'a1', id), 'conferenced');
    await conflictOf(h.runtime.hold('t1', 'a1', id), 'conferenced');
    await h.runtime.consultTransfer('t1', 'a1', id);
    await conflictOf(h.runtime.consultEnd('t1', 'a2', id), 'no-consult');
    await conflictOf(h.runtime.conference('t1', 'a2', id), 'no-consult');
    await conflictOf(h.runtime.transfer('t1', 'a1', id, { kind: 'agent', agentId: 'a4' }), 'wrapUp');
    await conflictOf(h.runtime.end('t1', 'a1', id), 'wrapUp');
    expect(h.errors).toEqual([]);
  });

  it('refuses consults before the call is connected and without a consult', async () => {
    const h = createTransferHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId: id } = h.contactOf('a1');
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'number', number: '+390611223344' }), {
      code: 'CONFLICT',
      state: 'offered',
    });
    await expectServiceError(h.runtime.transfer('t1', 'a1', id, { kind: 'queue', queueId: 'service' }), {
      code: 'CONFLICT',
      state: 'offered',
    });
    await expectServiceError(h.runtime.consultEnd('t1', 'a1', id), { code: 'CONFLICT', state: 'no-consult' });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'queue', queueId: 'nope' }), {
      code: 'INVALID_REQUEST',
      field: 'queueId',
    });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'number', number: 'sip:x' }), {
      code: 'INVALID_REQUEST',
      field: 'number',
    });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'entryPoint', entryPointId: 'nope' }), {
      code: 'INVALID_REQUEST',
      field: 'entryPointId',
    });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, { kind: 'team' } as never), {
      code: 'INVALID_REQUEST',
      field: 'kind',
    });
  });
});
