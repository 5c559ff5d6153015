import { describe, expect, it } from '@jest/globals';
import type { CoreEvent } from '../../../src/contract/index.js';
import type { SubscribeOptions } from '../../../src/service/runtime/ContactCenterRuntime.js';
import type { CoreStore } from '../../../src/store/CoreStore.js';
import { createRuntimeHarness, expectServiceError, type RuntimeHarness } from './runtimeHarness.js';

/** A subscriber that records what it receives. */
function recorder(h: RuntimeHarness, stream: string, afterSeq: number | undefined, tenantId = 't1') {
  const events: CoreEvent[] = [];
  const gaps: { firstSeq: number; lastSeq: number }[] = [];
  const options: SubscribeOptions = {
    tenantId,
    stream,
    afterSeq,
    onEvent: (event) => events.push(event),
    onGap: (bounds) => gaps.push(bounds),
  };
  return { events, gaps, seqs: () => events.map((event) => event.seq), subscribe: () => h.runtime.subscribe(options) };
}

/** Four events on agent:a1: loggedIn, Available, Idle (lunch), Available. */
async function fourEvents(h: RuntimeHarness) {
  await h.login('a1');
  await h.available('a1');
  await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' });
  await h.available('a1');
}

describe('subscribe', () => {
  it('replays what came after afterSeq, then delivers live events', async () => {
    const h = createRuntimeHarness();
    await fourEvents(h);
    const subscriber = recorder(h, 'agent:a1', 2);
    await subscriber.subscribe();
    expect(subscriber.seqs()).toEqual([3, 4]);
    await h.call();
    expect(subscriber.seqs()).toEqual([3, 4, 5, 6]);
    expect(subscriber.events).toEqual(await h.events('agent:a1').then((events) => events.slice(2)));
    expect(subscriber.gaps).toEqual([]);
  });

  it('follows from now when no afterSeq is given: nothing replayed, every later event live', async () => {
    const h = createRuntimeHarness();
    await fourEvents(h);
    const subscriber = recorder(h, 'agent:a1', undefined);
    const subscription = await subscriber.subscribe();
    expect(subscription.startedAfter).toBe(4);
    expect(subscriber.seqs()).toEqual([]);
    await h.call();
    expect(subscriber.seqs()).toEqual([5, 6]);
    expect(subscriber.gaps).toEqual([]);

    const fresh = recorder(h, 'agent:a2', undefined);
    expect((await fresh.subscribe()).startedAfter).toBe(0);
    await h.login('a2');
    expect(fresh.seqs()).toEqual([1]);
  });

  it('tells where a replay or a gap left the subscriber', async () => {
    const h = createRuntimeHarness();
    await fourEvents(h);
    expect((await recorder(h, 'agent:a1', 2).subscribe()).startedAfter).toBe(2);
    expect((await recorder(h, 'agent:a1', 99).subscribe()).startedAfter).toBe(4);
  });

  it.each([
    ['read before them (they arrive only live)', 'after-read'],
    ['read after them (they arrive both ways)', 'before-read'],
  ] as const)('delivers events committed during the replay once, in order: %s', async (_, hold) => {
    let releaseRead: () => void = () => undefined;
    const readHeld = new Promise<void>((resolve) => {
      releaseRead = resolve;
    });
    const h = createRuntimeHarness({
      wrapStore: (store): CoreStore => ({
        ...store,
        readEvents: async (...args) => {
          if (hold === 'before-read') await readHeld;
          const events = await store.readEvents(...args);
          if (hold === 'after-read') await readHeld;
          return events;
        },
      }),
    });
    await fourEvents(h);
    const subscriber = recorder(h, 'agent:a1', 0);
    const subscribed = subscriber.subscribe();
    await h.settle();
    // The replay waits; meanwhile four more events are committed and go live.
    await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'break' });
    await h.available('a1');
    await h.call();
    expect(subscriber.seqs()).toEqual([]);
    releaseRead();
    await subscribed;
    expect(subscriber.seqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' });
    expect(subscriber.seqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('calls onGap instead of replaying when the log no longer holds afterSeq + 1, then continues live', async () => {
    const h = createRuntimeHarness();
    await fourEvents(h);
    await h.store.trimEvents('t1', 'agent:a1', 4);

    const tooOld = recorder(h, 'agent:a1', 2);
    await tooOld.subscribe();
    expect(tooOld.gaps).toEqual([{ firstSeq: 4, lastSeq: 4 }]);
    expect(tooOld.events).toEqual([]);

    const justInTime = recorder(h, 'agent:a1', 3);
    await justInTime.subscribe();
    expect(justInTime.gaps).toEqual([]);
    expect(justInTime.seqs()).toEqual([4]);

    await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' });
    expect(tooOld.seqs()).toEqual([5]);
    expect(justInTime.seqs()).toEqual([4, 5]);
  });

  it('calls onGap for a subscriber ahead of the log (a reset store), then continues live from its end', async () => {
    const h = createRuntimeHarness();
    await fourEvents(h);
    const ahead = recorder(h, 'agent:a1', 99);
    await ahead.subscribe();
    expect(ahead.gaps).toEqual([{ firstSeq: 1, lastSeq: 4 }]);
    await h.runtime.setAgentState('t1', 'a1', { state: 'Idle', idleCodeId: 'lunch' });
    expect(ahead.seqs()).toEqual([5]);
  });

  it('stops delivering when closed', async () => {
    const h = createRuntimeHarness();
    const subscriber = recorder(h, 'tenant', 0);
    const subscription = await subscriber.subscribe();
    await h.login('a1');
    subscription.close();
    await h.available('a1');
    expect(subscriber.seqs()).toEqual([1]);
  });

  it('refuses malformed streams and seqs, and agents the tenant does not have', async () => {
    const h = createRuntimeHarness();
    const attempt = (stream: string, afterSeq = 0, tenantId = 't1') =>
      h.runtime.subscribe({ tenantId, stream, afterSeq, onEvent: () => undefined, onGap: () => undefined });
    await expectServiceError(attempt('everything'), { code: 'INVALID_REQUEST', field: 'stream' });
    await expectServiceError(attempt('agent:'), { code: 'INVALID_REQUEST', field: 'stream' });
    await expectServiceError(attempt('tenant', -1), { code: 'INVALID_REQUEST', field: 'afterSeq' });
    await expectServiceError(attempt('tenant', 1.5), { code: 'INVALID_REQUEST', field: 'afterSeq' });
    await expectServiceError(attempt('agent:nobody'), { code: 'NOT_FOUND' });
    await expectServiceError(attempt('agent:a2', 0, 't2'), { code: 'NOT_FOUND' });
  });
});
