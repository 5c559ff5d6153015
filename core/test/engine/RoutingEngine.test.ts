import { describe, expect, it } from '@jest/globals';
import { RoutingEngine } from '../../src/engine/RoutingEngine.js';
import type { RoutingAgent, RoutingQueue } from '../../src/engine/routingModel.js';

const S = 1000;
const agent = (agentId: string, teamId = 't1', skills: RoutingAgent['skills'] = {}): RoutingAgent => ({
  agentId,
  teamId,
  skills,
});
const laaQueue = (queueId = 'q1', teams = ['t1'], extra: Partial<RoutingQueue> = {}): RoutingQueue => ({
  queueId,
  routing: { strategy: 'longest-available-agent' },
  distribution: [{ teamIds: teams, afterSeconds: 0 }],
  ...extra,
});
const contact = (
  contactId: string,
  enqueuedAt: number,
  extra: { queueId?: string; priority?: number; targetAgentId?: string } = {},
) => ({
  contactId,
  queueId: extra.queueId ?? 'q1',
  priority: extra.priority ?? 5,
  enqueuedAt,
  ...(extra.targetAgentId ? { targetAgentId: extra.targetAgentId } : {}),
});
const offer = (contactId: string, agentId: string, queueId = 'q1') => ({ type: 'offer', contactId, queueId, agentId });

function engineWith(queues: RoutingQueue[], agents: RoutingAgent[], availableAt: Record<string, number> = {}) {
  const engine = new RoutingEngine();
  for (const queue of queues) engine.upsertQueue(queue, 0);
  for (const profile of agents) engine.upsertAgent(profile, 0);
  for (const [agentId, at] of Object.entries(availableAt)) engine.setAgentAvailable(agentId, at);
  return engine;
}

describe('RoutingEngine: longest available agent', () => {
  it('offers a new contact to the agent available longest, then the next one', () => {
    const engine = engineWith([laaQueue()], [agent('a1'), agent('a2'), agent('a3')], {
      a2: 10 * S,
      a1: 20 * S,
      a3: 5 * S,
    });
    expect(engine.enqueue(contact('c1', 30 * S), 30 * S)).toEqual([offer('c1', 'a3')]);
    expect(engine.enqueue(contact('c2', 31 * S), 31 * S)).toEqual([offer('c2', 'a2')]);
    expect(engine.availableAgentCount).toBe(1);
  });

  it('keeps contacts waiting without an agent, and offers the best one when an agent frees up', () => {
    const engine = engineWith([laaQueue()], [agent('a1')]);
    expect(engine.enqueue(contact('c1', 0), 0)).toEqual([]);
    expect(engine.enqueue(contact('c2', 1 * S), 1 * S)).toEqual([]);
    expect(engine.waitingContacts('q1').map((c) => c.contactId)).toEqual(['c1', 'c2']);
    expect(engine.setAgentAvailable('a1', 2 * S)).toEqual([offer('c1', 'a1')]);
  });

  it('never offers to an agent outside the queue teams or not available', () => {
    const engine = engineWith([laaQueue()], [agent('a1', 't2'), agent('a2')], { a1: 0 });
    expect(engine.enqueue(contact('c1', 1 * S), 1 * S)).toEqual([]);
    engine.setAgentAvailable('a2', 2 * S);
    engine.setAgentUnavailable('a2');
    expect(engine.waitingContacts('q1')).toHaveLength(0);
  });
});

