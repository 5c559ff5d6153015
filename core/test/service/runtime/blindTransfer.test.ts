import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, SECOND, START, expectServiceError } from './runtimeHarness.js';
import {
  DESTINATION,
  EXPERT,
  SERVICE_NUMBER,
  bridges,
  connectCall,
  createTransferHarness,
  liveLegs,
  stateOf,
} from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;

describe('a blind transfer', () => {
  it('to an agent waits for that agent only, then goes on with them; the first agent wraps up', async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2'); // Idle: the contact waits for them
    await h.login('a4');
    await h.available('a4'); // in the same queue, but the contact is not theirs
    await h.advance(10 * SECOND);

    const target = { kind: 'agent', agentId: 'a2' } as const;
    const sent = await h.runtime.transfer('t1', 'a1', id, target);
    expect(sent).toMatchObject({
      state: 'queued',
      queueId: 'sales',
      formerAgents: [{ agentId: 'a1', leftAt: at(10) }],
    });
    expect(sent).not.toHaveProperty('agentId');
    expect(liveLegs(h)).toEqual([`${CUSTOMER} connected`]);
    expect(stateOf(h, 'a1')).toBe('WrapUp');
    expect(h.runtime.listAgentContacts('t1', 'a4')).toEqual([]);
    expect((await h.events('agent:a1')).slice(-3).map((event) => event.event)).toMatchObject([
      { type: 'contact.transferred', fromAgentId: 'a1', target, mode: 'blind', contact: { state: 'queued' } },
      { type: 'contact.wrapUpStarted', agentId: 'a1' },
      { type: 'agent.stateChanged', state: { name: 'WrapUp', interactionId: id } },
    ]);

    await h.advance(5 * SECOND);
    await h.available('a2');
    expect(h.contactOf('a2')).toMatchObject({ state: 'offered', agentId: 'a2' });
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(0);
    expect(bridges(h)).toEqual([[CUSTOMER, '1002']]);
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    await h.runtime.end('t1', 'a2', id);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentId: 'a2',
      agentIds: ['a1', 'a2'],
      queueId: 'sales',
      formerAgents: [{ agentId: 'a1', leftAt: at(10), wrappedUpAt: at(15) }],
      segments: [
        { kind: 'queue', queueId: 'sales', startedAt: at(0), endedAt: at(0) },
        { kind: 'offer', agentId: 'a1', result: 'accepted' },
        { kind: 'talk', agentId: 'a1', startedAt: at(0), endedAt: at(10) },
        { kind: 'queue', queueId: 'sales', startedAt: at(10), endedAt: at(15) },
        { kind: 'offer', agentId: 'a2', startedAt: at(15), endedAt: at(15), result: 'accepted' },
        { kind: 'talk', agentId: 'a2', startedAt: at(15), endedAt: at(15) },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it('to a queue re-queues the customer there, held or not, in a new queue segment', async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.runtime.hold('t1', 'a1', id);
    await h.login('a6');
    await h.available('a6');
    await h.advance(3 * SECOND);
    await h.runtime.transfer('t1', 'a1', id, { kind: 'queue', queueId: 'service' });
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    expect(h.contactOf('a6')).toMatchObject({ state: 'offered', queueId: 'service' });
    expect((await h.events('tenant')).slice(-5).map((event) => event.event.type)).toEqual([
      'contact.transferred',
      'contact.wrapUpStarted',
      'agent.stateChanged',
      'contact.offered',
      'agent.stateChanged',
    ]);
    // The customer hangs up while the new agent's phone rings: the contact is abandoned, and its
    // record waits for a1's wrap-up.
    h.telephony.customerHangup(customer.id);
    await h.settle();
    expect(stateOf(h, 'a6')).toBe('Available');
    expect(await h.document('interaction', id)).toBeUndefined();
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      outcome: 'abandoned',
      endedBy: 'customer',
      queueId: 'service',
      agentId: 'a1',
      segments: [
        { kind: 'queue', queueId: 'sales' },
        { kind: 'offer', agentId: 'a1' },
        { kind: 'talk', agentId: 'a1', endedAt: at(3) },
        { kind: 'hold', agentId: 'a1', startedAt: at(0), endedAt: at(3) },
        { kind: 'queue', queueId: 'service', startedAt: at(3), endedAt: at(3) },
        { kind: 'offer', agentId: 'a6', result: 'cancelled' },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it.each([
    ['number', { kind: 'number', number: EXPERT }, EXPERT],
    ['entry point', { kind: 'entryPoint', entryPointId: 'service-line' }, SERVICE_NUMBER],
  ] as const)('to a %s bridges the customer to the new call and ends when it answers', async (_, target, number) => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    const sent = await h.runtime.transfer('t1', 'a1', id, target);
    expect(sent).toMatchObject({ state: 'dialing' });
    expect(liveLegs(h)).toEqual([`${CUSTOMER} connected`, `${number} ringing`]);
    expect(stateOf(h, 'a1')).toBe('WrapUp');
    await h.advance(2 * SECOND);
    expect(bridges(h)).toEqual([[CUSTOMER, number]]);
    expect(h.contactOf('a1')).toMatchObject({ state: 'ended', endedAt: at(2) });
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({ type: 'contact.ended', endedBy: 'agent' });
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      outcome: 'transferred',
      endedBy: 'agent',
      agentId: 'a1',
    });
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    expect(h.errors).toEqual([]);
  });

  it('to a number nobody answers hangs the customer up: the contact failed', async () => {
    const h = createTransferHarness();
    h.telephony.setNumberBehaviour(EXPERT, 'no-answer');
    const { contact } = await connectCall(h, 'a1');
    await h.runtime.transfer('t1', 'a1', contact.interactionId, { kind: 'number', number: EXPERT });
    await h.runtime.wrapUp('t1', 'a1', contact.interactionId, { wrapUpCodeId: 'resolved' });
    expect(h.runtime.listContacts('t1')).toMatchObject([{ state: 'dialing' }]);
    await h.advance(60 * SECOND);
    expect(liveLegs(h)).toEqual([]);
    expect(await h.document('interaction', contact.interactionId)).toMatchObject({
      outcome: 'failed',
      endedBy: 'system',
    });
    expect(h.errors).toEqual([]);
  });

  it('of an outdial waits in the outdial entry point queue for the agent', async () => {
    const h = createTransferHarness();
    await h.login('a7');
    const { interactionId: id } = await h.runtime.outdial('t1', 'a7', { destination: DESTINATION });
    await h.advance(0); // her phone answers, then the customer's is dialled
    await h.advance(2 * SECOND);
    await h.login('a2');
    await h.available('a2');
    await h.runtime.transfer('t1', 'a7', id, { kind: 'agent', agentId: 'a2' });
    expect(h.contactOf('a2')).toMatchObject({ state: 'offered', direction: 'outbound', queueId: 'sales' });
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(0);
    expect(bridges(h)).toEqual([[DESTINATION, '1002']]);
    expect(h.errors).toEqual([]);
  });

  it('is for the owner of a connected contact only', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2');
    const toQueue = { kind: 'queue', queueId: 'service' } as const;
    await expectServiceError(h.runtime.transfer('t1', 'a2', id, toQueue), { code: 'NOT_FOUND' });
    await expectServiceError(h.runtime.transfer('t2', 'a1', id, toQueue), { code: 'NOT_FOUND' });
    await expectServiceError(h.runtime.transfer('t1', 'a1', 'nope', toQueue), { code: 'NOT_FOUND' });
    await expectServiceError(h.runtime.transfer('t1', 'a1', id, { kind: 'agent', agentId: 's1' }), {
      code: 'INVALID_REQUEST',
      field: 'agentId',
    });
    await expectServiceError(h.runtime.transfer('t1', 'a1', id, { kind: 'number', number: '+0' }), {
      code: 'INVALID_REQUEST',
      field: 'number',
    });
    await h.runtime.end('t1', 'a1', id);
    await expectServiceError(h.runtime.transfer('t1', 'a1', id, toQueue), { code: 'CONFLICT', state: 'wrapUp' });
    await expectServiceError(h.runtime.consult('t1', 'a1', id, toQueue), { code: 'CONFLICT', state: 'wrapUp' });
  });
});
