import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, SECOND, START } from './runtimeHarness.js';
import { bridges, connectCall, createTransferHarness, liveLegs, stateOf } from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;
const TO_A2 = { kind: 'agent', agentId: 'a2' } as const;

describe('a consult to an agent', () => {
  it('holds the customer, rings the agent, lets them talk, and ends back on the held customer', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2');
    await h.available('a2');
    await h.advance(10 * SECOND);

    const consulting = await h.runtime.consult('t1', 'a1', id, TO_A2);
    expect(consulting).toMatchObject({
      state: 'held',
      agentId: 'a1',
      consult: {
        target: TO_A2,
        state: 'offered',
        consultingAgentId: 'a1',
        agentId: 'a2',
        startedAt: at(10),
        expiresAt: at(28),
      },
    });
    expect(h.telephony.getLeg(h.telephony.listLegs('t1')[0]?.id ?? '').state).toBe('held');
    expect(h.runtime.getSession('t1', 'a2')?.state).toEqual({ name: 'Reserved', interactionId: id, since: at(10) });
    // The consulted agent sees the contact among theirs, and accepts it on the desktop.
    expect(h.contactOf('a2').interactionId).toBe(id);
    await h.advance(2 * SECOND);
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(0);
    expect(h.contactOf('a2')).toMatchObject({ state: 'held', consult: { state: 'consulting', connectedAt: at(12) } });
    expect(stateOf(h, 'a2')).toBe('Engaged');
    expect(stateOf(h, 'a1')).toBe('Engaged');
    expect(bridges(h)).toEqual([['1001', '1002']]);
    expect(liveLegs(h)).toEqual([`${CUSTOMER} held`, '1001 connected', '1002 connected']);

    await h.advance(30 * SECOND);
    const ended = await h.runtime.consultEnd('t1', 'a1', id);
    expect(ended).toMatchObject({ state: 'held', agentId: 'a1' });
    expect(ended).not.toHaveProperty('consult');
    expect(h.runtime.getSession('t1', 'a2')?.state).toEqual({ name: 'Available', since: at(42) });
    expect(h.runtime.listAgentContacts('t1', 'a2')).toEqual([]);
    expect(bridges(h)).toEqual([[CUSTOMER, '1001']]);
    expect(liveLegs(h)).toEqual([`${CUSTOMER} held`, '1001 connected']);

    await h.advance(3 * SECOND);
    expect(await h.runtime.resume('t1', 'a1', id)).toMatchObject({ state: 'connected' });
    await h.runtime.end('t1', 'a1', id);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });

    expect((await h.lines('agent:a1')).slice(6)).toEqual([
      '7 contact.consultStarted',
      '8 contact.consultOffered',
      '9 contact.consulting',
      '10 contact.consultEnded',
      '11 contact.resumed',
      '12 contact.ended',
      '13 contact.wrapUpStarted',
      '14 agent.stateChanged',
      '15 contact.wrappedUp',
      '16 agent.stateChanged',
    ]);
    expect((await h.lines('agent:a2')).slice(2)).toEqual([
      '3 contact.consultOffered',
      '4 agent.stateChanged',
      '5 contact.consulting',
      '6 agent.stateChanged',
      '7 contact.consultEnded',
      '8 agent.stateChanged',
    ]);
    const a2Events = await h.events('agent:a2');
    expect(a2Events[2]?.event).toMatchObject({ agentId: 'a2', expiresAt: at(28), answerByPhone: false });
    expect(a2Events[6]?.event).toMatchObject({ reason: 'ended', agentId: 'a2' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentId: 'a1',
      agentIds: ['a1', 'a2'],
      outcome: 'handled',
      segments: [
        { kind: 'queue' },
        { kind: 'offer', agentId: 'a1', result: 'accepted' },
        { kind: 'talk', agentId: 'a1', startedAt: at(0), endedAt: at(45) },
        { kind: 'hold', agentId: 'a1', startedAt: at(10), endedAt: at(45) },
        { kind: 'consult', agentId: 'a1', target: TO_A2, startedAt: at(10), endedAt: at(42) },
        { kind: 'offer', agentId: 'a2', startedAt: at(10), endedAt: at(12), result: 'accepted' },
      ],
    });
    expect(await h.document('interaction', id)).not.toHaveProperty('formerAgents');
    // Sensitive call data stays masked in every consult event, on both desktops.
    const streams = JSON.stringify([await h.events('tenant'), await h.events('agent:a2')]);
    expect(streams).toContain('"cardNumber":{"value":"••••"');
    expect(streams).not.toContain('4111111111111111');
    expect(h.errors).toEqual([]);
  });

  it('hands the customer to the consulted agent on consult transfer; the first agent wraps up', async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2');
    await h.available('a2');
    await h.runtime.consult('t1', 'a1', id, TO_A2);
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(5 * SECOND);

    const transferred = await h.runtime.consultTransfer('t1', 'a1', id);
    expect(transferred).toMatchObject({
      state: 'connected',
      agentId: 'a2',
      formerAgents: [{ agentId: 'a1', leftAt: at(5) }],
    });
    expect(transferred).not.toHaveProperty('consult');
    expect(bridges(h)).toEqual([[CUSTOMER, '1002']]);
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    expect(h.runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'WrapUp', interactionId: id, since: at(5) });
    expect(stateOf(h, 'a2')).toBe('Engaged');
    // Both see it: a2 talking, a1 wrapping up.
    expect(h.contactOf('a1').interactionId).toBe(id);
    expect(h.contactOf('a2').interactionId).toBe(id);

    const a1Events = (await h.events('agent:a1')).slice(-4).map((event) => event.event);
    expect(a1Events).toMatchObject([
      { type: 'contact.transferred', fromAgentId: 'a1', target: TO_A2, mode: 'consult' },
      { type: 'contact.ownerChanged', fromAgentId: 'a1', toAgentId: 'a2' },
      { type: 'contact.wrapUpStarted', agentId: 'a1' },
      { type: 'agent.stateChanged', state: { name: 'WrapUp' } },
    ]);
    expect((await h.lines('agent:a2')).slice(-2)).toEqual(['7 contact.transferred', '8 contact.ownerChanged']);

    // a1 wraps up first; the contact lives on with a2 until they end and wrap up.
    await h.advance(5 * SECOND);
    const wrapped = await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'callback' });
    expect(wrapped.formerAgents).toEqual([
      { agentId: 'a1', leftAt: at(5), wrappedUpAt: at(10), wrapUpCodeId: 'callback' },
    ]);
    expect(stateOf(h, 'a1')).toBe('Available');
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    expect((await h.events('agent:a1')).at(-2)?.event).toMatchObject({ type: 'contact.wrappedUp', agentId: 'a1' });
    await h.runtime.end('t1', 'a2', id);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentId: 'a2',
      agentIds: ['a1', 'a2'],
      wrapUpCodeId: 'resolved',
      outcome: 'handled',
      formerAgents: [{ agentId: 'a1', leftAt: at(5), wrappedUpAt: at(10), wrapUpCodeId: 'callback' }],
      segments: [
        { kind: 'queue' },
        { kind: 'offer', agentId: 'a1' },
        { kind: 'talk', agentId: 'a1', startedAt: at(0), endedAt: at(5) },
        { kind: 'hold', agentId: 'a1', startedAt: at(0), endedAt: at(5) },
        { kind: 'consult', agentId: 'a1', startedAt: at(0), endedAt: at(5) },
        { kind: 'offer', agentId: 'a2', result: 'accepted' },
        { kind: 'talk', agentId: 'a2', startedAt: at(5), endedAt: at(10) },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it('keeps the record until the agent who left has wrapped up, even after the call ended', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.login('a2');
    await h.available('a2');
    await h.runtime.consult('t1', 'a1', id, TO_A2);
    await h.runtime.accept('t1', 'a2', id);
    await h.advance(0);
    await h.runtime.consultTransfer('t1', 'a1', id);
    await h.runtime.end('t1', 'a2', id);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' });
    expect(h.runtime.listContacts('t1')).toMatchObject([{ interactionId: id, state: 'ended' }]);
    expect(await h.document('interaction', id)).toBeUndefined();
    expect(h.contactOf('a1').interactionId).toBe(id);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'callback' });
    expect(h.runtime.listContacts('t1')).toEqual([]);
    expect(await h.document('contact', id)).toBeUndefined();
    expect(await h.document('interaction', id)).toMatchObject({ agentId: 'a2', wrapUpCodeId: 'resolved' });
  });
});

