import type { HeapItem, IndexedHeap } from './IndexedHeap.js';
import type { ContactToRoute, RoutingAgent, RoutingQueue } from './routingModel.js';

// The engine's internal bookkeeping, shared by RoutingEngine and its helpers. Not exported from
// the package: callers see only the routing model and decisions.

/** A waiting contact with its precomputed sort key. */
export type ContactEntry = ContactToRoute &
  HeapItem & {
    /** Virtual enqueue time: enqueuedAt pushed back by priority; lower is served first. */
    readonly score: number;
    /** Arrival order, the final tie-breaker, so equal scores stay first-come first-served. */
    readonly order: number;
  };

/** An agent's place in one distribution step of one queue. */
export type PoolMember = HeapItem & { readonly agent: AgentEntry; readonly score: number };

/** The available agents of one distribution step of a queue, best first. */
export type Pool = { readonly afterMs: number; readonly members: IndexedHeap<PoolMember> };

export type QueueEntry = {
  readonly config: RoutingQueue;
  readonly contacts: IndexedHeap<ContactEntry>;
  /** One pool per distribution step, in step order. */
  readonly pools: readonly Pool[];
  readonly compareMembers: (a: PoolMember, b: PoolMember) => number;
};

export type AgentEntry = {
  readonly profile: RoutingAgent;
  available: boolean;
  availableSince: number;
  /** The pools the agent qualifies for: at most one per queue (its earliest step). */
  readonly memberships: Map<string, { pool: Pool; member: PoolMember }>;
};

/** A moment the engine must look at a contact again: a distribution step opens or max wait ends. */
export type WakeUp = HeapItem & {
  readonly at: number;
  readonly contact: ContactEntry;
  readonly kind: 'step' | 'max-wait';
};
