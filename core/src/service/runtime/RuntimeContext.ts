import type { Scheduler, TimerHandle } from '../../time/Scheduler.js';
import type { TelephonyGateway } from '../../voice/TelephonyGateway.js';
import type { RuntimeConfig } from './RuntimeConfig.js';
import type { LegBinding, TenantState } from './TenantState.js';
import type { RuntimeTransaction } from './createTransaction.js';

/** Work that reacts to something (a telephony event, a timer, a config change) in one tenant. */
export type Reaction = (tx: RuntimeTransaction, tenant: TenantState) => Promise<void>;

/** What the runtime's parts share: its collaborators, its live state and how to schedule work. */
export type RuntimeContext = {
  readonly config: RuntimeConfig;
  readonly telephony: TelephonyGateway;
  readonly scheduler: Scheduler;
  /** A new interaction or session id. */
  readonly newId: () => string;
  readonly tenants: Map<string, TenantState>;
  /** Legs the runtime answered or dialled, by leg id, until their `leg:ended` has been handled. */
  readonly legs: Map<string, LegBinding>;
  /**
   * Runs `work` on the tenant's lane as one transaction, then commits it; resolves with what
   * `work` returned once the commit is durable and delivered.
   */
  run<T>(tenantId: string, at: number, work: (tx: RuntimeTransaction) => Promise<T>): Promise<T>;
  /** Runs a reaction on the tenant's lane, if the tenant is live; failures go to `report`. */
  react(tenantId: string, at: number, during: string, reaction: Reaction): void;
  /** Runs a reaction at `dueAt` (time of its transaction: when the timer fires); `close()` clears it. */
  setTimer(tenantId: string, dueAt: number, during: string, reaction: Reaction): TimerHandle;
  /** Cancels a timer; a no-op for undefined or one that already ran. */
  clearTimer(handle: TimerHandle | undefined): void;
  /** Reports a failure nobody is waiting for (a reaction, a subscriber, a telephony call). */
  report(error: unknown, during: string): void;
};
