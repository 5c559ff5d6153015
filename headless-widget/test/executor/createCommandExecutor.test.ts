import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from '@jest/globals';
import { IDBFactory } from 'fake-indexeddb';
import type { CrmCommand } from '../../src/commands/WidgetCommand.js';
import { createIndexedDbOutbox } from '../../src/outbox/createIndexedDbOutbox.js';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import { activityCreate, type ActivityCommand } from '../outbox/support/sampleCommands.js';
import { FakeCrm, type CrmFault } from './support/FakeCrm.js';
import { flush, startBridge } from './support/startBridge.js';
import { startExecutor } from './support/startExecutor.js';

const CALL_TIMEOUT_MS = 15_000;
const bridges: { destroy(): void }[] = [];
afterEach(() => {
  for (const bridge of bridges.splice(0)) bridge.destroy();
});

async function setUp(faults: CrmFault[] = []) {
  const crm = new FakeCrm();
  crm.nextFault = (method) => (method === 'saveActivity' ? faults.shift() : undefined);
  const bridge = await startBridge(crm);
  bridges.push(bridge);
  const outbox = createMemoryOutbox({ now: bridge.timers.now });
  const started = startExecutor(bridge, outbox);
  started.executor.resume();
  return { crm, bridge, outbox, ...started };
}

const activityUpdate = (interactionId: string): ActivityCommand => ({
  ...activityCreate(interactionId, 'activity-update'),
  params: { ...activityCreate(interactionId).params, disposition: 'Resolved' },
  activityFrom: `${interactionId}:activity`,
});

const screenPop = (interactionId: string): CrmCommand => ({
  target: 'crm',
  method: 'screenPop',
  params: { interactionId, match: { phone: '+15551230000' } },
});

/** Waits (in real macrotasks) until the fake CRM has seen `count` calls. */
async function callsReach(crm: FakeCrm, count: number) {
  for (let round = 0; round < 200 && crm.calls.length < count; round++) await flush(1);
  expect(crm.calls.length).toBeGreaterThanOrEqual(count);
}

