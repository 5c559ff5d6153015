import { describe, expect, it } from '@jest/globals';
import { expectStoreError, put, type UseStore } from './contractBuilders.js';

/** Contract: documents, versions and optimistic concurrency. */
export function describeDocumentRules(use: UseStore): void {
  describe('documents', () => {
    it('creates a document at version 1 and reads back what the commit returned', async () => {
      const result = await use().commit({ puts: [put('t1', 'q1', { name: 'Sales' })] });
      expect(result).toEqual({
        documents: [
          {
            tenantId: 't1',
            kind: 'queue',
            id: 'q1',
            version: 1,
            body: { name: 'Sales' },
            updatedAt: expect.any(Number),
          },
        ],
        events: [],
      });
      expect(await use().getDocument('t1', 'queue', 'q1')).toEqual(result.documents[0]);
    });

    it('bumps the version on every put and keeps the latest body', async () => {
      await use().commit({ puts: [put('t1', 'q1', { n: 1 })] });
      await use().commit({ puts: [put('t1', 'q1', { n: 2 })] });
      const third = await use().commit({ puts: [put('t1', 'q1', { n: 3 })] });
      expect(third.documents[0]).toMatchObject({ version: 3, body: { n: 3 } });
      expect(await use().getDocument('t1', 'queue', 'q1')).toMatchObject({ version: 3, body: { n: 3 } });
    });

    it('answers undefined for a document that does not exist', async () => {
      expect(await use().getDocument('t1', 'queue', 'nope')).toBeUndefined();
    });

    it('round-trips plain JSON bodies exactly', async () => {
      const bodies: unknown[] = [
        null,
        true,
        0,
        -1.5,
        1e300,
        '',
        'quotes " \\ and\nnewlines \u0000 ☎️ é 日本',
        [],
        {},
        { nested: { list: [1, 'two', null, { three: [false] }] }, 'key with spaces': 'x', '': 'empty key' },
      ];
      await use().commit({ puts: bodies.map((body, index) => put('t1', `b${index}`, body)) });
      for (const [index, body] of bodies.entries()) {
        expect((await use().getDocument('t1', 'queue', `b${index}`))?.body).toStrictEqual(body);
      }
    });

    it('hands out copies: mutating an input or a result never changes what is stored', async () => {
      const body = { skills: ['en'] };
      const result = await use().commit({ puts: [put('t1', 'q1', body)] });
      body.skills.push('it');
      (result.documents[0]?.body as { skills: string[] }).skills.push('fr');
      const read = await use().getDocument('t1', 'queue', 'q1');
      (read?.body as { skills: string[] }).skills.push('de');
      expect((await use().getDocument('t1', 'queue', 'q1'))?.body).toEqual({ skills: ['en'] });
    });

    it("lists a tenant's documents of one kind, ordered by id", async () => {
      await use().commit({
        puts: [
          put('t1', 'b', 2),
          put('t1', 'a', 1),
          put('t1', 'c', 3),
          put('t2', 'a', 'other tenant'),
          { tenantId: 't1', kind: 'site', id: 'a', body: 'other kind' },
        ],
      });
      const listed = await use().listDocuments('t1', 'queue');
      expect(listed.map((document) => [document.id, document.body])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]);
      expect(await use().listDocuments('t3', 'queue')).toEqual([]);
    });

    it("lists every tenant's documents of one kind, ordered by tenant then id, for recovery", async () => {
      await use().commit({
        puts: [
          put('t2', 'a', 3),
          put('t1', 'b', 2),
          put('t1', 'a', 1),
          { tenantId: 't1', kind: 'site', id: 'z', body: 0 },
        ],
      });
      const listed = await use().listAllDocuments('queue');
      expect(listed.map((document) => [document.tenantId, document.id])).toEqual([
        ['t1', 'a'],
        ['t1', 'b'],
        ['t2', 'a'],
      ]);
    });

    it('deletes documents; deleting one that does not exist is a no-op', async () => {
      await use().commit({ puts: [put('t1', 'q1', 1), put('t1', 'q2', 2)] });
      await use().commit({ deletes: [{ tenantId: 't1', kind: 'queue', id: 'q1' }] });
      await use().commit({ deletes: [{ tenantId: 't1', kind: 'queue', id: 'never' }] });
      expect(await use().getDocument('t1', 'queue', 'q1')).toBeUndefined();
      expect((await use().listDocuments('t1', 'queue')).map((document) => document.id)).toEqual(['q2']);
    });

    it('starts a document deleted then put again over at version 1', async () => {
      await use().commit({ puts: [put('t1', 'q1', 1)] });
      await use().commit({ puts: [put('t1', 'q1', 2)] });
      await use().commit({ deletes: [{ tenantId: 't1', kind: 'queue', id: 'q1', expectedVersion: 2 }] });
      const again = await use().commit({ puts: [put('t1', 'q1', 3, 0)] });
      expect(again.documents[0]).toMatchObject({ version: 1, body: 3 });
    });

    it('applies puts in order, then deletes, each seeing the ones before it in the batch', async () => {
      const result = await use().commit({
        puts: [put('t1', 'x', 'first', 0), put('t1', 'x', 'second', 1), put('t1', 'y', 'gone')],
        deletes: [{ tenantId: 't1', kind: 'queue', id: 'y', expectedVersion: 1 }],
      });
      expect(result.documents.map((document) => [document.id, document.version, document.body])).toEqual([
        ['x', 1, 'first'],
        ['x', 2, 'second'],
        ['y', 1, 'gone'],
      ]);
      expect(await use().getDocument('t1', 'queue', 'x')).toMatchObject({ version: 2, body: 'second' });
      expect(await use().getDocument('t1', 'queue', 'y')).toBeUndefined();
    });
  });

  describe('version conflicts', () => {
    it('creates with expectedVersion 0 only when the document does not exist yet', async () => {
      await use().commit({ puts: [put('t1', 'q1', 1, 0)] });
      await expectStoreError(use().commit({ puts: [put('t1', 'q1', 2, 0)] }), 'VERSION_CONFLICT', 't1/queue/q1');
      expect(await use().getDocument('t1', 'queue', 'q1')).toMatchObject({ version: 1, body: 1 });
    });

    it('puts only when expectedVersion is the current version', async () => {
      await use().commit({ puts: [put('t1', 'q1', 'v1')] });
      await use().commit({ puts: [put('t1', 'q1', 'v2', 1)] });
      await expectStoreError(use().commit({ puts: [put('t1', 'q1', 'stale', 1)] }), 'VERSION_CONFLICT', 't1/queue/q1');
      await expectStoreError(use().commit({ puts: [put('t1', 'q9', 'ghost', 5)] }), 'VERSION_CONFLICT', 't1/queue/q9');
      expect(await use().getDocument('t1', 'queue', 'q1')).toMatchObject({ version: 2, body: 'v2' });
      expect(await use().getDocument('t1', 'queue', 'q9')).toBeUndefined();
    });

    it('deletes only when expectedVersion is the current version', async () => {
      await use().commit({ puts: [put('t1', 'q1', 'v1')] });
      const remove = (id: string, expectedVersion: number) => ({
        deletes: [{ tenantId: 't1', kind: 'queue', id, expectedVersion }],
      });
      await expectStoreError(use().commit(remove('q1', 2)), 'VERSION_CONFLICT', 't1/queue/q1');
      await expectStoreError(use().commit(remove('q1', 0)), 'VERSION_CONFLICT', 't1/queue/q1');
      await expectStoreError(use().commit(remove('missing', 1)), 'VERSION_CONFLICT', 't1/queue/missing');
      expect(await use().getDocument('t1', 'queue', 'q1')).toMatchObject({ version: 1 });
      await use().commit(remove('missing', 0));
      await use().commit(remove('q1', 1));
      expect(await use().getDocument('t1', 'queue', 'q1')).toBeUndefined();
    });

    it('rejects the whole batch on a conflict in a put: no document, delete or event of it is written', async () => {
      await use().commit({ puts: [put('t1', 'kept', 'v1'), put('t1', 'doomed', 'v1')], events: [event1(), event1()] });
      const batch = {
        puts: [put('t1', 'fresh', 'new'), put('t1', 'kept', 'v2'), put('t1', 'kept', 'stale', 5)],
        deletes: [{ tenantId: 't1', kind: 'queue', id: 'doomed' }],
        events: [event1(), event1()],
      };
      await expectStoreError(use().commit(batch), 'VERSION_CONFLICT', 't1/queue/kept');
      await expectNothingWritten();
    });

    it('rejects the whole batch on a conflict in a delete: its puts and events are not written', async () => {
      await use().commit({ puts: [put('t1', 'kept', 'v1'), put('t1', 'doomed', 'v1')], events: [event1(), event1()] });
      const batch = {
        puts: [put('t1', 'fresh', 'new'), put('t1', 'kept', 'v2', 1)],
        deletes: [{ tenantId: 't1', kind: 'queue', id: 'doomed', expectedVersion: 3 }],
        events: [event1()],
      };
      await expectStoreError(use().commit(batch), 'VERSION_CONFLICT', 't1/queue/doomed');
      await expectNothingWritten();
    });

    const event1 = () => ({ tenantId: 't1', stream: 'contacts', type: 'contact.queued', payload: {}, time: 1 });
    async function expectNothingWritten(): Promise<void> {
      expect(await use().getDocument('t1', 'queue', 'fresh')).toBeUndefined();
      expect(await use().getDocument('t1', 'queue', 'kept')).toMatchObject({ version: 1, body: 'v1' });
      expect(await use().getDocument('t1', 'queue', 'doomed')).toMatchObject({ version: 1 });
      expect(await use().streamBounds('t1', 'contacts')).toEqual({ firstSeq: 1, lastSeq: 2 });
      // No seq was used up by the refused batch: the next event is 3.
      const next = await use().commit({ events: [event1()] });
      expect(next.events.map((stored) => stored.seq)).toEqual([3]);
    }
  });
}
