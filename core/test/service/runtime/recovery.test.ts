import { describe, expect, it } from '@jest/globals';
import { INTERACTION_KIND, type InteractionRecord } from '../../../src/service/runtime/InteractionRecord.js';
import { CONTACT_KIND, SESSION_KIND } from '../../../src/service/runtime/runtimeDocuments.js';
import { SECOND, START, createRuntimeHarness, expectServiceError, type RuntimeHarness } from './runtimeHarness.js';
import { TRANSFER_FIXTURES, connectCall, createTransferHarness } from './transferFixtures.js';

const at = (seconds: number) => START + seconds * SECOND;
/** The restarted process's clock: the core was down for ten minutes. */
const RESTART = at(600);

/**
 * A new runtime over the same store, as after a kill: the first runtime is dropped without
 * closing (its manual clock never moves again, so none of its timers fire).
 */
async function restart(before: RuntimeHarness) {
  const after = createRuntimeHarness({ fixtures: TRANSFER_FIXTURES, store: before.store, startAt: RESTART });
  const report = await after.runtime.recover();
  await after.settle();
  return { after, report };
}

async function recordOf(h: RuntimeHarness, id: string): Promise<InteractionRecord> {
  return (await h.document(INTERACTION_KIND, id)) as InteractionRecord;
}

