import { describe, expect, it } from '@jest/globals';
import { T2_NUMBER, createRuntimeHarness, expectServiceError } from './runtimeHarness.js';

describe('ownership and tenants', () => {
  it("answers NOT_FOUND for another agent's contact, an unknown one, and the same ids in another tenant", async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.login('a2');
    await h.login('a1', 't2');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    for (const [tenantId, agentId, id] of [
      ['t1', 'a2', interactionId],
      ['t1', 'a1', 'id-999'],
      ['t2', 'a1', interactionId],
      ['t9', 'a1', interactionId],
    ] as const) {
      await expectServiceError(h.runtime.accept(tenantId, agentId, id), { code: 'NOT_FOUND' });
      await expectServiceError(h.runtime.decline(tenantId, agentId, id), { code: 'NOT_FOUND' });
      await expectServiceError(h.runtime.hold(tenantId, agentId, id), { code: 'NOT_FOUND' });
      await expectServiceError(h.runtime.end(tenantId, agentId, id), { code: 'NOT_FOUND' });
      await expectServiceError(h.runtime.wrapUp(tenantId, agentId, id, { wrapUpCodeId: 'resolved' }), {
        code: 'NOT_FOUND',
      });
      await expectServiceError(h.runtime.updateCallData(tenantId, agentId, id, { notes: 'x' }), { code: 'NOT_FOUND' });
    }
    expect(h.runtime.listAgentContacts('t1', 'a2')).toEqual([]);
    expect(h.runtime.listAgentContacts('t2', 'a1')).toEqual([]);
    expect(h.runtime.listContacts('t2')).toEqual([]);
    expect(h.runtime.getSession('t9', 'a1')).toBeUndefined();
    expect(h.runtime.listSessions('t9')).toEqual([]);
    await expectServiceError(h.available('a1', 't9'), { code: 'NOT_FOUND' });
  });

  it("routes each tenant's calls to its own agents and streams only", async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    await h.login('a1', 't2');
    await h.available('a1', 't2');
    await h.call({ tenantId: 't2', dnis: T2_NUMBER });
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    expect(h.contactOf('a1', 't2')).toMatchObject({ state: 'offered', entryPointId: 'line' });
    expect(await h.lines('agent:a1')).toEqual(['1 agent.loggedIn', '2 agent.stateChanged']);
    expect(await h.lines('agent:a1', 't2')).toEqual([
      '1 agent.loggedIn',
      '2 agent.stateChanged',
      '3 contact.offered',
      '4 agent.stateChanged',
    ]);
    expect(await h.lines('tenant')).toHaveLength(2);
  });
});

describe('robustness', () => {
  it('reports telephony events about legs it does not know, and carries on', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    const stranger = h.telephony.dial({ tenantId: 't1', from: '1001', to: '1903', timeoutMs: 30_000 });
    h.telephony.answerPhone(stranger.id);
    h.telephony.hangup(stranger.id);
    await h.settle();
    expect(h.errors.map((error) => String(error.error))).toEqual([
      `Error: leg:connected of leg ${stranger.id}, which the runtime does not know`,
      `Error: leg:ended of leg ${stranger.id}, which the runtime does not know`,
    ]);
    await h.available('a1');
    await h.call();
    expect(h.contactOf('a1').state).toBe('offered');
  });

  it('reports a subscriber that throws, and still delivers to the others and resolves commands', async () => {
    const h = createRuntimeHarness();
    const received: number[] = [];
    await h.runtime.subscribe({
      tenantId: 't1',
      stream: 'tenant',
      afterSeq: 0,
      onEvent: () => {
        throw new Error('listener broke');
      },
      onGap: () => undefined,
    });
    await h.runtime.subscribe({
      tenantId: 't1',
      stream: 'tenant',
      afterSeq: 0,
      onEvent: (event) => received.push(event.seq),
      onGap: () => undefined,
    });
    await h.login('a1');
    await h.available('a1');
    expect(received).toEqual([1, 2]);
    expect(h.errors.map((error) => String(error.error))).toEqual(['Error: listener broke', 'Error: listener broke']);
  });

  it('stops timers and listeners on close, and refuses commands afterwards', async () => {
    const h = createRuntimeHarness();
    await h.login('a5');
    await h.available('a5');
    await h.call();
    const before = h.scheduler.pendingCount;
    await h.runtime.close();
    expect(h.scheduler.pendingCount).toBe(before - 1); // the RONA timer
    const eventCount = (await h.events('tenant')).length;
    await h.advance(60 * 1000);
    await h.call();
    expect(await h.events('tenant')).toHaveLength(eventCount);
    expect(h.telephony.listLegs('t1').at(-1)?.state).toBe('ringing'); // nobody answers any more
    await expectServiceError(h.available('a5'), { code: 'CONFLICT', state: 'closed' });
    h.config.put('t1', 'queues', {
      id: 'late',
      name: 'Late',
      routing: { strategy: 'longest-available-agent' },
      distribution: [{ teamIds: ['sales'], afterSeconds: 0 }],
    });
    await h.settle();
    expect(h.errors).toEqual([]);
  });
});
