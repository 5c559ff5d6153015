import { computeBackoffDelay } from '@patchbay/core-bridge';

/** How the executor retries a CRM write. */
export type RetryPolicy = {
  /** The first retry waits about this long; each next one twice as long. */
  readonly baseMs: number;
  /** The longest wait between two attempts. */
  readonly maxMs: number;
  /** Attempts before an entry is failed and handed to the agent. */
  readonly maxAttempts: number;
};

/** Up to half of each wait is taken off at random, so tabs that failed together do not retry together. */
const JITTER = 0.5;

/** The wait after attempt number `attempts` (1 for the first) failed. */
export function retryDelay(policy: RetryPolicy, attempts: number, random: number): number {
  return computeBackoffDelay(
    attempts - 1,
    { initialDelayMs: policy.baseMs, maxDelayMs: policy.maxMs, jitter: JITTER },
    random,
  );
}
