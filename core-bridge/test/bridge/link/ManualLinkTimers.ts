import type { LinkTimers } from '../../../src/bridge/link/LinkTimers.js';

/** Link timers that fire only when a test advances them: timeouts and heartbeats without waiting. */
export class ManualLinkTimers implements LinkTimers {
  private now = 0;
  private nextId = 0;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = ++this.nextId;
    this.due.set(id, { at: this.now + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** How many timers are armed: a link at rest holds only its heartbeat. */
  armed(): number {
    return this.due.size;
  }

  /** Moves time on, running every timer that falls due, in due order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const next = [...this.due].sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next || next[1].at > until) break;
      this.due.delete(next[0]);
      this.now = next[1].at;
      next[1].callback();
    }
    this.now = until;
  }
}
