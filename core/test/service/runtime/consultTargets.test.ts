import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, SECOND, START } from './runtimeHarness.js';
import {
  EXPERT,
  SERVICE_NUMBER,
  bridges,
  connectCall,
  createTransferHarness,
  liveLegs,
  stateOf,
} from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;
const SERVICE = { kind: 'queue', queueId: 'service' } as const;

describe('a consult to a queue', () => {
  it('waits in the queue as a request, goes to the first agent routing picks, and can be transferred', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a6'); // the service team, Idle for now
    const requested = await h.runtime.consult('t1', 'a1', id, SERVICE);
    expect(requested).toMatchObject({ state: 'held', consult: { target: SERVICE, state: 'requested' } });
    expect(requested.consult).not.toHaveProperty('agentId');
    // The sales agent a4 does not take it: the request waits for the service queue's agents.
    await h.login('a4');
    await h.available('a4');
    expect(h.runtime.listAgentContacts('t1', 'a4')).toEqual([]);

    await h.advance(4 * SECOND);
    await h.available('a6');
    expect(h.contactOf('a6').consult).toMatchObject({ state: 'offered', agentId: 'a6', expiresAt: at(22) });
    await h.runtime.accept('t1', 'a6', id);
    await h.advance(0);
    expect(bridges(h)).toEqual([['1001', '1006']]);
    await h.runtime.consultTransfer('t1', 'a1', id);
    expect(h.contactOf('a6')).toMatchObject({ state: 'connected', agentId: 'a6', queueId: 'sales' });
    expect(bridges(h)).toEqual([[CUSTOMER, '1006']]);
    expect((await h.lines('agent:a1')).slice(6, 9)).toEqual([
      '7 contact.consultStarted',
      '8 contact.consultOffered',
      '9 contact.consulting',
    ]);
    expect(h.errors).toEqual([]);
  });

  it('goes back to the queue at its place after a RONA, and is cancelled by consult end', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.runtime.stationLogin('t1', 'a6', { dialNumber: '1905' }); // a phone nobody answers
    await h.available('a6');
    await h.runtime.consult('t1', 'a1', id, SERVICE);
    await h.runtime.accept('t1', 'a6', id);
    await h.advance(18 * SECOND);
    expect(stateOf(h, 'a6')).toBe('RONA');
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'requested' });
    expect((await h.lines('agent:a6')).slice(-2)).toEqual(['5 contact.offerTimedOut', '6 agent.stateChanged']);

    await h.available('a6'); // offered the same request again
    expect(h.contactOf('a6').consult).toMatchObject({ state: 'offered', agentId: 'a6' });
    await h.runtime.decline('t1', 'a6', id); // back in the queue; nobody else is there
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'offered', agentId: 'a6' });
    await h.runtime.setAgentState('t1', 'a6', { state: 'Idle', idleCodeId: 'lunch' }); // pending while Reserved
    await h.runtime.decline('t1', 'a6', id);
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'requested' });
    expect(h.runtime.getSession('t1', 'a6')?.state).toMatchObject({ name: 'Idle', idleCodeId: 'lunch' });

    const ended = await h.runtime.consultEnd('t1', 'a1', id);
    expect(ended).toMatchObject({ state: 'held' });
    expect(ended).not.toHaveProperty('consult');
    await h.available('a6'); // nothing waits for them any more
    expect(h.runtime.listAgentContacts('t1', 'a6')).toEqual([]);
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({ type: 'contact.consultEnded', reason: 'ended' });
    await h.runtime.resume('t1', 'a1', id);
    await h.runtime.end('t1', 'a1', id);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentIds: ['a1', 'a6'],
      segments: [
        { kind: 'queue' },
        { kind: 'offer', agentId: 'a1' },
        { kind: 'talk', agentId: 'a1' },
        { kind: 'hold', agentId: 'a1' },
        { kind: 'consult', agentId: 'a1', target: SERVICE, startedAt: at(0), endedAt: at(18) },
        { kind: 'offer', agentId: 'a6', result: 'rona' },
        { kind: 'offer', agentId: 'a6', result: 'declined' },
        { kind: 'offer', agentId: 'a6', result: 'declined' },
      ],
    });
    expect(h.errors).toEqual([]);
  });
});