describe('recovery after the process stopped without closing', () => {
  it('restores sessions as they were, in routing order, and routes the next call to them', async () => {
    const before = createTransferHarness();
    await before.login('a1');
    await before.login('a2');
    await before.login('a6');
    await before.advance(5 * SECOND);
    await before.available('a2');
    await before.advance(5 * SECOND);
    await before.available('a1');
    await before.runtime.setAgentState('t1', 'a6', { state: 'Idle', idleCodeId: 'lunch' });
    const byAgent = (a: { agentId: string }, b: { agentId: string }) => a.agentId.localeCompare(b.agentId);
    const sessions = before.runtime.listSessions('t1').sort(byAgent);

    const { after, report } = await restart(before);
    expect(report).toMatchObject({ tenants: 1, sessionsRestored: 3, sessionsEnded: 0, contactsEnded: 0 });
    expect(after.runtime.listSessions('t1').sort(byAgent)).toEqual(sessions);
    // Bruno has been available longest, so he gets the first call after the restart.
    await after.call();
    expect(after.contactOf('a2').state).toBe('offered');
    expect(after.runtime.getSession('t1', 'a6')?.state).toMatchObject({ name: 'Idle', idleCodeId: 'lunch' });
  });

  it('ends a connected call into wrap-up at the last known moment; the agent closes the record with a code', async () => {
    const before = createTransferHarness();
    const { contact } = await connectCall(before, 'a1');
    const id = contact.interactionId;
    await before.advance(40 * SECOND);
    await before.runtime.hold('t1', 'a1', id);
    const lastEventAt = at(40);

    const { after, report } = await restart(before);
    expect(report).toMatchObject({ sessionsRestored: 1, contactsEnded: 1, wrapUpsRestored: 0, unreadable: 0 });
    expect(after.contactOf('a1')).toMatchObject({ state: 'wrapUp', endedAt: lastEventAt });
    expect(after.runtime.getSession('t1', 'a1')?.state).toEqual({
      name: 'WrapUp',
      interactionId: id,
      since: lastEventAt,
    });
    const lines = await after.lines('agent:a1');
    expect(lines.slice(-3)).toEqual([
      `${lines.length - 2} contact.ended`,
      `${lines.length - 1} contact.wrapUpStarted`,
      `${lines.length} agent.stateChanged`,
    ]);
    const ended = (await after.events('agent:a1')).at(-3)?.event;
    expect(ended).toMatchObject({ type: 'contact.ended', endedBy: 'system' });

    await after.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'callback' });
    const record = await recordOf(after, id);
    expect(record).toMatchObject({
      outcome: 'handled',
      endedBy: 'system',
      endedAt: lastEventAt,
      wrappedUpAt: RESTART,
      wrapUpCodeId: 'callback',
      agentId: 'a1',
    });
    expect(record.segments.map((segment) => `${segment.kind} ${segment.endedAt - START}`)).toEqual([
      'queue 0',
      'offer 0',
      'talk 40000',
      'hold 40000',
    ]);
    expect(await after.document(CONTACT_KIND, id)).toBeUndefined();
    expect(after.runtime.getSession('t1', 'a1')?.state.name).toBe('Available');
  });

  it('ends queued and ringing calls as interrupted, frees the reserved agent, and keeps finished records', async () => {
    const before = createTransferHarness();
    // A finished call first: its record must come through untouched.
    const { contact: done } = await connectCall(before, 'a1');
    await before.runtime.end('t1', 'a1', done.interactionId);
    await before.runtime.wrapUp('t1', 'a1', done.interactionId, { wrapUpCodeId: 'resolved' });
    const finished = await recordOf(before, done.interactionId);
    await before.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'break' });
    // Carla answers by phone and her phone rings until answered: her offer is still ringing.
    await before.login('a3');
    await before.available('a3');
    await before.advance(3 * SECOND);
    await before.call();
    const ringing = before.contactOf('a3').interactionId;
    await before.advance(2 * SECOND);
    await before.call();
    const queued = before.runtime.listContacts('t1').find((contact) => contact.state === 'queued');
    if (!queued) throw new Error('expected a queued contact');

    const { after, report } = await restart(before);
    expect(report).toMatchObject({ sessionsRestored: 2, contactsEnded: 2 });
    expect(after.runtime.listContacts('t1')).toEqual([]);
    expect(after.runtime.getSession('t1', 'a3')?.state).toMatchObject({ name: 'Available' });
    expect(await recordOf(after, ringing)).toMatchObject({
      outcome: 'interrupted',
      endedBy: 'system',
      endedAt: at(5),
      segments: [
        { kind: 'queue', endedAt: at(3) },
        { kind: 'offer', agentId: 'a3', endedAt: at(5), result: 'cancelled' },
      ],
    });
    expect(await recordOf(after, queued.interactionId)).toMatchObject({
      outcome: 'interrupted',
      segments: [{ kind: 'queue', startedAt: at(5), endedAt: at(5) }],
    });
    expect(await recordOf(after, done.interactionId)).toEqual(finished);
  });

  it('lets a wrap-up in progress go on, with its automatic wrap-up due when it was', async () => {
    const before = createTransferHarness();
    // Dario's profile wraps up by itself 30 s after the call ends.
    const { contact } = await connectCall(before, 'a4');
    await before.advance(10 * SECOND);
    await before.runtime.end('t1', 'a4', contact.interactionId);
    await before.advance(5 * SECOND);

    const { after, report } = await restart(before);
    expect(report).toMatchObject({ contactsEnded: 0, wrapUpsRestored: 1 });
    expect(after.contactOf('a4')).toMatchObject({ state: 'wrapUp', endedAt: at(10) });
    // Due at 40 s, long past by the restart: it runs at once.
    await after.advance(0);
    expect(await recordOf(after, contact.interactionId)).toMatchObject({
      outcome: 'handled',
      endedBy: 'agent',
      wrapUpCodeId: 'resolved',
      wrappedUpAt: RESTART,
    });
    expect(after.runtime.getSession('t1', 'a4')?.state.name).toBe('Available');
  });

  it('sends both agents of a conference to wrap-up; the record waits for both', async () => {
    const before = createTransferHarness();
    const { contact } = await connectCall(before, 'a1');
    const id = contact.interactionId;
    await before.login('a2');
    await before.available('a2');
    await before.runtime.consult('t1', 'a1', id, { kind: 'agent', agentId: 'a2' });
    await before.runtime.accept('t1', 'a2', id);
    await before.advance(0);
    await before.runtime.conference('t1', 'a1', id);
    await before.advance(20 * SECOND);

    const { after } = await restart(before);
    expect(after.runtime.getSession('t1', 'a1')?.state.name).toBe('WrapUp');
    expect(after.runtime.getSession('t1', 'a2')?.state.name).toBe('WrapUp');
    await after.runtime.wrapUp('t1', 'a1', id, { wrapUpCodeId: 'resolved' });
    expect(await after.document(INTERACTION_KIND, id)).toBeUndefined();
    await after.runtime.wrapUp('t1', 'a2', id, { wrapUpCodeId: 'callback' });
    expect(await recordOf(after, id)).toMatchObject({
      outcome: 'handled',
      endedBy: 'system',
      agentId: 'a1',
      formerAgents: [{ agentId: 'a2', wrapUpCodeId: 'callback', wrappedUpAt: RESTART }],
    });
    expect(after.runtime.listSessions('t1').map((session) => session.state.name)).toEqual(['Available', 'Available']);
  });

  it('ends a session whose user is gone, reports unreadable documents, and recovers only once', async () => {
    const before = createTransferHarness();
    await before.login('a1');
    await before.login('a2');
    await before.store.commit({
      puts: [
        { tenantId: 't1', kind: CONTACT_KIND, id: 'broken', body: { view: { state: 'nonsense' } } },
        { tenantId: 't1', kind: SESSION_KIND, id: 'ghost', body: { agentId: 'ghost' } },
      ],
    });
    const fixtures = structuredClone(TRANSFER_FIXTURES);
    const t1 = fixtures['t1'];
    if (t1?.users) t1.users = t1.users.filter((user) => (user as { id: string }).id !== 'a2');
    const after = createRuntimeHarness({ fixtures, store: before.store, startAt: RESTART });

    const report = await after.runtime.recover();
    expect(report).toMatchObject({ sessionsRestored: 1, sessionsEnded: 2, unreadable: 1 });
    expect(after.runtime.listSessions('t1').map((session) => session.agentId)).toEqual(['a1']);
    expect((await after.events('agent:a2')).at(-1)?.event).toMatchObject({
      type: 'agent.loggedOut',
      reason: 'notRestored',
    });
    expect(await after.document(SESSION_KIND, 'a2')).toBeUndefined();
    expect(after.errors.map((error) => (error.error as Error).message)).toEqual([
      'stored session ghost is unreadable at sessionId',
      'stored contact broken is unreadable at view.interactionId',
    ]);
    await expectServiceError(after.runtime.recover(), { code: 'CONFLICT', state: 'recovered' });
  });
});
