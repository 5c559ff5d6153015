import { EngineError } from './EngineError.js';
import { IndexedHeap } from './IndexedHeap.js';
import { agentQualifies, proficiencyScore } from './agentQualifies.js';
import type { AgentEntry, ContactEntry, PoolMember, QueueEntry, WakeUp } from './routingEntries.js';
import type { ContactToRoute, RoutingAgent, RoutingDecision, RoutingQueue } from './routingModel.js';

export type RoutingEngineOptions = {
  /**
   * Aging: each priority level below 1 counts as this many seconds of extra waiting, so a
   * priority-3 contact is served before a priority-1 contact that arrived more than 2 × this later.
   * Low priority therefore never starves. Default 60 s.
   */
  priorityAgingSeconds?: number;
};

const byScore = (a: ContactEntry, b: ContactEntry) => a.score - b.score || a.order - b.order;
const byWakeUp = (a: WakeUp, b: WakeUp) => a.at - b.at || a.contact.order - b.contact.order;
const longestAvailable = (a: PoolMember, b: PoolMember) =>
  a.agent.availableSince - b.agent.availableSince || compareIds(a.agent.profile.agentId, b.agent.profile.agentId);
const bestAvailable = (a: PoolMember, b: PoolMember) => b.score - a.score || longestAvailable(a, b);

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Routing for one tenant, in memory and without I/O or timers: callers feed it queue and agent
 * changes, contacts and the current time, and carry out the decisions it returns. It keeps the
 * invariant "no available agent is eligible for a waiting contact" after every call, except for
 * contacts whose next distribution step opens later: call `wake(now)` at `nextWakeUpAt()`.
 *
 * Waiting contacts are ordered by priority then queue age (with aging); agents by the queue's
 * selection (longest available, or best proficiency then longest available). Indexed heaps keep
 * every operation O(log n) in the number of waiting contacts or available agents per queue.
 */
export class RoutingEngine {
  private readonly queues = new Map<string, QueueEntry>();
  private readonly agents = new Map<string, AgentEntry>();
  private readonly waiting = new Map<string, { entry: ContactEntry; heap: IndexedHeap<ContactEntry> }>();
  /** Queue-to-agent contacts, per target agent (who may not be logged in yet). */
  private readonly directed = new Map<string, IndexedHeap<ContactEntry>>();
  private readonly wakeUps = new IndexedHeap<WakeUp>(byWakeUp);
  private readonly agingMs: number;
  /** The most a priority can push a contact's score past its enqueue time (priority 10). */
  private readonly maxPriorityOffsetMs: number;
  private order = 0;

  constructor(options: RoutingEngineOptions = {}) {
    this.agingMs = (options.priorityAgingSeconds ?? 60) * 1000;
    this.maxPriorityOffsetMs = 9 * this.agingMs;
  }

  /** Adds or replaces a queue's routing; contacts already waiting keep their places. */
  upsertQueue(config: RoutingQueue, now: number): RoutingDecision[] {
    const previous = this.queues.get(config.queueId);
    const compareMembers =
      config.routing.strategy === 'skills' && config.routing.selection === 'best-available-agent'
        ? bestAvailable
        : longestAvailable;
    const steps = [...config.distribution].sort((a, b) => a.afterSeconds - b.afterSeconds);
    const entry: QueueEntry = {
      config: { ...config, distribution: steps },
      contacts: previous?.contacts ?? new IndexedHeap(byScore),
      pools: steps.map((step) => ({ afterMs: step.afterSeconds * 1000, members: new IndexedHeap(compareMembers) })),
      compareMembers,
    };
    this.queues.set(config.queueId, entry);
    for (const agent of this.agents.values()) {
      agent.memberships.delete(config.queueId);
      this.joinQueue(agent, entry);
    }
    const decisions: RoutingDecision[] = [];
    for (const contact of [...entry.contacts.ordered()]) {
      // The steps may have changed: wake-ups from the old ones are harmless, the new ones are needed.
      this.scheduleWakeUps(contact, entry);
      this.matchContact(contact, now, decisions);
    }
    return decisions;
  }

  /** Removes a queue; refused while contacts wait in it. */
  removeQueue(queueId: string): void {
    const queue = this.requireQueue(queueId);
    if (queue.contacts.size > 0) {
      throw new EngineError({
        code: 'ILLEGAL_TRANSITION',
        message: `queue ${queueId} has waiting contacts`,
        state: 'busy',
      });
    }
    for (const agent of this.agents.values()) agent.memberships.delete(queueId);
    this.queues.delete(queueId);
  }

