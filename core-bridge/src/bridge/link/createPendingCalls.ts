import { BridgeError } from '../../BridgeError.js';
import type { LinkTimers } from './LinkTimers.js';

/** Calls in flight to the other side, each with its timer. */
export type PendingCalls = {
  /**
   * Runs `send` as a call that settles with it, or rejects with TIMEOUT after `timeoutMs`, or
   * with DISCONNECTED when {@link PendingCalls.rejectAll} runs first. Whatever comes last is ignored.
   */
  track<T>(method: string, timeoutMs: number, send: () => Promise<T>): Promise<T>;
  /** Rejects every call in flight with DISCONNECTED (the other side reloaded or the link closed). */
  rejectAll(reason: string): void;
  /** How many calls are in flight. */
  size(): number;
};

/** The registry of calls in flight; it holds nothing once a call settles, so it never grows. */
export function createPendingCalls(timers: LinkTimers): PendingCalls {
  const inFlight = new Set<(error: BridgeError) => void>();

  return {
    track(method, timeoutMs, send) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const finish = () => {
          settled = true;
          timers.clearTimeout(timer);
          inFlight.delete(fail);
        };
        const fail = (error: BridgeError) => {
          if (settled) return;
          finish();
          reject(error);
        };
        const timer = timers.setTimeout(() => {
          fail(new BridgeError({ code: 'TIMEOUT', message: `${method} got no answer within ${timeoutMs} ms` }));
        }, timeoutMs);
        inFlight.add(fail);
        send().then(
          (value) => {
            if (settled) return;
            finish();
            resolve(value);
          },
          (error: unknown) => {
            fail(
              error instanceof BridgeError
                ? error
                : new BridgeError({
                    code: 'TRANSMISSION_FAILED',
                    message: `${method} could not be sent`,
                    cause: error,
                  }),
            );
          },
        );
      });
    },

    rejectAll(reason) {
      for (const fail of [...inFlight]) fail(new BridgeError({ code: 'DISCONNECTED', message: reason }));
    },

    size: () => inFlight.size,
  };
}