describe('RoutingEngine: contact order', () => {
  it('serves higher priority first within the aging window', () => {
    const engine = engineWith([laaQueue()], [agent('a1')]);
    engine.enqueue(contact('low', 0, { priority: 5 }), 0);
    engine.enqueue(contact('urgent', 10 * S, { priority: 1 }), 10 * S);
    expect(engine.setAgentAvailable('a1', 20 * S)).toEqual([offer('urgent', 'a1')]);
  });

  it('ages low priority so it is not starved', () => {
    const engine = engineWith([laaQueue()], [agent('a1')]);
    engine.enqueue(contact('old-p3', 0, { priority: 3 }), 0);
    engine.enqueue(contact('new-p1', 150 * S, { priority: 1 }), 150 * S);
    expect(engine.setAgentAvailable('a1', 160 * S)).toEqual([offer('old-p3', 'a1')]);
  });

  it('keeps the place of a contact re-queued after RONA', () => {
    const engine = engineWith([laaQueue()], [agent('a1'), agent('a2')], { a1: 0 });
    expect(engine.enqueue(contact('first', 1 * S), 1 * S)).toEqual([offer('first', 'a1')]);
    engine.enqueue(contact('second', 5 * S), 5 * S);
    engine.enqueue(contact('first', 1 * S), 20 * S);
    expect(engine.setAgentAvailable('a2', 21 * S)).toEqual([offer('first', 'a2')]);
  });

  it('offers an agent in several queues the longest-waiting contact across them', () => {
    const engine = engineWith([laaQueue('sales'), laaQueue('support')], [agent('a1')]);
    engine.enqueue(contact('s1', 10 * S, { queueId: 'sales' }), 10 * S);
    engine.enqueue(contact('p1', 5 * S, { queueId: 'support' }), 10 * S);
    expect(engine.setAgentAvailable('a1', 11 * S)).toEqual([offer('p1', 'a1', 'support')]);
    expect(engine.setAgentAvailable('a1', 12 * S)).toEqual([offer('s1', 'a1', 'sales')]);
  });
});

describe('RoutingEngine: skills', () => {
  const skillsQueue = (selection: 'longest-available-agent' | 'best-available-agent'): RoutingQueue => ({
    queueId: 'q1',
    routing: {
      strategy: 'skills',
      selection,
      requirements: [{ skill: 'italian', minProficiency: 5 }, { skill: 'billing' }],
    },
    distribution: [{ teamIds: ['t1'], afterSeconds: 0 }],
  });

  it('offers only agents with every required skill at the required level', () => {
    const engine = engineWith(
      [skillsQueue('longest-available-agent')],
      [
        agent('weak', 't1', { italian: 4, billing: true }),
        agent('no-billing', 't1', { italian: 9, billing: false }),
        agent('missing', 't1', { billing: true }),
        agent('ok', 't1', { italian: 5, billing: true }),
      ],
      { weak: 0, 'no-billing': 0, missing: 0, ok: 50 * S },
    );
    expect(engine.enqueue(contact('c1', 60 * S), 60 * S)).toEqual([offer('c1', 'ok')]);
  });

  it('picks the best proficiency with BAA, then the longest available', () => {
    const engine = engineWith(
      [skillsQueue('best-available-agent')],
      [
        agent('good', 't1', { italian: 6, billing: true }),
        agent('best-late', 't1', { italian: 9, billing: true }),
        agent('best-early', 't1', { italian: 9, billing: true }),
      ],
      { good: 0, 'best-late': 20 * S, 'best-early': 10 * S },
    );
    expect(engine.enqueue(contact('c1', 30 * S), 30 * S)).toEqual([offer('c1', 'best-early')]);
    expect(engine.enqueue(contact('c2', 31 * S), 31 * S)).toEqual([offer('c2', 'best-late')]);
    expect(engine.enqueue(contact('c3', 32 * S), 32 * S)).toEqual([offer('c3', 'good')]);
  });

  it('re-evaluates an agent whose skills change', () => {
    const engine = engineWith(
      [skillsQueue('longest-available-agent')],
      [agent('a1', 't1', { italian: 2, billing: true })],
      {
        a1: 0,
      },
    );
    engine.enqueue(contact('c1', 1 * S), 1 * S);
    expect(engine.upsertAgent(agent('a1', 't1', { italian: 7, billing: true }), 2 * S)).toEqual([offer('c1', 'a1')]);
  });
});

