import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { CoreStore } from '../../src/store/CoreStore.js';
import { StoreError } from '../../src/store/StoreError.js';
import { event, expectStoreError, put } from './contractBuilders.js';
import { describeDocumentRules } from './describeDocumentRules.js';
import { describeEventRules } from './describeEventRules.js';
import { describeInputRules } from './describeInputRules.js';

/** A store under test and how to get rid of it (close if still open, delete its files). */
export type StoreUnderTest = { store: CoreStore; dispose(): Promise<void> };

/**
 * The contract every CoreStore implementation passes: one fresh store per test from `createStore`.
 * Upper layers rely on exactly these rules, whichever backend runs.
 */
export function runStoreContract(name: string, createStore: () => Promise<StoreUnderTest>): void {
  describe(`${name}: CoreStore contract`, () => {
    let current: StoreUnderTest | undefined;
    const use = (): CoreStore => {
      if (!current) throw new Error('no store: the contract creates one per test');
      return current.store;
    };
    beforeEach(async () => {
      current = await createStore();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    describeDocumentRules(use);
    describeEventRules(use);
    describeInputRules(use);

    describe('tenant isolation', () => {
      it("never returns one tenant's documents or events to another", async () => {
        await use().commit({
          puts: [put('tenant-a', 'shared', 'A'), put('tenant-a', 'only-a', 'A')],
          events: [event('tenant-a', 'shared', 'A1'), event('tenant-a', 'shared', 'A2')],
        });
        const b = await use().commit({
          puts: [put('tenant-b', 'shared', 'B', 0)],
          events: [event('tenant-b', 'shared', 'B1')],
        });
        // Same kind, id and stream: versions and seqs are counted per tenant.
        expect(b.documents[0]?.version).toBe(1);
        expect(b.events[0]?.seq).toBe(1);
        expect(await use().getDocument('tenant-b', 'queue', 'shared')).toMatchObject({
          tenantId: 'tenant-b',
          body: 'B',
        });
        expect(await use().getDocument('tenant-b', 'queue', 'only-a')).toBeUndefined();
        const listedB = await use().listDocuments('tenant-b', 'queue');
        expect(listedB.map((document) => [document.tenantId, document.body])).toEqual([['tenant-b', 'B']]);
        const eventsB = await use().readEvents('tenant-b', 'shared', 0, 10);
        expect(eventsB.map((stored) => [stored.tenantId, stored.payload])).toEqual([['tenant-b', 'B1']]);
        expect(await use().streamBounds('tenant-b', 'shared')).toEqual({ firstSeq: 1, lastSeq: 1 });
        expect(await use().streamBounds('tenant-a', 'shared')).toEqual({ firstSeq: 1, lastSeq: 2 });
      });

      it("never lets one tenant's writes, deletes, conflicts or trims touch another's data", async () => {
        await use().commit({
          puts: [put('tenant-a', 'q1', 'A'), put('tenant-b', 'q1', 'B')],
          events: [event('tenant-a', 's', 'A1'), event('tenant-b', 's', 'B1')],
        });
        await use().commit({ puts: [put('tenant-a', 'q1', 'A2', 1)] });
        await use().commit({ deletes: [{ tenantId: 'tenant-a', kind: 'queue', id: 'q1' }] });
        await use().trimEvents('tenant-a', 's', 100);
        await expectStoreError(
          use().commit({ puts: [put('tenant-a', 'q1', 'A3', 1)] }),
          'VERSION_CONFLICT',
          'tenant-a/queue/q1',
        );
        expect(await use().getDocument('tenant-b', 'queue', 'q1')).toMatchObject({ version: 1, body: 'B' });
        expect((await use().readEvents('tenant-b', 's', 0, 10)).map((stored) => stored.payload)).toEqual(['B1']);
        expect(await use().streamBounds('tenant-b', 's')).toEqual({ firstSeq: 1, lastSeq: 1 });
      });
    });

    describe('group commit', () => {
      it('commits many concurrent batches in call order, rejecting only the conflicting one', async () => {
        await use().commit({ puts: [put('t1', 'guard', 'v1')] });
        const count = 200;
        const conflicting = 117;
        const settled = await Promise.allSettled(
          Array.from({ length: count }, (_, index) =>
            use().commit({
              puts: [
                { tenantId: 't1', kind: 'contact', id: `c${index}`, body: { index } },
                ...(index === conflicting ? [put('t1', 'guard', 'stale', 7)] : []),
              ],
              events: [event('t1', 'busy', { index })],
            }),
          ),
        );
        const rejected = settled.filter((outcome) => outcome.status === 'rejected');
        expect(rejected).toHaveLength(1);
        expect(settled[conflicting]?.status).toBe('rejected');
        const reason: unknown = settled[conflicting]?.status === 'rejected' ? settled[conflicting].reason : undefined;
        expect(reason).toBeInstanceOf(StoreError);
        expect(reason).toMatchObject({ code: 'VERSION_CONFLICT', field: 't1/queue/guard' });

        // The others got contiguous seqs in call order, the refused batch none.
        const seqs = settled.flatMap((outcome) =>
          outcome.status === 'fulfilled' ? outcome.value.events.map((stored) => stored.seq) : [],
        );
        expect(seqs).toEqual(Array.from({ length: count - 1 }, (_, index) => index + 1));
        const stored = await use().readEvents('t1', 'busy', 0, 1_000);
        const expectedIndexes = Array.from({ length: count }, (_, index) => index).filter((i) => i !== conflicting);
        expect(stored.map((read) => (read.payload as { index: number }).index)).toEqual(expectedIndexes);
        const contacts = await use().listDocuments('t1', 'contact');
        expect(contacts).toHaveLength(count - 1);
        expect(await use().getDocument('t1', 'contact', `c${conflicting}`)).toBeUndefined();
        expect(await use().getDocument('t1', 'queue', 'guard')).toMatchObject({ version: 1, body: 'v1' });
      });
    });

    describe('close', () => {
      it('finishes the commits issued before close', async () => {
        const pending = use().commit({ puts: [put('t1', 'q1', 'last words')], events: [event('t1', 's')] });
        await use().close();
        expect((await pending).events.map((stored) => stored.seq)).toEqual([1]);
      });

      it('refuses every call after close with CLOSED', async () => {
        await use().close();
        const store = use();
        const calls: Promise<unknown>[] = [
          store.commit({ puts: [put('t1', 'q1', 1)] }),
          store.getDocument('t1', 'queue', 'q1'),
          store.listDocuments('t1', 'queue'),
          store.listAllDocuments('queue'),
          store.readEvents('t1', 's', 0, 1),
          store.streamBounds('t1', 's'),
          store.trimEvents('t1', 's', 1),
          store.close(),
        ];
        for (const call of calls) await expectStoreError(call, 'CLOSED');
      });
    });
  });
}
