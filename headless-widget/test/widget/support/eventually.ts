import type { LinkTimers } from '@patchbay/core-bridge/desktop';

/** Waits until `test` holds, checking every few milliseconds; fails naming `what` after many rounds. */
export async function eventually(what: string, test: () => boolean | Promise<boolean>, rounds = 2_000): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never happened: ${what}`);
}

/** Node's own timers, for tests against a real core. */
export const realTimers: LinkTimers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
