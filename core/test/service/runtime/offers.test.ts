import { describe, expect, it } from '@jest/globals';
import { SECOND, START, createRuntimeHarness, expectServiceError } from './runtimeHarness.js';

const at = (seconds: number) => START + seconds * SECOND;

describe('offers answered by phone', () => {
  it('rings the agent at the offer, refuses the desktop accept, and connects when the phone answers', async () => {
    const h = createRuntimeHarness();
    await h.login('a3');
    await h.available('a3');
    await h.call();
    const offered = h.contactOf('a3');
    // The view carries the offer too, for a desktop that reloads while it rings.
    expect(offered.offer).toEqual({ agentId: 'a3', expiresAt: at(18), answerByPhone: true });
    expect((await h.events('agent:a3')).at(-2)?.event).toMatchObject({
      type: 'contact.offered',
      answerByPhone: true,
      expiresAt: at(18),
    });
    const agentLeg = h.telephony.listLegs('t1').find((leg) => leg.to === '1903');
    expect(agentLeg).toMatchObject({ direction: 'outbound', state: 'ringing' });
    if (!agentLeg) throw new Error('the agent phone does not ring');

    await expectServiceError(h.runtime.accept('t1', 'a3', offered.interactionId), {
      code: 'CONFLICT',
      state: 'answer-by-phone',
    });

    await h.advance(3 * SECOND);
    h.telephony.answerPhone(agentLeg.id);
    await h.settle();
    expect(h.contactOf('a3')).toMatchObject({ state: 'connected', connectedAt: at(3) });
    expect(h.contactOf('a3')).not.toHaveProperty('offer');
    expect(h.runtime.getSession('t1', 'a3')?.state.name).toBe('Engaged');
    expect(await h.lines('agent:a3')).toEqual([
      '1 agent.loggedIn',
      '2 agent.stateChanged',
      '3 contact.offered',
      '4 agent.stateChanged',
      '5 contact.assigned',
      '6 agent.stateChanged',
    ]);
  });

  it('treats a rejected agent phone as RONA at once', async () => {
    const h = createRuntimeHarness();
    await h.login('a3');
    await h.available('a3');
    await h.call();
    const agentLeg = h.telephony.listLegs('t1').find((leg) => leg.to === '1903');
    if (!agentLeg) throw new Error('the agent phone does not ring');
    await h.advance(2 * SECOND);
    h.telephony.rejectPhone(agentLeg.id);
    await h.settle();
    expect(h.runtime.getSession('t1', 'a3')?.state).toEqual({ name: 'RONA', since: at(2) });
    expect(h.runtime.listContacts('t1')).toMatchObject([{ state: 'queued' }]);
    expect((await h.lines('agent:a3')).slice(-2)).toEqual(['5 contact.offerTimedOut', '6 agent.stateChanged']);
  });
});

