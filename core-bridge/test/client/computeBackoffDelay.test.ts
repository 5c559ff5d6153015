import { describe, expect, it } from '@jest/globals';
import { computeBackoffDelay, DEFAULT_BACKOFF } from '../../src/client/index.js';

describe('computeBackoffDelay', () => {
  it.each([
    [0, 0, 500],
    [1, 0, 1_000],
    [2, 0, 2_000],
    [5, 0, 15_000],
    [50, 0, 15_000],
    [0, 0.999_999, 250],
    [1, 0.5, 750],
    [10, 0.5, 11_250],
  ])('waits attempt %d with random %d: %d ms', (attempt, random, expected) => {
    expect(computeBackoffDelay(attempt, DEFAULT_BACKOFF, random)).toBe(expected);
  });

  it('keeps every delay within [ceiling × (1 − jitter), ceiling]', () => {
    const policy = { initialDelayMs: 100, maxDelayMs: 1_000, jitter: 0.3 };
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const ceiling = Math.min(1_000, 100 * 2 ** attempt);
      for (const random of [0, 0.25, 0.5, 0.75, 0.99]) {
        const delay = computeBackoffDelay(attempt, policy, random);
        expect(delay).toBeGreaterThanOrEqual(Math.round(ceiling * 0.7));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('clamps out-of-range inputs instead of waiting negative or forever', () => {
    expect(computeBackoffDelay(-3, DEFAULT_BACKOFF, 0)).toBe(500);
    expect(computeBackoffDelay(0, { ...DEFAULT_BACKOFF, jitter: 7 }, 0.5)).toBe(250);
    expect(computeBackoffDelay(0, DEFAULT_BACKOFF, 42)).toBe(250);
  });
});
