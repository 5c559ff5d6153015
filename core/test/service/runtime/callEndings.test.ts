import { describe, expect, it } from '@jest/globals';
import { SECOND, START, createRuntimeHarness, type RuntimeHarness } from './runtimeHarness.js';

const at = (seconds: number) => START + seconds * SECOND;

/** Logs the agent in, makes them available, and connects a call to them (their phone auto-answers). */
async function connectedCall(h: RuntimeHarness, agentId: string) {
  await h.login(agentId);
  await h.available(agentId);
  const customerLeg = await h.call();
  const { interactionId } = h.contactOf(agentId);
  await h.runtime.accept('t1', agentId, interactionId);
  await h.advance(0);
  expect(h.contactOf(agentId).state).toBe('connected');
  return { customerLeg, interactionId };
}

describe('the customer hangs up', () => {
  it('while queued: the contact leaves the queue, ends abandoned and leaves a record', async () => {
    const h = createRuntimeHarness();
    await h.login('a1'); // Idle: nobody takes the call
    const leg = await h.call();
    const [queued] = h.runtime.listContacts('t1');
    expect(queued).toMatchObject({ state: 'queued' });
    if (!queued) throw new Error('no contact');
    await h.advance(30 * SECOND);
    h.telephony.customerHangup(leg.id);
    await h.settle();
    expect(h.runtime.listContacts('t1')).toEqual([]);
    // Nobody was offered the call: only the tenant stream hears of it.
    expect(await h.lines('tenant')).toEqual(['1 agent.loggedIn', '2 contact.ended']);
    expect(await h.lines('agent:a1')).toEqual(['1 agent.loggedIn']);
    expect((await h.events('tenant'))[1]?.event).toMatchObject({
      type: 'contact.ended',
      endedBy: 'customer',
      contact: { state: 'ended', endedAt: at(30) },
    });
    expect(await h.document('interaction', queued.interactionId)).toMatchObject({
      outcome: 'abandoned',
      endedBy: 'customer',
      agentIds: [],
      endedAt: at(30),
      segments: [{ kind: 'queue', queueId: 'sales', startedAt: at(0), endedAt: at(30) }],
    });
    await h.available('a1');
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it('while offered: the phone stops ringing, the agent is available again, no RONA follows', async () => {
    const h = createRuntimeHarness();
    await h.login('a5');
    await h.available('a5');
    const leg = await h.call();
    const { interactionId } = h.contactOf('a5');
    await h.runtime.accept('t1', 'a5', interactionId);
    await h.advance(5 * SECOND);
    h.telephony.customerHangup(leg.id);
    await h.settle();
    expect(h.telephony.listLegs('t1')).toEqual([]);
    expect(h.runtime.getSession('t1', 'a5')?.state).toEqual({ name: 'Available', since: at(5) });
    expect(await h.lines('agent:a5')).toEqual([
      '1 agent.loggedIn',
      '2 agent.stateChanged',
      '3 contact.offered',
      '4 agent.stateChanged',
      '5 contact.ended',
      '6 agent.stateChanged',
    ]);
    expect(await h.document('interaction', interactionId)).toMatchObject({
      outcome: 'abandoned',
      agentIds: ['a5'],
      segments: [
        { kind: 'queue', startedAt: at(0), endedAt: at(0) },
        { kind: 'offer', agentId: 'a5', startedAt: at(0), endedAt: at(5), result: 'cancelled' },
      ],
    });
    expect(await h.document('interaction', interactionId)).not.toHaveProperty('agentId');
    await h.advance(60 * SECOND);
    expect(await h.lines('agent:a5')).toHaveLength(6);
    expect(h.errors).toEqual([]);
  });

  it('while offered with a pending idle code: the agent goes idle', async () => {
    const h = createRuntimeHarness();
    await h.login('a5');
    await h.available('a5');
    const leg = await h.call();
    const reserved = await h.runtime.setAgentState('t1', 'a5', { state: 'Idle', idleCodeId: 'lunch' });
    expect(reserved.state).toMatchObject({ name: 'Reserved', pendingIdleCodeId: 'lunch' });
    h.telephony.customerHangup(leg.id);
    await h.settle();
    expect(h.runtime.getSession('t1', 'a5')?.state).toEqual({ name: 'Idle', idleCodeId: 'lunch', since: at(0) });
  });

  it('while connected: the agent leg is hung up and the agent wraps up', async () => {
    const h = createRuntimeHarness();
    const { customerLeg, interactionId } = await connectedCall(h, 'a1');
    await h.advance(40 * SECOND);
    h.telephony.customerHangup(customerLeg.id);
    await h.settle();
    expect(h.telephony.listLegs('t1')).toEqual([]);
    expect(h.contactOf('a1')).toMatchObject({ state: 'wrapUp', endedAt: at(40) });
    expect(h.runtime.getSession('t1', 'a1')?.state.name).toBe('WrapUp');
    const lastThree = (await h.events('agent:a1')).slice(-3).map((event) => event.event);
    expect(lastThree).toMatchObject([
      { type: 'contact.ended', endedBy: 'customer' },
      { type: 'contact.wrapUpStarted' },
      { type: 'agent.stateChanged', state: { name: 'WrapUp' } },
    ]);
    await h.runtime.wrapUp('t1', 'a1', interactionId, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', interactionId)).toMatchObject({ outcome: 'handled', endedBy: 'customer' });
  });
});

describe('wrap-up', () => {
  it('wraps up by itself with the default code when the profile sets a delay', async () => {
    const h = createRuntimeHarness();
    const { interactionId } = await connectedCall(h, 'a4');
    await h.advance(5 * SECOND);
    await h.runtime.end('t1', 'a4', interactionId);
    expect((await h.events('agent:a4')).at(-2)?.event).toMatchObject({
      type: 'contact.wrapUpStarted',
      autoWrapUpAt: at(35),
    });
    expect(h.contactOf('a4').autoWrapUpAt).toBe(at(35));
    await h.advance(30 * SECOND - 1);
    expect(h.contactOf('a4').state).toBe('wrapUp');
    await h.advance(1);
    expect(h.runtime.listAgentContacts('t1', 'a4')).toEqual([]);
    expect(h.runtime.getSession('t1', 'a4')?.state).toEqual({ name: 'Available', since: at(35) });
    expect(await h.document('interaction', interactionId)).toMatchObject({
      wrapUpCodeId: 'resolved',
      wrappedUpAt: at(35),
    });
  });

  it('cancels the automatic wrap-up when the agent wraps up first', async () => {
    const h = createRuntimeHarness();
    const { interactionId } = await connectedCall(h, 'a4');
    await h.runtime.end('t1', 'a4', interactionId);
    await h.advance(10 * SECOND);
    await h.runtime.wrapUp('t1', 'a4', interactionId, { wrapUpCodeId: 'callback' });
    const count = (await h.events('agent:a4')).length;
    await h.advance(60 * SECOND);
    expect(await h.events('agent:a4')).toHaveLength(count);
    expect(await h.document('interaction', interactionId)).toMatchObject({ wrapUpCodeId: 'callback' });
  });

  it('applies an idle code asked for during the call once wrap-up ends, and offers nothing meanwhile', async () => {
    const h = createRuntimeHarness();
    const { interactionId } = await connectedCall(h, 'a1');
    const engaged = await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' });
    expect(engaged.state).toEqual({
      name: 'Engaged',
      interactionId,
      pendingIdleCodeId: 'lunch',
      since: at(0),
    });
    expect((await h.events('agent:a1')).at(-1)?.event).toEqual({
      type: 'agent.stateChanged',
      agentId: 'a1',
      state: engaged.state,
    });
    await h.runtime.end('t1', 'a1', interactionId);
    expect(h.runtime.getSession('t1', 'a1')?.state).toMatchObject({ name: 'WrapUp', pendingIdleCodeId: 'lunch' });
    await h.call();
    await h.advance(5 * SECOND);
    await h.runtime.wrapUp('t1', 'a1', interactionId, { wrapUpCodeId: 'resolved' });
    expect(h.runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'Idle', idleCodeId: 'lunch', since: at(5) });
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    expect(h.runtime.listContacts('t1')).toMatchObject([{ state: 'queued' }]);
  });
});