  /** Adds or updates a logged-in agent (team and skills); a new agent starts unavailable. */
  upsertAgent(profile: RoutingAgent, now: number): RoutingDecision[] {
    const previous = this.agents.get(profile.agentId);
    const agent: AgentEntry = {
      profile,
      available: previous?.available ?? false,
      availableSince: previous?.availableSince ?? now,
      memberships: new Map(),
    };
    if (previous) this.leavePools(previous);
    this.agents.set(profile.agentId, agent);
    for (const queue of this.queues.values()) this.joinQueue(agent, queue);
    const decisions: RoutingDecision[] = [];
    if (agent.available) this.matchAgent(agent, now, decisions);
    return decisions;
  }

  /** Removes an agent (logout). Queue-to-agent contacts keep waiting for them. */
  removeAgent(agentId: string): void {
    this.leavePools(this.requireAgent(agentId));
    this.agents.delete(agentId);
  }

  /** The agent is ready for a contact from now on; returns an offer when one waits for them. */
  setAgentAvailable(agentId: string, now: number): RoutingDecision[] {
    const agent = this.requireAgent(agentId);
    if (!agent.available) {
      agent.available = true;
      agent.availableSince = now;
      for (const { pool, member } of agent.memberships.values()) pool.members.push(member);
    }
    const decisions: RoutingDecision[] = [];
    this.matchAgent(agent, now, decisions);
    return decisions;
  }

  /** The agent is no longer ready (idle, on a call, in wrap-up...). */
  setAgentUnavailable(agentId: string): void {
    this.leavePools(this.requireAgent(agentId));
  }

