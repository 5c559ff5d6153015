import { describe, expect, it } from '@jest/globals';
import { ManualScheduler } from './ManualScheduler.js';

describe('ManualScheduler', () => {
  it('runs due timers in order, each at its due time, and skips cancelled ones', () => {
    const scheduler = new ManualScheduler(1_000);
    const runs: [string, number][] = [];
    scheduler.setTimer(300, () => runs.push(['c', scheduler.now()]));
    scheduler.setTimer(100, () => runs.push(['a', scheduler.now()]));
    const cancelled = scheduler.setTimer(200, () => runs.push(['x', scheduler.now()]));
    scheduler.setTimer(100, () => {
      runs.push(['b', scheduler.now()]);
      scheduler.setTimer(50, () => runs.push(['nested', scheduler.now()]));
    });
    scheduler.clearTimer(cancelled);
    scheduler.advance(250);
    expect(runs).toEqual([
      ['a', 1_100],
      ['b', 1_100],
      ['nested', 1_150],
    ]);
    expect(scheduler.now()).toBe(1_250);
    expect(scheduler.pendingCount).toBe(1);
  });
});
