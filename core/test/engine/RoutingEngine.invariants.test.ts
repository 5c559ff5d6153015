import { describe, expect, it } from '@jest/globals';
import { agentQualifies } from '../../src/engine/agentQualifies.js';
import { RoutingEngine } from '../../src/engine/RoutingEngine.js';
import type { ContactToRoute, RoutingAgent, RoutingDecision, RoutingQueue } from '../../src/engine/routingModel.js';
import { seededRandom } from '../support/seededRandom.js';

// Random operation sequences against the engine, checked after every step by brute force over all
// waiting contacts and available agents: no routable pair may be left unmatched, and every offer must
// pair a waiting contact with an available agent.

const queues: RoutingQueue[] = [
  {
    queueId: 'laa',
    routing: { strategy: 'longest-available-agent' },
    distribution: [{ teamIds: ['t1', 't2'], afterSeconds: 0 }],
  },
  {
    queueId: 'tiered',
    routing: { strategy: 'longest-available-agent' },
    distribution: [
      { teamIds: ['t2'], afterSeconds: 0 },
      { teamIds: ['t3'], afterSeconds: 20 },
      { teamIds: ['t1'], afterSeconds: 45 },
    ],
    maxWaitSeconds: 120,
  },
  {
    queueId: 'baa',
    routing: {
      strategy: 'skills',
      selection: 'best-available-agent',
      requirements: [{ skill: 'fr', minProficiency: 4 }, { skill: 'vip' }],
    },
    distribution: [
      { teamIds: ['t1', 't3'], afterSeconds: 0 },
      { teamIds: ['t2'], afterSeconds: 30 },
    ],
  },
];

function eligible(agent: RoutingAgent, contact: ContactToRoute, now: number): boolean {
  if (contact.targetAgentId !== undefined) return contact.targetAgentId === agent.agentId;
  const queue = queues.find((q) => q.queueId === contact.queueId) as RoutingQueue;
  if (queue.routing.strategy === 'skills' && !agentQualifies(agent, queue.routing.requirements)) return false;
  const step = queue.distribution.find((s) => s.teamIds.includes(agent.teamId));
  return step !== undefined && now - contact.enqueuedAt >= step.afterSeconds * 1000;
}

describe('RoutingEngine invariants under random operations', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const engine = new RoutingEngine({ priorityAgingSeconds: 30 });
    const agents: RoutingAgent[] = Array.from({ length: 12 }, (_, i) => ({
      agentId: `a${i}`,
      teamId: pick(['t1', 't2', 't3']),
      skills: { fr: Math.ceil(next() * 10), vip: next() < 0.6 },
    }));
    const available = new Set<string>();
    const waiting = new Map<string, ContactToRoute>();
    let now = 0;
    let offers = 0;

    const apply = (decisions: RoutingDecision[]) => {
      for (const decision of decisions) {
        expect(waiting.has(decision.contactId)).toBe(true);
        const contact = waiting.get(decision.contactId) as ContactToRoute;
        waiting.delete(decision.contactId);
        if (decision.type === 'max-wait-exceeded') {
          expect(now - contact.enqueuedAt).toBeGreaterThanOrEqual(120_000);
          continue;
        }
        expect(available.has(decision.agentId)).toBe(true);
        const agent = agents.find((a) => a.agentId === decision.agentId) as RoutingAgent;
        expect(eligible(agent, contact, now)).toBe(true);
        available.delete(decision.agentId);
        offers++;
      }
    };

    for (const queue of queues) engine.upsertQueue(queue, now);
    for (const agent of agents) engine.upsertAgent(agent, now);

    for (let step = 0; step < 600; step++) {
      now += Math.floor(next() * 4_000);
      apply(engine.wake(now));
      const roll = next();
      if (roll < 0.4) {
        const contact: ContactToRoute = {
          contactId: `c${step}`,
          queueId: pick(queues).queueId,
          priority: 1 + Math.floor(next() * 10),
          enqueuedAt: now,
          ...(next() < 0.05 ? { targetAgentId: pick(agents).agentId } : {}),
        };
        waiting.set(contact.contactId, contact);
        apply(engine.enqueue(contact, now));
      } else if (roll < 0.75) {
        const agent = pick(agents);
        available.add(agent.agentId);
        apply(engine.setAgentAvailable(agent.agentId, now));
      } else if (roll < 0.9) {
        const agent = pick(agents);
        available.delete(agent.agentId);
        engine.setAgentUnavailable(agent.agentId);
      } else if (waiting.size > 0) {
        const contactId = pick([...waiting.keys()]);
        waiting.delete(contactId);
        expect(engine.removeContact(contactId)).toBe(true);
      }

      for (const contact of waiting.values()) {
        for (const agentId of available) {
          const agent = agents.find((a) => a.agentId === agentId) as RoutingAgent;
          if (eligible(agent, contact, now))
            throw new Error(`step ${step}: ${contact.contactId} waits while ${agentId} is free`);
        }
      }
      expect(engine.availableAgentCount).toBe(available.size);
    }
    expect(offers).toBeGreaterThan(50);
  });
});
