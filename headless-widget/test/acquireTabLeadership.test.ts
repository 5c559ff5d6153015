import { describe, expect, it } from '@jest/globals';
import { acquireTabLeadership } from '@patchbay/headless-widget';
import { FakeLockManager } from './FakeLockManager.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

function joinTab(locks: FakeLockManager, name = 'patchbay:leader:t1:a1') {
  const changes: boolean[] = [];
  const errors: unknown[] = [];
  const leadership = acquireTabLeadership({
    name,
    locks,
    onChange: (isLeader) => changes.push(isLeader),
    onError: (error) => errors.push(error),
  });
  return { leadership, changes, errors };
}

describe('acquireTabLeadership', () => {
  it('makes the first tab leader and keeps the others waiting', async () => {
    const locks = new FakeLockManager();
    const first = joinTab(locks);
    const second = joinTab(locks);
    await settle();
    expect(first.leadership.isLeader).toBe(true);
    expect(first.changes).toEqual([true]);
    expect(second.leadership.isLeader).toBe(false);
    expect(second.changes).toEqual([]);
  });

  it('hands leadership to the oldest waiting tab when the leader resigns', async () => {
    const locks = new FakeLockManager();
    const first = joinTab(locks);
    const second = joinTab(locks);
    const third = joinTab(locks);
    await settle();
    first.leadership.resign();
    await settle();
    expect(first.changes).toEqual([true, false]);
    expect(second.leadership.isLeader).toBe(true);
    expect(third.leadership.isLeader).toBe(false);
  });

  it('lets a waiting tab leave without ever leading or disturbing the leader', async () => {
    const locks = new FakeLockManager();
    const first = joinTab(locks);
    const second = joinTab(locks);
    const third = joinTab(locks);
    await settle();
    second.leadership.resign();
    first.leadership.resign();
    await settle();
    expect(second.changes).toEqual([]);
    expect(second.errors).toEqual([]);
    expect(third.leadership.isLeader).toBe(true);
  });

  it('treats resign as idempotent', async () => {
    const locks = new FakeLockManager();
    const first = joinTab(locks);
    await settle();
    first.leadership.resign();
    first.leadership.resign();
    expect(first.changes).toEqual([true, false]);
  });

  it('elects one leader per name', async () => {
    const locks = new FakeLockManager();
    const agentA = joinTab(locks, 'patchbay:leader:t1:a1');
    const agentB = joinTab(locks, 'patchbay:leader:t1:a2');
    await settle();
    expect(agentA.leadership.isLeader).toBe(true);
    expect(agentB.leadership.isLeader).toBe(true);
  });

  it('reports a lock manager failure through onError', async () => {
    const failure = new Error('lock manager unavailable');
    const errors: unknown[] = [];
    acquireTabLeadership({
      name: 'x',
      locks: { request: () => Promise.reject(failure) },
      onChange: () => undefined,
      onError: (error) => errors.push(error),
    });
    await settle();
    expect(errors).toEqual([failure]);
  });
});
