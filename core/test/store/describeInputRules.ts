import { describe, expect, it } from '@jest/globals';
import type { CoreStore, StoreBatch } from '../../src/store/CoreStore.js';
import { event, expectStoreError, put, type UseStore } from './contractBuilders.js';

const cyclic: Record<string, unknown> = { name: 'loop' };
cyclic['self'] = cyclic;

/** Values `JSON.stringify` would mangle, drop or throw on: the store refuses them all. */
const NOT_JSON: [label: string, value: unknown][] = [
  ['undefined', undefined],
  ['a function', () => 1],
  ['a symbol', Symbol('s')],
  ['a bigint', 10n],
  ['NaN', Number.NaN],
  ['Infinity nested', { limit: Number.POSITIVE_INFINITY }],
  ['an undefined property', { a: undefined }],
  ['a cycle', cyclic],
  ['a Date', new Date(0)],
  ['a Map', new Map([['a', 1]])],
  [
    'a class instance nested',
    {
      list: [
        new (class Thing {
          readonly kind = 'thing';
        })(),
      ],
    },
  ],
  ['a sparse array', [1, , 3]], // eslint-disable-line no-sparse-arrays
];

// Every bad batch also holds a valid put (puts[0]) and a valid event (events[0]): neither may be written.
const good = { puts: [put('t1', 'good', 1)], events: [event('t1', 'contacts')] };
const withPut = (bad: Record<string, unknown>): StoreBatch => ({
  ...good,
  puts: [...good.puts, { ...put('t1', 'q1', 1), ...bad }],
});
const withEvent = (bad: Record<string, unknown>): StoreBatch => ({
  ...good,
  events: [...good.events, { ...event('t1', 'contacts'), ...bad }],
});
const withDelete = (bad: Record<string, unknown>): StoreBatch => ({
  ...good,
  deletes: [{ tenantId: 't1', kind: 'queue', id: 'q1', ...bad }],
});

const BAD_BATCHES: [field: string, batch: StoreBatch][] = [
  ['puts[1].tenantId', withPut({ tenantId: '' })],
  ['puts[1].kind', withPut({ kind: '' })],
  ['puts[1].id', withPut({ id: '' })],
  ['puts[1].id', withPut({ id: 42 })],
  ['puts[1].expectedVersion', withPut({ expectedVersion: -1 })],
  ['puts[1].expectedVersion', withPut({ expectedVersion: 1.5 })],
  ['deletes[0].tenantId', withDelete({ tenantId: '' })],
  ['deletes[0].kind', withDelete({ kind: '' })],
  ['deletes[0].id', withDelete({ id: '' })],
  ['deletes[0].expectedVersion', withDelete({ expectedVersion: Number.NaN })],
  ['events[1].tenantId', withEvent({ tenantId: '' })],
  ['events[1].stream', withEvent({ stream: '' })],
  ['events[1].type', withEvent({ type: '' })],
  ['events[1].time', withEvent({ time: Number.NaN })],
  ['events[1].time', withEvent({ time: Number.POSITIVE_INFINITY })],
  ['events[1].time', withEvent({ time: '2026-01-01' })],
  ['puts', { puts: {} as never }],
  ['events[0]', { events: [null as never] }],
];

const BAD_READS: [field: string, read: (store: CoreStore) => Promise<unknown>][] = [
  ['tenantId', (store) => store.getDocument('', 'queue', 'q1')],
  ['kind', (store) => store.getDocument('t1', '', 'q1')],
  ['id', (store) => store.getDocument('t1', 'queue', '')],
  ['tenantId', (store) => store.listDocuments('', 'queue')],
  ['kind', (store) => store.listDocuments('t1', '')],
  ['kind', (store) => store.listAllDocuments('')],
  ['tenantId', (store) => store.readEvents('', 'contacts', 0, 1)],
  ['stream', (store) => store.readEvents('t1', '', 0, 1)],
  ['afterSeq', (store) => store.readEvents('t1', 'contacts', -1, 1)],
  ['afterSeq', (store) => store.readEvents('t1', 'contacts', 0.5, 1)],
  ['limit', (store) => store.readEvents('t1', 'contacts', 0, 0)],
  ['limit', (store) => store.readEvents('t1', 'contacts', 0, 2.5)],
  ['limit', (store) => store.readEvents('t1', 'contacts', 0, Number.NaN)],
  ['stream', (store) => store.streamBounds('t1', '')],
  ['tenantId', (store) => store.trimEvents('', 'contacts', 1)],
  ['beforeSeq', (store) => store.trimEvents('t1', 'contacts', -1)],
];

/** Contract: bad input is refused with INVALID_INPUT naming the field, and nothing is written. */
export function describeInputRules(use: UseStore): void {
  describe('bad input', () => {
    async function expectNothingWritten(): Promise<void> {
      expect(await use().getDocument('t1', 'queue', 'good')).toBeUndefined();
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 0, lastSeq: 0 });
    }

    it.each(NOT_JSON)('refuses a body that is %s and writes nothing', async (_label, value) => {
      await expectStoreError(use().commit(withPut({ body: value })), 'INVALID_INPUT', 'puts[1].body');
      await expectNothingWritten();
    });

    it.each(NOT_JSON)('refuses an event payload that is %s and writes nothing', async (_label, value) => {
      await expectStoreError(use().commit(withEvent({ payload: value })), 'INVALID_INPUT', 'events[1].payload');
      await expectNothingWritten();
    });

    it.each(BAD_BATCHES)('refuses a batch with a bad %s (case %#) and writes nothing', async (field, batch) => {
      await expectStoreError(use().commit(batch), 'INVALID_INPUT', field);
      await expectNothingWritten();
    });

    it.each(BAD_READS)('refuses a read with a bad %s (case %#)', async (field, read) => {
      await expectStoreError(read(use()), 'INVALID_INPUT', field);
    });

    it('accepts an empty batch', async () => {
      expect(await use().commit({})).toEqual({ documents: [], events: [] });
    });
  });
}