describe('a conference', () => {
  const conferenced = async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    await h.login('a2');
    await h.available('a2');
    await h.runtime.consult('t1', 'a1', contact.interactionId, TO_A2);
    await h.runtime.accept('t1', 'a2', contact.interactionId);
    await h.advance(5 * SECOND);
    const view = await h.runtime.conference('t1', 'a1', contact.interactionId);
    return { h, id: contact.interactionId, customer, view };
  };

  it('bridges all three, the customer back from hold', async () => {
    const { h, view, customer } = await conferenced();
    expect(view).toMatchObject({ state: 'connected', agentId: 'a1', consult: { state: 'conferenced', agentId: 'a2' } });
    expect(bridges(h)).toEqual([['1001', '1002', CUSTOMER]]);
    expect(h.telephony.getLeg(customer.id).state).toBe('connected');
    expect((await h.lines('agent:a1')).at(-1)).toBe('10 contact.conferenced');
    expect((await h.lines('agent:a2')).at(-1)).toBe('7 contact.conferenced');
  });

  it('goes on with the consulted agent as owner when the first agent leaves', async () => {
    const { h, id } = await conferenced();
    await h.advance(20 * SECOND);
    const left = await h.runtime.end('t1', 'a1', id);
    expect(left).toMatchObject({ state: 'connected', agentId: 'a2', formerAgents: [{ agentId: 'a1' }] });
    expect(left).not.toHaveProperty('consult');
    expect(bridges(h)).toEqual([['1002', CUSTOMER]]);
    expect(stateOf(h, 'a1')).toBe('WrapUp');
    expect(stateOf(h, 'a2')).toBe('Engaged');
    expect((await h.events('agent:a2')).slice(-2).map((event) => event.event)).toMatchObject([
      { type: 'contact.transferred', mode: 'consult' },
      { type: 'contact.ownerChanged', fromAgentId: 'a1', toAgentId: 'a2' },
    ]);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    await h.runtime.end('t1', 'a2', id);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toMatchObject({
      agentId: 'a2',
      segments: [
        { kind: 'queue' },
        { kind: 'offer', agentId: 'a1' },
        { kind: 'talk', agentId: 'a1', startedAt: at(0), endedAt: at(25) },
        { kind: 'hold', agentId: 'a1', startedAt: at(0), endedAt: at(5) },
        { kind: 'consult', agentId: 'a1', startedAt: at(0), endedAt: at(25) },
        { kind: 'offer', agentId: 'a2' },
        { kind: 'talk', agentId: 'a2', startedAt: at(5), endedAt: at(25) },
      ],
    });
    expect(h.errors).toEqual([]);
  });

  it('goes on with the first agent when the consulted agent leaves, who then wraps up', async () => {
    const { h, id } = await conferenced();
    await h.advance(20 * SECOND);
    const left = await h.runtime.end('t1', 'a2', id);
    expect(left).toMatchObject({
      state: 'connected',
      agentId: 'a1',
      formerAgents: [{ agentId: 'a2', leftAt: at(25) }],
    });
    expect(left).not.toHaveProperty('consult');
    expect(bridges(h)).toEqual([['1001', CUSTOMER]]);
    expect(stateOf(h, 'a2')).toBe('WrapUp');
    expect((await h.events('agent:a1')).at(-1)?.event).toMatchObject({
      type: 'contact.consultEnded',
      reason: 'left',
      agentId: 'a2',
    });
    expect((await h.lines('agent:a2')).slice(-3)).toEqual([
      '8 contact.consultEnded',
      '9 contact.wrapUpStarted',
      '10 agent.stateChanged',
    ]);
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'resolved' });
    expect(stateOf(h, 'a2')).toBe('Available');
    expect(h.contactOf('a1')).toMatchObject({ state: 'connected' });
    expect(h.errors).toEqual([]);
  });

  it('ends for everybody when the customer hangs up; both agents wrap up', async () => {
    const { h, id, customer } = await conferenced();
    await h.advance(20 * SECOND);
    h.telephony.customerHangup(customer.id);
    await h.settle();
    expect(liveLegs(h)).toEqual([]);
    expect(stateOf(h, 'a1')).toBe('WrapUp');
    expect(stateOf(h, 'a2')).toBe('WrapUp');
    expect(h.contactOf('a1')).toMatchObject({ state: 'wrapUp', endedAt: at(25), formerAgents: [{ agentId: 'a2' }] });
    expect((await h.events('agent:a1')).slice(-4).map((event) => event.event)).toMatchObject([
      { type: 'contact.consultEnded', reason: 'customerLeft' },
      { type: 'contact.ended', endedBy: 'customer' },
      { type: 'contact.wrapUpStarted' },
      { type: 'agent.stateChanged' },
    ]);
    await h.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', id)).toBeUndefined();
    await h.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'callback' });
    expect(await h.document('interaction', id)).toMatchObject({
      outcome: 'handled',
      endedBy: 'customer',
      agentId: 'a1',
      formerAgents: [{ agentId: 'a2', leftAt: at(25), wrappedUpAt: at(25), wrapUpCodeId: 'callback' }],
    });
    expect(h.errors).toEqual([]);
  });
});
