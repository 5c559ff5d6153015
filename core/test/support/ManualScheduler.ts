import type { Scheduler, TimerHandle } from '../../src/time/Scheduler.js';

type PendingTimer = { id: number; dueAt: number; callback: () => void };

/**
 * A scheduler whose time moves only when a test calls `advance`. Due timers run in due-time order
 * (ties in creation order), each seeing `now()` equal to its due time, as real timers would.
 */
export class ManualScheduler implements Scheduler {
  private current: number;
  private nextId = 1;
  private pending: PendingTimer[] = [];

  constructor(startAt = Date.UTC(2026, 0, 1)) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const id = this.nextId++;
    this.pending.push({ id, dueAt: this.current + Math.max(0, delayMs), callback });
    return { id };
  }

  clearTimer(handle: TimerHandle): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle.id);
  }

  /** Number of timers still waiting. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      this.pending = this.pending.filter((timer) => timer !== next);
      this.current = next.dueAt;
      next.callback();
    }
    this.current = target;
  }

  private nextDue(until: number): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const timer of this.pending) {
      if (timer.dueAt > until) continue;
      if (!best || timer.dueAt < best.dueAt || (timer.dueAt === best.dueAt && timer.id < best.id)) best = timer;
    }
    return best;
  }
}