  /** Queues a contact (new, or back after RONA/decline with its original `enqueuedAt`). */
  enqueue(contact: ContactToRoute, now: number): RoutingDecision[] {
    if (this.waiting.has(contact.contactId)) {
      throw new EngineError({
        code: 'DUPLICATE_CONTACT',
        message: `contact ${contact.contactId} is already queued`,
        field: 'contactId',
      });
    }
    const queue = this.requireQueue(contact.queueId);
    if (!Number.isInteger(contact.priority) || contact.priority < 1 || contact.priority > 10) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        message: 'priority must be an integer from 1 to 10',
        field: 'priority',
      });
    }
    const entry: ContactEntry = {
      ...contact,
      score: contact.enqueuedAt + (contact.priority - 1) * this.agingMs,
      order: this.order++,
      heapIndex: -1,
    };
    const heap = contact.targetAgentId === undefined ? queue.contacts : this.directedHeap(contact.targetAgentId);
    heap.push(entry);
    this.waiting.set(contact.contactId, { entry, heap });
    this.scheduleWakeUps(entry, queue);
    const decisions: RoutingDecision[] = [];
    this.matchContact(entry, now, decisions);
    return decisions;
  }

  /** Takes a contact out of routing (the caller hung up, or a flow moved it). */
  removeContact(contactId: string): boolean {
    const waiting = this.waiting.get(contactId);
    if (!waiting) return false;
    waiting.heap.remove(waiting.entry);
    this.waiting.delete(contactId);
    return true;
  }

  /** When `wake` must next be called, if ever. */
  nextWakeUpAt(): number | undefined {
    this.dropStaleWakeUps();
    return this.wakeUps.peek()?.at;
  }

  /** Opens due distribution steps and reports contacts past their queue's max wait. */
  wake(now: number): RoutingDecision[] {
    const decisions: RoutingDecision[] = [];
    for (let next = this.wakeUps.peek(); next && next.at <= now; next = this.wakeUps.peek()) {
      this.wakeUps.pop();
      const contact = next.contact;
      if (this.waiting.get(contact.contactId)?.entry !== contact) continue;
      if (next.kind === 'max-wait') {
        this.removeContact(contact.contactId);
        decisions.push({ type: 'max-wait-exceeded', contactId: contact.contactId, queueId: contact.queueId });
      } else {
        this.matchContact(contact, now, decisions);
      }
    }
    return decisions;
  }

  /** Contacts waiting in a queue, best first (for queue statistics and position in queue). */
  waitingContacts(queueId: string): ContactToRoute[] {
    return [...this.requireQueue(queueId).contacts.ordered()];
  }

  /** Number of agents currently available. */
  get availableAgentCount(): number {
    let count = 0;
    for (const agent of this.agents.values()) if (agent.available) count++;
    return count;
  }

  private joinQueue(agent: AgentEntry, queue: QueueEntry): void {
    const routing = queue.config.routing;
    if (routing.strategy === 'skills' && !agentQualifies(agent.profile, routing.requirements)) return;
    const stepIndex = queue.config.distribution.findIndex((step) => step.teamIds.includes(agent.profile.teamId));
    const pool = queue.pools[stepIndex];
    if (!pool) return;
    const score = routing.strategy === 'skills' ? proficiencyScore(agent.profile, routing.requirements) : 0;
    const member: PoolMember = { agent, score, heapIndex: -1 };
    agent.memberships.set(queue.config.queueId, { pool, member });
    if (agent.available) pool.members.push(member);
  }

  private leavePools(agent: AgentEntry): void {
    agent.available = false;
    for (const { pool, member } of agent.memberships.values()) pool.members.remove(member);
  }

  /** Offers the contact to the best available eligible agent, if any. */
  private matchContact(contact: ContactEntry, now: number, decisions: RoutingDecision[]): void {
    if (contact.targetAgentId !== undefined) {
      const target = this.agents.get(contact.targetAgentId);
      if (target?.available) this.offer(contact, target, decisions);
      return;
    }
    const queue = this.requireQueue(contact.queueId);
    const age = now - contact.enqueuedAt;
    let best: PoolMember | undefined;
    for (const pool of queue.pools) {
      if (pool.afterMs > age) break;
      const head = pool.members.peek();
      if (head && (!best || queue.compareMembers(head, best) < 0)) best = head;
    }
    if (best) this.offer(contact, best.agent, decisions);
  }

  /** Offers the agent the best contact it may take across its queues and its own directed ones. */
  private matchAgent(agent: AgentEntry, now: number, decisions: RoutingDecision[]): void {
    let best = this.directed.get(agent.profile.agentId)?.peek();
    for (const [queueId, { pool }] of agent.memberships) {
      const candidate = this.firstEligibleContact(this.requireQueue(queueId), now - pool.afterMs, best);
      if (candidate) best = candidate;
    }
    if (best) this.offer(best, agent, decisions);
  }

  /**
   * The best contact of a queue enqueued no later than `latestEnqueue` (old enough for the agent's
   * distribution step) that beats `toBeat`, if any. Usually the head; a later step may need to look
   * past younger, higher-priority contacts.
   */
  private firstEligibleContact(queue: QueueEntry, latestEnqueue: number, toBeat: ContactEntry | undefined) {
    const head = queue.contacts.peek();
    if (!head || (toBeat && byScore(head, toBeat) >= 0)) return undefined;
    if (head.enqueuedAt <= latestEnqueue) return head;
    for (const contact of queue.contacts.ordered()) {
      if (toBeat && byScore(contact, toBeat) >= 0) return undefined;
      // Scores only grow from here, and score ≥ enqueuedAt ≥ score − max offset: past this
      // point every contact is too young for the agent's distribution step.
      if (contact.score - this.maxPriorityOffsetMs > latestEnqueue) return undefined;
      if (contact.enqueuedAt <= latestEnqueue) return contact;
    }
    return undefined;
  }

  private offer(contact: ContactEntry, agent: AgentEntry, decisions: RoutingDecision[]): void {
    this.removeContact(contact.contactId);
    this.leavePools(agent);
    decisions.push({
      type: 'offer',
      contactId: contact.contactId,
      queueId: contact.queueId,
      agentId: agent.profile.agentId,
    });
  }

  private scheduleWakeUps(contact: ContactEntry, queue: QueueEntry): void {
    for (const pool of queue.pools) {
      if (pool.afterMs > 0)
        this.wakeUps.push({ at: contact.enqueuedAt + pool.afterMs, contact, kind: 'step', heapIndex: -1 });
    }
    const maxWait = queue.config.maxWaitSeconds;
    if (maxWait !== undefined)
      this.wakeUps.push({ at: contact.enqueuedAt + maxWait * 1000, contact, kind: 'max-wait', heapIndex: -1 });
  }

  private dropStaleWakeUps(): void {
    for (let next = this.wakeUps.peek(); next; next = this.wakeUps.peek()) {
      if (this.waiting.get(next.contact.contactId)?.entry === next.contact) return;
      this.wakeUps.pop();
    }
  }

  private directedHeap(agentId: string): IndexedHeap<ContactEntry> {
    let heap = this.directed.get(agentId);
    if (!heap) {
      heap = new IndexedHeap(byScore);
      this.directed.set(agentId, heap);
    }
    return heap;
  }

  private requireQueue(queueId: string): QueueEntry {
    const queue = this.queues.get(queueId);
    if (!queue) throw new EngineError({ code: 'UNKNOWN_QUEUE', message: `unknown queue ${queueId}`, field: 'queueId' });
    return queue;
  }

  private requireAgent(agentId: string): AgentEntry {
    const agent = this.agents.get(agentId);
    if (!agent) throw new EngineError({ code: 'UNKNOWN_AGENT', message: `unknown agent ${agentId}`, field: 'agentId' });
    return agent;
  }
}
