import type { Scheduler, TimerHandle } from './Scheduler.js';

/** The real clock and Node timers. Timers are unref'd: pending ones never keep the process alive. */
export function createSystemScheduler(): Scheduler {
  const timers = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  return {
    now: () => Date.now(),
    setTimer(delayMs, callback) {
      const id = nextId++;
      const timeout = setTimeout(() => {
        timers.delete(id);
        callback();
      }, delayMs);
      timeout.unref();
      timers.set(id, timeout);
      return { id };
    },
    clearTimer(handle: TimerHandle) {
      clearTimeout(timers.get(handle.id));
      timers.delete(handle.id);
    },
  };
}
