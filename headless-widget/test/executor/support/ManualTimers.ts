import type { LinkTimers } from '@patchbay/core-bridge/desktop';

/** Timers and a clock that move only when a test advances them: link timeouts and backoff without waiting. */
export class ManualTimers implements LinkTimers {
  private time = 1_700_000_000_000;
  private nextId = 0;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  readonly now = (): number => this.time;

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = ++this.nextId;
    this.due.set(id, { at: this.time + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** Moves time on, running every timer that falls due, in due order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.due].sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next || next[1].at > until) break;
      this.due.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = until;
  }
}
