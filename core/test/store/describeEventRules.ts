import { describe, expect, it } from '@jest/globals';
import { event, expectStoreError, type UseStore } from './contractBuilders.js';

/** Contract: event seqs, reads, bounds and trimming. */
export function describeEventRules(use: UseStore): void {
  const appendMany = async (count: number, stream = 'contacts', tenantId = 't1') => {
    const events = Array.from({ length: count }, (_, index) => event(tenantId, stream, { index }));
    return (await use().commit({ events })).events;
  };
  const seqsOf = (events: readonly { seq: number }[]) => events.map((stored) => stored.seq);

  describe('events', () => {
    it('assigns contiguous seqs from 1 per stream, in input order, and returns the stored events', async () => {
      const first = await use().commit({
        events: [event('t1', 's1', { a: 1 }), event('t1', 's2', 'b'), event('t1', 's1', null, 'contact.offered')],
      });
      expect(first.events).toEqual([
        { tenantId: 't1', stream: 's1', seq: 1, type: 'contact.queued', payload: { a: 1 }, time: 1_767_225_600_000 },
        { tenantId: 't1', stream: 's2', seq: 1, type: 'contact.queued', payload: 'b', time: 1_767_225_600_000 },
        { tenantId: 't1', stream: 's1', seq: 2, type: 'contact.offered', payload: null, time: 1_767_225_600_000 },
      ]);
      const second = await use().commit({ events: [event('t1', 's1'), event('t1', 's1')] });
      expect(seqsOf(second.events)).toEqual([3, 4]);
    });

    it('stores a batch of documents and events together', async () => {
      const result = await use().commit({
        puts: [{ tenantId: 't1', kind: 'contact', id: 'c1', body: { state: 'queued' } }],
        events: [event('t1', 'contacts', { contactId: 'c1' })],
      });
      expect(result.documents).toHaveLength(1);
      expect(seqsOf(result.events)).toEqual([1]);
      expect(await use().getDocument('t1', 'contact', 'c1')).toMatchObject({ body: { state: 'queued' } });
      expect(await use().readEvents('t1', 'contacts', 0, 10)).toEqual(result.events);
    });

    it('reads the events after a seq, in order, at most limit', async () => {
      const stored = await appendMany(10);
      expect(await use().readEvents('t1', 'contacts', 0, 3)).toEqual(stored.slice(0, 3));
      expect(seqsOf(await use().readEvents('t1', 'contacts', 3, 100))).toEqual([4, 5, 6, 7, 8, 9, 10]);
      expect(await use().readEvents('t1', 'contacts', 9, 1)).toEqual([stored[9]]);
      expect(await use().readEvents('t1', 'contacts', 10, 5)).toEqual([]);
      expect(await use().readEvents('t1', 'never', 0, 5)).toEqual([]);
    });

    it('hands out copies of payloads', async () => {
      await use().commit({ events: [event('t1', 'contacts', { list: [1] })] });
      const [read] = await use().readEvents('t1', 'contacts', 0, 1);
      (read?.payload as { list: number[] }).list.push(2);
      expect((await use().readEvents('t1', 'contacts', 0, 1))[0]?.payload).toEqual({ list: [1] });
    });
  });

  describe('stream bounds and trimming', () => {
    it('reports {0, 0} for a stream that never had events, then the first and last seq', async () => {
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 0, lastSeq: 0 });
      await appendMany(4);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 1, lastSeq: 4 });
    });

    it('trims the events before a seq: firstSeq moves up and lastSeq keeps counting', async () => {
      await appendMany(5);
      expect(await use().trimEvents('t1', 'contacts', 3)).toBe(2);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 3, lastSeq: 5 });
      expect(seqsOf(await use().readEvents('t1', 'contacts', 0, 10))).toEqual([3, 4, 5]);
      expect(await use().trimEvents('t1', 'contacts', 2)).toBe(0);
      expect(await use().trimEvents('t1', 'contacts', 3)).toBe(0);
      expect(seqsOf(await appendMany(1))).toEqual([6]);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 3, lastSeq: 6 });
    });

    it('trims everything to an empty range (firstSeq = lastSeq + 1); seqs still continue', async () => {
      await appendMany(5);
      expect(await use().trimEvents('t1', 'contacts', 1_000)).toBe(5);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 6, lastSeq: 5 });
      expect(await use().readEvents('t1', 'contacts', 0, 10)).toEqual([]);
      expect(seqsOf(await appendMany(2))).toEqual([6, 7]);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 6, lastSeq: 7 });
      expect(seqsOf(await use().readEvents('t1', 'contacts', 0, 10))).toEqual([6, 7]);
    });

    it('does nothing when trimming a stream that never had events', async () => {
      expect(await use().trimEvents('t1', 'never', 10)).toBe(0);
      expect(await use().streamBounds('t1', 'never')).toEqual({ firstSeq: 0, lastSeq: 0 });
      expect(seqsOf(await appendMany(1, 'never'))).toEqual([1]);
    });

    it('trims only its own stream', async () => {
      await appendMany(3, 'a');
      await appendMany(3, 'b');
      await use().trimEvents('t1', 'a', 4);
      expect(await use().streamBounds('t1', 'a')).toEqual({ firstSeq: 4, lastSeq: 3 });
      expect(await use().streamBounds('t1', 'b')).toEqual({ firstSeq: 1, lastSeq: 3 });
      expect(seqsOf(await use().readEvents('t1', 'b', 0, 10))).toEqual([1, 2, 3]);
    });

    it('trims by age per stream, up to the first event at or after the cutoff, within one tenant', async () => {
      const at = (time: number, stream: string, tenantId = 't1') => ({ ...event(tenantId, stream), time });
      await use().commit({ events: [at(10, 'a'), at(30, 'a'), at(20, 'a'), at(40, 'a')] });
      await use().commit({ events: [at(5, 'b'), at(15, 'b')] });
      await use().commit({ events: [at(5, 'a', 't2')] });
      // `a`: the first event at or after 25 is seq 2 (time 30); seq 3 is older but stays, after it.
      expect(await use().trimEventsOlderThan('t1', 25)).toBe(3);
      expect(seqsOf(await use().readEvents('t1', 'a', 0, 10))).toEqual([2, 3, 4]);
      expect(await use().streamBounds('t1', 'b')).toEqual({ firstSeq: 3, lastSeq: 2 });
      expect(await use().streamBounds('t2', 'a')).toEqual({ firstSeq: 1, lastSeq: 1 });
      expect(await use().trimEventsOlderThan('t1', 25)).toBe(0);
      expect(seqsOf(await appendMany(1, 'b'))).toEqual([3]);
      await expectStoreError(use().trimEventsOlderThan('t1', Number.NaN), 'INVALID_INPUT', 'time');
    });

    it('applies trims and commits issued together in call order', async () => {
      await appendMany(3);
      const results = await Promise.all([
        use().trimEvents('t1', 'contacts', 3),
        use().commit({ events: [event('t1', 'contacts')] }),
        use().trimEvents('t1', 'contacts', 5),
      ]);
      expect(results[0]).toBe(2);
      expect(seqsOf(results[1].events)).toEqual([4]);
      expect(results[2]).toBe(2);
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 5, lastSeq: 4 });
    });
  });
}
