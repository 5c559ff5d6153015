import type { BackoffOptions } from './CoreClientOptions.js';

/** Backoff settings with every default filled in. */
export type BackoffPolicy = Required<BackoffOptions>;

/** The defaults: 0.5 s doubling to 15 s, up to half of each delay taken off at random. */
export const DEFAULT_BACKOFF: BackoffPolicy = { initialDelayMs: 500, maxDelayMs: 15_000, jitter: 0.5 };

/**
 * The delay before retry number `attempt` (0 for the first retry): `initialDelayMs × 2^attempt`,
 * capped at `maxDelayMs`, less a random share of up to `jitter` of it. `random` is in [0, 1).
 */
export function computeBackoffDelay(attempt: number, policy: BackoffPolicy, random: number): number {
  const exponent = Math.min(Math.max(0, attempt), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** exponent);
  const jitter = Math.min(Math.max(policy.jitter, 0), 1);
  return Math.round(ceiling * (1 - jitter * Math.min(Math.max(random, 0), 1)));
}
