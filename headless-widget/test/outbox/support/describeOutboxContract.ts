import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Outbox } from '../../../src/outbox/Outbox.js';
import { OutboxError } from '../../../src/outbox/OutboxError.js';
import { activityCreate } from './sampleCommands.js';

/** What a contract run hands the implementation under test. */
export type OutboxFactoryOptions = { now: () => number; retentionMs: number };

const RETENTION_MS = 60_000;

async function outboxErrorOf(promise: Promise<unknown>): Promise<OutboxError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutboxError);
    return error as OutboxError;
  }
  throw new Error('expected an OutboxError');
}

/** The behaviour every Outbox implementation shares; run once per implementation. */
export function describeOutboxContract(name: string, create: (options: OutboxFactoryOptions) => Outbox): void {
  describe(`Outbox contract: ${name}`, () => {
    let time = 1_000;
    let outbox: Outbox;
    beforeEach(() => {
      time = 1_000;
      outbox = create({ now: () => time, retentionMs: RETENTION_MS });
    });
    afterEach(() => {
      outbox.close();
    });

    it('adds a key once, whatever its status, and keeps the first command', async () => {
      expect(await outbox.put(activityCreate('i-1'))).toBe(true);
      const again = { ...activityCreate('i-1'), params: { ...activityCreate('i-1').params, subject: 'other' } };
      expect(await outbox.put(again)).toBe(false);
      await outbox.markDone('i-1:activity', { activityId: 'a-1', created: true });
      expect(await outbox.put(activityCreate('i-1'))).toBe(false);
      const entry = await outbox.get('i-1:activity');
      expect(entry).toMatchObject({ key: 'i-1:activity', interactionId: 'i-1', status: 'done' });
      expect(entry?.command.params).toMatchObject({ subject: 'Call i-1' });
    });

    it('starts an entry pending, due now, with no attempts', async () => {
      await outbox.put(activityCreate('i-1'));
      expect(await outbox.get('i-1:activity')).toEqual({
        key: 'i-1:activity',
        interactionId: 'i-1',
        seq: expect.any(Number),
        command: activityCreate('i-1'),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: 1_000,
        createdAt: 1_000,
      });
      expect(await outbox.get('i-2:activity')).toBeUndefined();
    });

    it('lists pending entries in the order they were put, for all or one interaction', async () => {
      await outbox.put(activityCreate('i-2'));
      await outbox.put(activityCreate('i-1'));
      await outbox.put(activityCreate('i-2', 'case'));
      await outbox.put(activityCreate('x:y', 'activity'));
      await outbox.markDone('i-1:activity', { activityId: 'a-1', created: true });
      expect((await outbox.listPending()).map((entry) => entry.key)).toEqual([
        'i-2:activity',
        'i-2:case',
        'x:y:activity',
      ]);
      expect((await outbox.listPending('i-2')).map((entry) => entry.key)).toEqual(['i-2:activity', 'i-2:case']);
      expect((await outbox.listPending('x:y')).map((entry) => entry.interactionId)).toEqual(['x:y']);
    });

    it('counts attempts and records a retry time and the last error', async () => {
      await outbox.put(activityCreate('i-1'));
      expect((await outbox.markAttempt('i-1:activity')).attempts).toBe(1);
      const retried = await outbox.markRetry('i-1:activity', { code: 'TIMEOUT', message: 'slow' }, 5_000);
      expect(retried).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: 5_000 });
      expect(await outbox.get('i-1:activity')).toMatchObject({
        attempts: 1,
        nextAttemptAt: 5_000,
        lastError: { code: 'TIMEOUT', message: 'slow' },
      });
    });

    it('marks an entry failed, lists it, and makes it due again with a fresh budget on retryNow', async () => {
      await outbox.put(activityCreate('i-1'));
      await outbox.put(activityCreate('i-2'));
      await outbox.markAttempt('i-1:activity');
      await outbox.markFailed('i-1:activity', { code: 'INVALID_PAYLOAD', message: 'bad' });
      expect((await outbox.listFailed()).map((entry) => entry.key)).toEqual(['i-1:activity']);
      expect((await outbox.listPending()).map((entry) => entry.key)).toEqual(['i-2:activity']);
      time = 9_000;
      expect(await outbox.retryNow('i-1:activity')).toMatchObject({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: 9_000,
      });
      expect(await outbox.listFailed()).toEqual([]);
      expect((await outbox.listPending()).map((entry) => entry.key)).toEqual(['i-1:activity', 'i-2:activity']);
    });

    it('keeps the result of a done entry', async () => {
      await outbox.put(activityCreate('i-1'));
      await outbox.markDone('i-1:activity', { activityId: 'a-1', created: true });
      expect(await outbox.get('i-1:activity')).toMatchObject({
        status: 'done',
        result: { activityId: 'a-1', created: true },
        doneAt: 1_000,
      });
      expect(await outbox.listPending()).toEqual([]);
    });

    it('prunes done entries after the retention, never pending or failed ones', async () => {
      await outbox.put(activityCreate('i-1'));
      await outbox.put(activityCreate('i-2'));
      await outbox.put(activityCreate('i-3'));
      await outbox.markDone('i-1:activity', { activityId: 'a-1', created: true });
      await outbox.markFailed('i-2:activity', { code: 'UNSUPPORTED', message: 'no' });
      time += RETENTION_MS - 1;
      expect(await outbox.prune()).toBe(0);
      time += 1;
      expect(await outbox.prune()).toBe(1);
      expect(await outbox.get('i-1:activity')).toBeUndefined();
      expect(await outbox.get('i-2:activity')).toMatchObject({ status: 'failed' });
      expect(await outbox.get('i-3:activity')).toMatchObject({ status: 'pending' });
    });

    it('removes an entry, after which its key may be put again', async () => {
      await outbox.put(activityCreate('i-1'));
      expect(await outbox.remove('i-1:activity')).toBe(true);
      expect(await outbox.remove('i-1:activity')).toBe(false);
      expect(await outbox.get('i-1:activity')).toBeUndefined();
      expect(await outbox.put(activityCreate('i-1'))).toBe(true);
    });

    it('puts later entries after earlier ones even once the earlier ones are gone', async () => {
      await outbox.put(activityCreate('i-1'));
      await outbox.put(activityCreate('i-2'));
      await outbox.remove('i-2:activity');
      await outbox.put(activityCreate('i-3'));
      const [first, second] = await outbox.listPending();
      expect(first?.key).toBe('i-1:activity');
      expect(second?.key).toBe('i-3:activity');
      expect((second?.seq ?? 0) > (first?.seq ?? 0)).toBe(true);
    });

    it('rejects a change to an unknown key with NOT_FOUND and a malformed key with INVALID_KEY', async () => {
      expect((await outboxErrorOf(outbox.markAttempt('nope:activity'))).code).toBe('NOT_FOUND');
      expect((await outboxErrorOf(outbox.markDone('nope:activity', null))).code).toBe('NOT_FOUND');
      expect((await outboxErrorOf(outbox.retryNow('nope:activity'))).code).toBe('NOT_FOUND');
      const unkeyed = { ...activityCreate('i-1'), durable: { key: 'no-kind' } };
      const error = await outboxErrorOf(outbox.put(unkeyed));
      expect(error.code).toBe('INVALID_KEY');
      expect(error.field).toBe('no-kind');
    });

    it('hands out copies: changing what it returned changes nothing stored', async () => {
      await outbox.put(activityCreate('i-1'));
      const entry = await outbox.get('i-1:activity');
      (entry as { attempts: number }).attempts = 99;
      expect((await outbox.get('i-1:activity'))?.attempts).toBe(0);
    });
  });
}