describe('RoutingEngine: call distribution groups', () => {
  const tiered = laaQueue('q1', [], {
    distribution: [
      { teamIds: ['tier1'], afterSeconds: 0 },
      { teamIds: ['tier2'], afterSeconds: 30 },
    ],
  });

  it('adds the next group once the contact has waited long enough, keeping its position', () => {
    const engine = engineWith([tiered], [agent('b1', 'tier2')], { b1: 0 });
    expect(engine.enqueue(contact('c1', 10 * S), 10 * S)).toEqual([]);
    expect(engine.nextWakeUpAt()).toBe(40 * S);
    expect(engine.wake(40 * S - 1)).toEqual([]);
    expect(engine.wake(40 * S)).toEqual([offer('c1', 'b1')]);
    expect(engine.nextWakeUpAt()).toBeUndefined();
  });

  it('gives a later-group agent only contacts old enough for its group', () => {
    const engine = engineWith([tiered], [agent('b1', 'tier2'), agent('b2', 'tier2')]);
    engine.enqueue(contact('old', 0), 0);
    engine.enqueue(contact('young', 20 * S), 20 * S);
    expect(engine.setAgentAvailable('b1', 40 * S)).toEqual([offer('old', 'b1')]);
    expect(engine.setAgentAvailable('b2', 45 * S)).toEqual([]);
    expect(engine.wake(50 * S)).toEqual([offer('young', 'b2')]);
  });

  it('lets a first-group agent take any contact at once', () => {
    const engine = engineWith([tiered], [agent('a1', 'tier1'), agent('b1', 'tier2')], { b1: 0 });
    engine.enqueue(contact('c1', 10 * S), 10 * S);
    expect(engine.setAgentAvailable('a1', 11 * S)).toEqual([offer('c1', 'a1')]);
  });

  it('matches waiting contacts when a queue gains a team', () => {
    const engine = engineWith([laaQueue('q1', ['t1'])], [agent('x1', 't2')], { x1: 0 });
    engine.enqueue(contact('c1', 1 * S), 1 * S);
    expect(engine.upsertQueue(laaQueue('q1', ['t1', 't2']), 2 * S)).toEqual([offer('c1', 'x1')]);
  });
});

describe('RoutingEngine: queue-to-agent, max wait, removal', () => {
  it('keeps a directed contact for its agent even when others are free', () => {
    const engine = engineWith([laaQueue()], [agent('other')], { other: 0 });
    expect(engine.enqueue(contact('c1', 1 * S, { targetAgentId: 'vip' }), 1 * S)).toEqual([]);
    engine.upsertAgent(agent('vip'), 2 * S);
    expect(engine.setAgentAvailable('vip', 3 * S)).toEqual([offer('c1', 'vip')]);
  });

  it('reports a contact past max wait and stops routing it', () => {
    const engine = engineWith([laaQueue('q1', ['t1'], { maxWaitSeconds: 60 })], [agent('a1')]);
    engine.enqueue(contact('c1', 0), 0);
    expect(engine.nextWakeUpAt()).toBe(60 * S);
    expect(engine.wake(60 * S)).toEqual([{ type: 'max-wait-exceeded', contactId: 'c1', queueId: 'q1' }]);
    expect(engine.setAgentAvailable('a1', 61 * S)).toEqual([]);
  });

  it('forgets an abandoned contact and its wake-ups', () => {
    const engine = engineWith([laaQueue('q1', ['t1'], { maxWaitSeconds: 60 })], [agent('a1')]);
    engine.enqueue(contact('c1', 0), 0);
    expect(engine.removeContact('c1')).toBe(true);
    expect(engine.removeContact('c1')).toBe(false);
    expect(engine.nextWakeUpAt()).toBeUndefined();
    expect(engine.setAgentAvailable('a1', 1 * S)).toEqual([]);
  });

  it.each([
    ['an unknown queue', (e: RoutingEngine) => e.enqueue(contact('c9', 0, { queueId: 'nope' }), 0), 'UNKNOWN_QUEUE'],
    ['an unknown agent', (e: RoutingEngine) => e.setAgentAvailable('ghost', 0), 'UNKNOWN_AGENT'],
    ['a duplicate contact', (e: RoutingEngine) => e.enqueue(contact('c1', 0), 0), 'DUPLICATE_CONTACT'],
    ['a priority of 0', (e: RoutingEngine) => e.enqueue(contact('c2', 0, { priority: 0 }), 0), 'INVALID_INPUT'],
    ['removing a queue with contacts', (e: RoutingEngine) => e.removeQueue('q1'), 'ILLEGAL_TRANSITION'],
  ])('refuses %s', (_, act, code) => {
    const engine = engineWith([laaQueue()], [agent('a1')]);
    engine.enqueue(contact('c1', 0), 0);
    expect(() => act(engine)).toThrow(expect.objectContaining({ name: 'EngineError', code }));
  });
});