describe('createCommandExecutor', () => {
  it('writes an activity once, reports it, and pops the screen directly', async () => {
    const { crm, outbox, executor, feedback } = await setUp();
    await executor.run([screenPop('i-1'), activityCreate('i-1')]);
    await executor.idle();
    expect(crm.createsByKey).toEqual(new Map([['i-1:activity', 1]]));
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'done', attempts: 1 });
    expect(feedback).toEqual([
      {
        kind: 'screenPopResult',
        interactionId: 'i-1',
        outcome: 'opened',
        records: [expect.objectContaining({ id: 'c-i-1' })],
      },
      { kind: 'activitySaved', interactionId: 'i-1', activityId: 'act-1' },
    ]);
  });

  it('never applies a duplicate batch twice, before or after the first one is done', async () => {
    const { crm, executor, feedback } = await setUp();
    await Promise.all([executor.run([activityCreate('i-1')]), executor.run([activityCreate('i-1')])]);
    await executor.idle();
    await executor.run([activityCreate('i-1')]);
    await executor.idle();
    expect(crm.calls).toHaveLength(1);
    expect(feedback.filter((event) => event.kind === 'activitySaved')).toHaveLength(1);
  });

  it('retries a write whose answer was lost to a timeout, and the key keeps it single', async () => {
    const { crm, bridge, outbox, executor, stuck } = await setUp(['writeThenHang']);
    await executor.run([activityCreate('i-1')]);
    await callsReach(crm, 1);
    bridge.timers.advance(CALL_TIMEOUT_MS);
    await executor.idle();
    expect(await outbox.get('i-1:activity')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: { code: 'TIMEOUT' },
    });
    // First retry: base 1 s, up to half taken off at random (0.5 -> 750 ms).
    bridge.timers.advance(749);
    await executor.idle();
    expect(crm.calls).toHaveLength(1);
    bridge.timers.advance(1);
    await executor.idle();
    expect(crm.calls).toHaveLength(2);
    expect(crm.createsByKey.get('i-1:activity')).toBe(1);
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'done', attempts: 2 });
    expect(stuck).toEqual([]);
  });

  it('backs off exponentially on retryable CRM errors, then fails and tells the UI, and the agent retries', async () => {
    const { crm, bridge, outbox, executor, stuck } = await setUp([
      'refuseRetryable',
      'writeThenRefuse',
      'refuseRetryable',
      'refuseRetryable',
    ]);
    await executor.run([activityCreate('i-1')]);
    await executor.idle();
    const waits: number[] = [];
    for (let attempt = 1; attempt < 4; attempt++) {
      const entry = await outbox.get('i-1:activity');
      waits.push((entry?.nextAttemptAt ?? 0) - bridge.timers.now());
      bridge.timers.advance(waits.at(-1) ?? 0);
      await executor.idle();
    }
    expect(waits).toEqual([750, 1_500, 3_000]);
    expect(await outbox.get('i-1:activity')).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastError: { code: 'CRM_ERROR' },
    });
    expect(stuck.map((entry) => entry.key)).toEqual(['i-1:activity']);
    expect((await outbox.listFailed()).map((entry) => entry.key)).toEqual(['i-1:activity']);
    await executor.retry('i-1:activity');
    await executor.idle();
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'done', attempts: 1 });
    expect(crm.createsByKey.get('i-1:activity')).toBe(1);
  });

  it('fails a write the CRM refuses for good at once', async () => {
    const { crm, outbox, executor, stuck } = await setUp(['refuseFatal']);
    await executor.run([activityCreate('i-1')]);
    await executor.idle();
    expect(crm.calls).toHaveLength(1);
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(stuck).toHaveLength(1);
  });

  it('fails a write the shell does not offer (UNSUPPORTED) at once', async () => {
    const { outbox, executor, stuck } = await setUp();
    const unsupported: CrmCommand = {
      target: 'crm',
      method: 'createRecord',
      params: { objectType: 'Case', fields: { Subject: 'Call' } },
      durable: { key: 'i-1:case' },
    };
    await executor.run([unsupported]);
    await executor.idle();
    expect(await outbox.get('i-1:case')).toMatchObject({ status: 'failed', lastError: { code: 'UNSUPPORTED' } });
    expect(stuck).toHaveLength(1);
  });

  it('runs an activity update after its create, with the created id', async () => {
    const { crm, bridge, outbox, executor, feedback } = await setUp(['refuseRetryable']);
    await executor.run([activityCreate('i-1'), activityUpdate('i-1')]);
    await executor.idle();
    expect(crm.calls).toHaveLength(1);
    expect(await outbox.get('i-1:activity-update')).toMatchObject({ status: 'pending', attempts: 0 });
    bridge.timers.advance(1_000);
    await executor.idle();
    expect(crm.calls.map((call) => (call.params as { activityId?: string }).activityId)).toEqual([
      undefined,
      undefined,
      'act-1',
    ]);
    expect(crm.activities.get('act-1')?.updates).toBe(1);
    expect(feedback.filter((event) => event.kind === 'activitySaved')).toHaveLength(2);
  });

  it('fails an update whose create is not in the outbox, and tells the UI', async () => {
    const { crm, outbox, executor, stuck } = await setUp();
    await executor.run([activityUpdate('i-2')]);
    await executor.idle();
    expect(await outbox.get('i-2:activity-update')).toMatchObject({
      status: 'failed',
      lastError: { code: 'DEPENDENCY_MISSING' },
    });
    expect(stuck).toHaveLength(1);
    expect(crm.calls).toHaveLength(0);
  });

  it('retries a write cut off by a shell reload (DISCONNECTED) on the new shell', async () => {
    const { crm, bridge, outbox, executor } = await setUp(['hang']);
    await executor.run([activityCreate('i-1')]);
    await callsReach(crm, 1);
    await bridge.reloadShell();
    await executor.idle();
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'pending', lastError: { code: 'DISCONNECTED' } });
    bridge.timers.advance(1_000);
    await executor.idle();
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'done', attempts: 2 });
    expect(crm.createsByKey.get('i-1:activity')).toBe(1);
  });

  it('after a reload, a new executor over the same IndexedDB outbox finishes the pending writes', async () => {
    const crm = new FakeCrm();
    const faults: CrmFault[] = ['writeThenRefuse', 'refuseRetryable'];
    crm.nextFault = () => faults.shift();
    const bridge = await startBridge(crm);
    bridges.push(bridge);
    const indexedDB = new IDBFactory();
    const firstOutbox = createIndexedDbOutbox({ indexedDB, name: 'outbox', now: bridge.timers.now });
    const first = startExecutor(bridge, firstOutbox);
    first.executor.resume();
    await first.executor.run([activityCreate('i-1'), activityCreate('i-2')]);
    await first.executor.idle();
    expect((await firstOutbox.listPending()).map((entry) => entry.key)).toEqual(['i-1:activity', 'i-2:activity']);
    first.executor.pause();
    firstOutbox.close();

    const secondOutbox = createIndexedDbOutbox({ indexedDB, name: 'outbox', now: bridge.timers.now });
    const second = startExecutor(bridge, secondOutbox);
    await second.executor.run([activityCreate('i-1')]);
    second.executor.resume();
    await second.executor.idle();
    bridge.timers.advance(1_000);
    await second.executor.idle();
    expect(await secondOutbox.listPending()).toEqual([]);
    expect(crm.createsByKey).toEqual(
      new Map([
        ['i-1:activity', 1],
        ['i-2:activity', 1],
      ]),
    );
    expect(second.feedback.filter((event) => event.kind === 'activitySaved')).toHaveLength(2);
    secondOutbox.close();
  });

  it('while paused keeps writes in the outbox and calls nothing; resume drains them', async () => {
    const { crm, outbox, executor, coreCommands } = await setUp();
    executor.pause();
    await executor.run([
      screenPop('i-1'),
      activityCreate('i-1'),
      { target: 'core', command: 'outdial', number: '+15551230000' },
    ]);
    await executor.idle();
    await flush();
    expect(crm.calls).toHaveLength(0);
    expect(coreCommands).toHaveLength(0);
    expect(await outbox.get('i-1:activity')).toMatchObject({ status: 'pending' });
    executor.resume();
    await executor.idle();
    expect(crm.calls.map((call) => call.method)).toEqual(['saveActivity']);
  });

  it("while paused still makes the calls marked anyTab, which answer this tab's own CRM page", async () => {
    const { crm, executor, coreCommands } = await setUp();
    executor.pause();
    await executor.run([
      { target: 'crm', method: 'setClickToDialEnabled', params: { enabled: true }, anyTab: true },
      screenPop('i-1'),
      { target: 'core', command: 'outdial', number: '+15551230000', anyTab: true },
      { target: 'core', command: 'setState', state: 'Available' },
    ]);
    await executor.idle();
    expect(crm.calls.map((call) => call.method)).toEqual(['setClickToDialEnabled']);
    expect(coreCommands).toEqual([{ target: 'core', command: 'outdial', number: '+15551230000', anyTab: true }]);
  });

  it('retries a direct call once after a timeout, then reports it failed', async () => {
    const crm = new FakeCrm();
    crm.nextFault = () => 'hang';
    const bridge = await startBridge(crm);
    bridges.push(bridge);
    const { executor, feedback } = startExecutor(bridge, createMemoryOutbox({ now: bridge.timers.now }));
    executor.resume();
    const done = executor.run([screenPop('i-1')]);
    await callsReach(crm, 1);
    bridge.timers.advance(CALL_TIMEOUT_MS);
    await callsReach(crm, 2);
    bridge.timers.advance(CALL_TIMEOUT_MS);
    await done;
    expect(crm.calls).toHaveLength(2);
    expect(feedback).toEqual([
      { kind: 'commandFailed', command: screenPop('i-1'), error: expect.objectContaining({ code: 'TIMEOUT' }) },
    ]);
  });

  it('runs core commands in order and reports a failing one', async () => {
    const crm = new FakeCrm();
    const bridge = await startBridge(crm);
    bridges.push(bridge);
    const ran: string[] = [];
    const { executor, feedback } = startExecutor(bridge, createMemoryOutbox({ now: bridge.timers.now }), {
      core: (command) => {
        ran.push(command.command);
        return command.command === 'setState' ? Promise.reject(new Error('core down')) : Promise.resolve();
      },
    });
    executor.resume();
    await executor.run([
      { target: 'core', command: 'setState', state: 'Available' },
      { target: 'core', command: 'outdial', number: '+15551230000' },
    ]);
    expect(ran).toEqual(['setState', 'outdial']);
    expect(feedback).toEqual([
      {
        kind: 'commandFailed',
        command: { target: 'core', command: 'setState', state: 'Available' },
        error: { code: 'UNKNOWN', message: 'core down' },
      },
    ]);
  });
});
