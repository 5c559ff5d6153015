import type { Scheduler, TimerHandle } from '@patchbay/core';
import type { ClientTimers } from '../../../src/client/index.js';

type Timer = { dueAt: number; callback: () => void; real: NodeJS.Timeout };

/**
 * A clock for the core and the client that runs in real time and can also jump ahead: `advance`
 * moves `now` forward and runs every timer that became due, in due order. It lets a test reach a
 * token's expiry (minutes away) without waiting, while sockets and HTTP keep working as usual.
 */
export function createShiftableClock() {
  let offset = 0;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const now = () => Date.now() + offset;

  const fire = (id: number) => {
    const timer = timers.get(id);
    if (!timer) return;
    timers.delete(id);
    clearTimeout(timer.real);
    timer.callback();
  };
  const arm = (id: number, delayMs: number) => {
    const real = setTimeout(() => fire(id), Math.max(0, delayMs));
    real.unref();
    return real;
  };

  const scheduler: Scheduler = {
    now,
    setTimer(delayMs, callback) {
      const id = nextId++;
      timers.set(id, { dueAt: now() + delayMs, callback, real: arm(id, delayMs) });
      return { id };
    },
    clearTimer(handle: TimerHandle) {
      const timer = timers.get(handle.id);
      if (timer) clearTimeout(timer.real);
      timers.delete(handle.id);
    },
  };

  const clientTimers: ClientTimers = {
    setTimeout: (callback, delayMs) => scheduler.setTimer(delayMs, callback),
    clearTimeout: (handle) => scheduler.clearTimer(handle as TimerHandle),
  };

  return {
    now,
    scheduler,
    clientTimers,
    /** Moves the clock forward by `ms` and runs the timers that became due. */
    advance(ms: number) {
      offset += ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.dueAt <= now())
          .sort(([, a], [, b]) => a.dueAt - b.dueAt)[0];
        if (!due) break;
        fire(due[0]);
      }
      // The rest are due later on the shifted clock: re-arm them for the time that is left.
      for (const [id, timer] of timers) {
        clearTimeout(timer.real);
        timer.real = arm(id, timer.dueAt - now());
      }
    },
  };
}

export type ShiftableClock = ReturnType<typeof createShiftableClock>;