describe('RONA', () => {
  it('times the offer out exactly at the profile timeout, keeps the contact first in line, and offers it on', async () => {
    const h = createRuntimeHarness();
    await h.login('a5'); // a manual phone nobody answers
    await h.login('a2');
    await h.available('a5');
    await h.call();
    const first = h.contactOf('a5');
    await h.advance(1 * SECOND);
    await h.runtime.accept('t1', 'a5', first.interactionId); // the phone rings until the offer expires
    await h.advance(9 * SECOND);
    await h.call(); // a second caller, ten seconds later, waits

    await h.advance(8 * SECOND - 1);
    expect(h.contactOf('a5')).toMatchObject({ interactionId: first.interactionId, state: 'offered' });
    await h.advance(1);
    expect(h.runtime.getSession('t1', 'a5')?.state).toEqual({ name: 'RONA', since: at(18) });
    expect(h.runtime.listAgentContacts('t1', 'a5')).toEqual([]);
    expect(h.telephony.listLegs('t1').filter((leg) => leg.direction === 'outbound')).toEqual([]);
    const timedOut = (await h.events('agent:a5')).slice(-2);
    expect(timedOut.map((event) => event.event.type)).toEqual(['contact.offerTimedOut', 'agent.stateChanged']);
    expect(timedOut[0]?.time).toBe(at(18));
    expect(timedOut[0]?.event).toMatchObject({ agentId: 'a5', contact: { state: 'queued' } });
    expect(timedOut[0]?.event).not.toHaveProperty('contact.agentId');

    // The first caller kept their place ahead of the second.
    await h.available('a2');
    expect(h.contactOf('a2').interactionId).toBe(first.interactionId);

    await h.runtime.accept('t1', 'a2', first.interactionId);
    await h.advance(0);
    await h.runtime.end('t1', 'a2', first.interactionId);
    await h.runtime.wrapUp('t1', 'a2', first.interactionId, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', first.interactionId)).toMatchObject({
      agentId: 'a2',
      agentIds: ['a5', 'a2'],
      offeredAt: at(0),
      segments: [
        { kind: 'queue', startedAt: at(0), endedAt: at(0) },
        { kind: 'offer', agentId: 'a5', startedAt: at(0), endedAt: at(18), result: 'rona' },
        { kind: 'queue', startedAt: at(18), endedAt: at(18) },
        { kind: 'offer', agentId: 'a2', startedAt: at(18), endedAt: at(18), result: 'accepted' },
        { kind: 'talk', agentId: 'a2', startedAt: at(18), endedAt: at(18) },
      ],
    });
    // a2 took the second caller right after wrap-up.
    expect(h.contactOf('a2')).toMatchObject({ state: 'offered' });
    expect(h.errors).toEqual([]);
  });

  it('offers the timed-out contact to the next available agent in the same step', async () => {
    const h = createRuntimeHarness();
    await h.login('a5');
    await h.login('a2');
    await h.available('a5');
    await h.advance(1 * SECOND);
    await h.available('a2');
    await h.call();
    const { interactionId } = h.contactOf('a5');
    await h.advance(18 * SECOND);
    expect(h.contactOf('a2')).toMatchObject({ interactionId, state: 'offered' });
    const a2Events = await h.events('agent:a2');
    expect(a2Events.at(-2)).toMatchObject({ time: at(19), event: { type: 'contact.offered', expiresAt: at(37) } });
    // The RONA agent is not routable until they make themselves available again.
    await h.call();
    expect(h.runtime.listAgentContacts('t1', 'a5')).toEqual([]);
    await h.available('a5');
    expect(h.contactOf('a5')).toMatchObject({ state: 'offered' });
  });
});

describe('decline', () => {
  it('re-queues the contact to the next agent before the declining agent becomes available', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.login('a2');
    await h.available('a1');
    await h.advance(1 * SECOND);
    await h.available('a2');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await h.advance(2 * SECOND);

    const declined = await h.runtime.decline('t1', 'a1', interactionId);
    expect(declined).toMatchObject({ state: 'queued' });
    expect(declined).not.toHaveProperty('agentId');
    expect(h.contactOf('a2')).toMatchObject({ interactionId, state: 'offered' });
    expect(h.runtime.getSession('t1', 'a1')?.state).toEqual({ name: 'Available', since: at(3) });
    expect((await h.lines('agent:a1')).slice(-2)).toEqual(['5 contact.offerDeclined', '6 agent.stateChanged']);
    expect((await h.events('tenant')).slice(-4).map((event) => event.event.type)).toEqual([
      'contact.offerDeclined',
      'contact.offered',
      'agent.stateChanged',
      'agent.stateChanged',
    ]);
  });

  it('refuses accept and decline on a contact that is no longer offered', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await h.runtime.accept('t1', 'a1', interactionId);
    // A second click while the phone rings changes nothing.
    expect(await h.runtime.accept('t1', 'a1', interactionId)).toMatchObject({ state: 'offered' });
    expect(h.telephony.listLegs('t1')).toHaveLength(2);
    await h.advance(0);
    await expectServiceError(h.runtime.accept('t1', 'a1', interactionId), { code: 'CONFLICT', state: 'connected' });
    await expectServiceError(h.runtime.decline('t1', 'a1', interactionId), { code: 'CONFLICT', state: 'connected' });
  });
});
