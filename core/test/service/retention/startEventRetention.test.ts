import { describe, expect, it } from '@jest/globals';
import { startEventRetention } from '../../../src/service/retention/startEventRetention.js';
import type { CoreStore } from '../../../src/store/CoreStore.js';
import { createMemoryStore } from '../../../src/store/createMemoryStore.js';
import { ManualScheduler } from '../../support/ManualScheduler.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

async function append(store: CoreStore, tenantId: string, time: number) {
  await store.commit({ events: [{ tenantId, stream: 'tenant', type: 'x', payload: {}, time }] });
}

describe('startEventRetention', () => {
  it('trims every tenant to the retention window at start and then every interval', async () => {
    const scheduler = new ManualScheduler(10 * DAY);
    const store = createMemoryStore();
    await append(store, 'a', 1 * DAY);
    await append(store, 'a', 9 * DAY);
    await append(store, 'b', 2 * DAY);
    const trimmed: number[] = [];
    const retention = startEventRetention({
      store,
      scheduler,
      listTenantIds: () => Promise.resolve(['a', 'b']),
      retentionMs: 7 * DAY,
      onError: (error) => {
        throw error;
      },
      onTrimmed: (deleted) => trimmed.push(deleted),
    });
    await settle();
    // At day 10 with 7 days kept, the cutoff is day 3: a's first event and b's only one go.
    expect(trimmed).toEqual([2]);
    expect(await store.streamBounds('a', 'tenant')).toEqual({ firstSeq: 2, lastSeq: 2 });
    expect(await store.streamBounds('b', 'tenant')).toEqual({ firstSeq: 2, lastSeq: 1 });

    // A day later the day-9 event is still within the window; two days after that it goes.
    scheduler.advance(DAY);
    await settle();
    expect(await store.streamBounds('a', 'tenant')).toEqual({ firstSeq: 2, lastSeq: 2 });
    scheduler.advance(6 * DAY);
    await settle();
    expect(await store.streamBounds('a', 'tenant')).toEqual({ firstSeq: 3, lastSeq: 2 });
    expect(trimmed).toEqual([2, 1]);
    await retention.stop();
  });

  it('reports a failing tenant and goes on with the others; stop cancels the next pass', async () => {
    const scheduler = new ManualScheduler(10 * DAY);
    const store = createMemoryStore();
    await append(store, 'b', 1 * DAY);
    const errors: string[] = [];
    const retention = startEventRetention({
      store,
      scheduler,
      // An id the store refuses stands for a tenant whose trim fails.
      listTenantIds: () => Promise.resolve(['', 'b']),
      retentionMs: DAY,
      intervalMs: HOUR,
      onError: (_error, during) => errors.push(during),
    });
    await settle();
    expect(errors).toEqual(['trimming the event log of tenant ']);
    expect(await store.streamBounds('b', 'tenant')).toEqual({ firstSeq: 2, lastSeq: 1 });
    await retention.stop();
    await append(store, 'b', 1 * DAY);
    scheduler.advance(HOUR);
    await settle();
    expect(await store.streamBounds('b', 'tenant')).toEqual({ firstSeq: 2, lastSeq: 2 });
  });
});
