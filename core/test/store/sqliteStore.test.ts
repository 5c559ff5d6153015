import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreStore } from '../../src/store/CoreStore.js';
import { createSqliteStore } from '../../src/store/createSqliteStore.js';
import { runStoreContract } from './runStoreContract.js';

const directories: string[] = [];
function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'patchbay-store-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const closeQuietly = (store: CoreStore) => store.close().catch(() => undefined);

runStoreContract('SQLite store', () => {
  const store = createSqliteStore({ directory: freshDirectory() });
  return Promise.resolve({ store, dispose: () => closeQuietly(store) });
});

describe('SQLite store', () => {
  it('keeps documents, versions, events and bounds across close and reopen', async () => {
    const directory = freshDirectory();
    const first = createSqliteStore({ directory });
    await first.commit({
      puts: [
        { tenantId: 't1', kind: 'queue', id: 'q1', body: { name: 'Sales' } },
        { tenantId: 't2', kind: 'queue', id: 'q1', body: { name: 'Support' } },
      ],
      events: [1, 2, 3, 4].map((n) => ({ tenantId: 't1', stream: 's', type: 'x', payload: { n }, time: n })),
    });
    await first.commit({ puts: [{ tenantId: 't1', kind: 'queue', id: 'q1', body: { name: 'Sales 2' } }] });
    await first.trimEvents('t1', 's', 3);
    await first.close();

    const reopened = createSqliteStore({ directory });
    expect(await reopened.getDocument('t1', 'queue', 'q1')).toMatchObject({ version: 2, body: { name: 'Sales 2' } });
    expect((await reopened.listAllDocuments('queue')).map((document) => document.tenantId)).toEqual(['t1', 't2']);
    expect(await reopened.streamBounds('t1', 's')).toEqual({ firstSeq: 3, lastSeq: 4 });
    expect((await reopened.readEvents('t1', 's', 0, 10)).map((event) => event.payload)).toEqual([{ n: 3 }, { n: 4 }]);
    const next = await reopened.commit({ events: [{ tenantId: 't1', stream: 's', type: 'x', payload: {}, time: 5 }] });
    expect(next.events[0]?.seq).toBe(5);
    await reopened.close();
  });

  it('creates a missing directory and uses the given file name', async () => {
    const directory = join(freshDirectory(), 'nested', 'data');
    const store = createSqliteStore({ directory, fileName: 'tenant-data.sqlite' });
    await store.commit({ puts: [{ tenantId: 't1', kind: 'site', id: 's1', body: {} }] });
    await store.close();
    expect(existsSync(join(directory, 'tenant-data.sqlite'))).toBe(true);
  });

  it('records schema version 1 once, in WAL journal mode', async () => {
    const directory = freshDirectory();
    await createSqliteStore({ directory }).close();
    await createSqliteStore({ directory }).close();
    const db = new Database(join(directory, 'patchbay.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: 1 }]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('refuses to open a file written with a newer schema', () => {
    const directory = freshDirectory();
    const db = new Database(join(directory, 'patchbay.sqlite'));
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);');
    db.close();
    expect(() => createSqliteStore({ directory })).toThrow(/schema version 99/);
  });

  it('stamps updatedAt from the injected clock', async () => {
    let now = 1_000;
    const store = createSqliteStore({ directory: freshDirectory(), now: () => now });
    await store.commit({ puts: [{ tenantId: 't1', kind: 'site', id: 's1', body: {} }] });
    now = 2_000;
    const second = await store.commit({ puts: [{ tenantId: 't1', kind: 'site', id: 's1', body: {} }] });
    expect(second.documents[0]?.updatedAt).toBe(2_000);
    expect(await store.getDocument('t1', 'site', 's1')).toMatchObject({ version: 2, updatedAt: 2_000 });
    await store.close();
  });

  it('writes every commit issued before a flush in one group, visible once the group is written', async () => {
    const flushes: (() => void)[] = [];
    const store = createSqliteStore({ directory: freshDirectory(), scheduleFlush: (flush) => flushes.push(flush) });
    const put = (id: string) => ({ tenantId: 't1', kind: 'site', id, body: {}, expectedVersion: 0 });
    const commits = [store.commit({ puts: [put('a')] }), store.commit({ puts: [put('b')] })];
    const duplicate = store.commit({ puts: [put('a')] });
    const trim = store.trimEvents('t1', 's', 5);
    // Queued for one flush and not written yet: reads see written commits only.
    expect(await store.getDocument('t1', 'site', 'a')).toBeUndefined();
    expect(flushes).toHaveLength(1);

    flushes[0]?.();
    expect((await Promise.all(commits)).map((result) => result.documents[0]?.version)).toEqual([1, 1]);
    await expect(duplicate).rejects.toMatchObject({ code: 'VERSION_CONFLICT', field: 't1/site/a' });
    expect(await trim).toBe(0);
    expect((await store.listDocuments('t1', 'site')).map((document) => document.id)).toEqual(['a', 'b']);
    await store.close();
  });

  it('hands a refused batch’s seqs out again, sees a stream new in the group when trimming, and keeps counters', async () => {
    const directory = freshDirectory();
    const flushes: (() => void)[] = [];
    const store = createSqliteStore({ directory, scheduleFlush: (flush) => flushes.push(flush) });
    const event = { tenantId: 't1', stream: 's', type: 'x', payload: {}, time: 1 };
    const put = { tenantId: 't1', kind: 'site', id: 'a', body: {}, expectedVersion: 0 };
    // One group: the second commit conflicts with the first's put, so it is rolled back alone.
    const first = store.commit({ puts: [put], events: [event, event] });
    const refused = store.commit({ puts: [put], events: [event, event] });
    const second = store.commit({ events: [event] });
    const trim = store.trimEvents('t1', 's', 3);
    const third = store.commit({ events: [event] });
    expect(flushes).toHaveLength(1);
    flushes[0]?.();

    expect((await first).events.map((stored) => stored.seq)).toEqual([1, 2]);
    await expect(refused).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect((await second).events.map((stored) => stored.seq)).toEqual([3]);
    expect(await trim).toBe(2);
    expect((await third).events.map((stored) => stored.seq)).toEqual([4]);
    expect((await store.readEvents('t1', 's', 0, 10)).map((stored) => stored.seq)).toEqual([3, 4]);
    await store.close();

    const reopened = createSqliteStore({ directory });
    expect(await reopened.streamBounds('t1', 's')).toEqual({ firstSeq: 3, lastSeq: 4 });
    expect((await reopened.commit({ events: [event] })).events[0]?.seq).toBe(5);
    await reopened.close();
  });
});

describe('SQLite store after a process kill', () => {
  const fixture = fileURLToPath(new URL('./fixtures/commitUntilKilled.mjs', import.meta.url));
  const compiled = fileURLToPath(new URL('../../dist/store/createSqliteStore.js', import.meta.url));

  /** Runs the fixture until it acknowledged `acks` commits, SIGKILLs it and returns every ack it printed. */
  function commitThenKill(directory: string, acks: number): Promise<Map<number, number[]>> {
    if (!existsSync(compiled)) {
      throw new Error(`${compiled} is missing: run \`npm run build\` first (npm test does).`);
    }
    const child = spawn(process.execPath, [fixture, directory], { stdio: 'pipe' });
    const acknowledged = new Map<number, number[]>();
    let pendingText = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pendingText + chunk.toString()).split('\n');
      pendingText = lines.pop() ?? '';
      for (const line of lines) {
        const [, n, ...seqs] = line.split(' ');
        acknowledged.set(Number(n), seqs.map(Number));
      }
      if (acknowledged.size >= acks && child.signalCode === null) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.on('close', (code, signal) => {
        if (signal === 'SIGKILL') resolve(acknowledged);
        else reject(new Error(`the fixture exited by itself (code ${code}): ${stderr}`));
      });
    });
  }

  it('keeps every acknowledged commit, with contiguous seqs and no half-written batch', async () => {
    const directory = freshDirectory();
    const acknowledged = await commitThenKill(directory, 2_000);
    expect(acknowledged.size).toBeGreaterThanOrEqual(2_000);

    const store = createSqliteStore({ directory });
    const { firstSeq, lastSeq } = await store.streamBounds('t1', 'crash');
    const events = await store.readEvents('t1', 'crash', 0, lastSeq + 1);
    expect(firstSeq).toBe(1);
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: lastSeq }, (_, index) => index + 1));

    // Every acknowledged batch is there, with the seqs it was acknowledged with.
    const bySeq = new Map(events.map((event) => [event.seq, event.payload as { n: number; part: number }]));
    for (const [n, seqs] of acknowledged) {
      expect(seqs.map((seq) => bySeq.get(seq))).toEqual([
        { n, part: 0 },
        { n, part: 1 },
      ]);
    }

    // Every batch on disk is whole: both events, side by side, and its document.
    expect(lastSeq % 2).toBe(0);
    const documents = await store.listDocuments('t1', 'contact');
    const documentNs = new Set(documents.map((document) => (document.body as { n: number }).n));
    expect(documents).toHaveLength(lastSeq / 2);
    for (let seq = 1; seq <= lastSeq; seq += 2) {
      const [first, second] = [bySeq.get(seq), bySeq.get(seq + 1)];
      expect(first?.part).toBe(0);
      expect(second).toEqual({ n: first?.n, part: 1 });
      expect(documentNs.has(first?.n ?? -1)).toBe(true);
    }
    await store.close();
  });
});