describe('a consult to a queue with a max wait', () => {
  it('ends timed out when nobody takes it in time', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    h.config.put('t1', 'queues', {
      id: 'service',
      name: 'Service',
      routing: { strategy: 'longest-available-agent' },
      distribution: [{ teamIds: ['service'], afterSeconds: 0 }],
      maxWaitSeconds: 30,
    });
    await h.settle();
    await h.advance(5 * SECOND);
    await h.runtime.consult('t1', 'a1', contact.interactionId, SERVICE);
    await h.advance(30 * SECOND - 1);
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'requested' });
    await h.advance(1);
    expect(h.contactOf('a1')).toMatchObject({ state: 'held' });
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
    const last = (await h.events('agent:a1')).at(-1);
    expect(last).toMatchObject({ time: at(35), event: { type: 'contact.consultEnded', reason: 'timedOut' } });
    expect(last?.event).not.toHaveProperty('agentId');
    expect(h.errors).toEqual([]);
  });
});

describe('a consult to a number', () => {
  it('dials the number, bridges the agent with it, and hands the customer over out of the core', async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    const ringing = await h.runtime.consult('t1', 'a1', id, { kind: 'number', number: EXPERT });
    expect(ringing.consult).toMatchObject({ state: 'ringing', number: EXPERT });
    const expertLeg = h.telephony.listLegs('t1').find((leg) => leg.to === EXPERT);
    expect(expertLeg).toMatchObject({ from: CUSTOMER, state: 'ringing' });
    await h.advance(2 * SECOND); // the PSTN answers
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'consulting', connectedAt: at(2) });
    expect(bridges(h)).toEqual([['1001', EXPERT]]);

    await h.advance(10 * SECOND);
    const transferred = await h.runtime.consultTransfer('t1', 'a1', id);
    expect(transferred).toMatchObject({ state: 'ended', endedAt: at(12), formerAgents: [{ agentId: 'a1' }] });
    expect(transferred).not.toHaveProperty('agentId');
    expect(bridges(h)).toEqual([[CUSTOMER, EXPERT]]);
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    expect((await h.events('agent:a1')).slice(-4).map((event) => event.event)).toMatchObject([
      { type: 'contact.transferred', mode: 'consult', target: { kind: 'number', number: EXPERT } },
      { type: 'contact.ended', endedBy: 'agent' },
      { type: 'contact.wrapUpStarted', agentId: 'a1' },
      { type: 'agent.stateChanged', state: { name: 'WrapUp' } },
    ]);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentId: 'a1',
      outcome: 'transferred',
      endedBy: 'agent',
      endedAt: at(12),
      formerAgents: [{ agentId: 'a1', leftAt: at(12), wrappedUpAt: at(12), wrapUpCodeId: 'resolved' }],
    });
    // The customer and the expert talk on; the core no longer follows them.
    h.telephony.customerHangup(customer.id);
    await h.settle();
    expect(h.errors).toEqual([]);
  });

  it('ends unanswered when the number is busy, and goes back to two when it leaves a conference', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    h.telephony.setNumberBehaviour(EXPERT, 'busy', 1 * SECOND);
    await h.runtime.consult('t1', 'a1', id, { kind: 'number', number: EXPERT });
    await h.advance(1 * SECOND);
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({
      type: 'contact.consultEnded',
      reason: 'unanswered',
    });

    h.telephony.setNumberBehaviour(EXPERT, 'answer', 1 * SECOND);
    await h.runtime.consult('t1', 'a1', id, { kind: 'number', number: EXPERT });
    await h.advance(1 * SECOND);
    await h.runtime.conference('t1', 'a1', id);
    expect(bridges(h)).toEqual([['1001', EXPERT, CUSTOMER]]);
    const expertLeg = h.telephony.listLegs('t1').find((leg) => leg.to === EXPERT);
    h.telephony.customerHangup(expertLeg?.id ?? '');
    await h.settle();
    expect(h.contactOf('a1')).toMatchObject({ state: 'connected' });
    expect(h.contactOf('a1')).not.toHaveProperty('consult');
    expect(bridges(h)).toEqual([['1001', CUSTOMER]]);
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({ type: 'contact.consultEnded', reason: 'left' });
    expect(h.errors).toEqual([]);
  });
});

describe('a consult to an entry point', () => {
  it("dials the entry point's number and keeps the entry point as the target", async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const target = { kind: 'entryPoint', entryPointId: 'service-line' } as const;
    const ringing = await h.runtime.consult('t1', 'a1', contact.interactionId, target);
    expect(ringing.consult).toMatchObject({ target, state: 'ringing', number: SERVICE_NUMBER });
    expect(liveLegs(h)).toContain(`${SERVICE_NUMBER} ringing`);
    await h.advance(2 * SECOND);
    expect(h.contactOf('a1').consult).toMatchObject({ state: 'consulting' });
    await h.runtime.consultEnd('t1', 'a1', contact.interactionId);
    expect(liveLegs(h)).toEqual([`${CUSTOMER} held`, '1001 connected']);
    expect(h.errors).toEqual([]);
  });
});
