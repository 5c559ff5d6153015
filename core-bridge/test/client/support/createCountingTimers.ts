import type { ClientTimers } from '../../../src/client/index.js';

/** Real timers that count how many are pending, so a test can check that none is left behind. */
export function createCountingTimers() {
  const pending = new Set<NodeJS.Timeout>();
  const timers: ClientTimers = {
    setTimeout(callback, delayMs) {
      const handle = setTimeout(() => {
        pending.delete(handle);
        callback();
      }, delayMs);
      pending.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      clearTimeout(handle as NodeJS.Timeout);
      pending.delete(handle as NodeJS.Timeout);
    },
  };
  return { timers, pending: () => pending.size };
}
