import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestCore } from '../../../core-bridge/test/client/support/startTestCore.js';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import { parseWidgetPolicy } from '../../src/policy/parseWidgetPolicy.js';
import { createHeadlessWidget } from '../../src/widget/createHeadlessWidget.js';
import type { LeaderLocks } from '../../src/acquireTabLeadership.js';
import type { Outbox } from '../../src/outbox/Outbox.js';
import { seededRandom } from '../executor/support/seededRandom.js';
import { startBridge } from '../executor/support/startBridge.js';
import { FakeLockManager } from '../FakeLockManager.js';
import { createChannelHub } from './support/createChannelHub.js';
import { eventually, realTimers } from './support/eventually.js';
import { signInAda, startWidgetCore } from './support/startWidgetCore.js';
import { WidgetFakeCrm } from './support/WidgetFakeCrm.js';

// Two CRM tabs of one agent, each with its own core session, CRM page and widget, sharing the
// outbox and the lock manager as tabs of one browser profile do.

let core: TestCore;
beforeAll(async () => {
  core = await startWidgetCore();
});
afterAll(async () => {
  await core.close();
});

const policy = parseWidgetPolicy({ activity: { create: 'connected' } });

async function openTab(
  shared: { outbox: Outbox; locks: LeaderLocks; hub: ReturnType<typeof createChannelHub> },
  seed: number,
) {
  const crm = new WidgetFakeCrm();
  const bridge = await startBridge(crm);
  const client = await signInAda(core);
  const errors: unknown[] = [];
  const widget = createHeadlessWidget({
    client,
    shell: bridge.desktop,
    policy,
    agentId: 'ada',
    outbox: shared.outbox,
    leadership: { name: 'patchbay:leader:default:ada', locks: shared.locks, channel: shared.hub.open() },
    timers: realTimers,
    now: Date.now,
    // Each tab draws its own tab id (and jitter) from its own random source, as browser tabs do.
    random: seededRandom(seed),
    retry: { baseMs: 20, maxMs: 40, maxAttempts: 1_000 },
    onStuck: (entry) => errors.push(entry),
    onError: (error) => errors.push(error),
  });
  await widget.start();
  client.events.connect({ streams: ['agent:me'] });
  return {
    crm,
    client,
    widget,
    errors,
    close: async () => {
      await widget.stop();
      client.events.disconnect();
      bridge.destroy();
    },
  };
}

describe('createHeadlessWidget in two tabs', () => {
  it('acts only in the leader tab, and the tab taking over finishes the pending write once', async () => {
    const shared = {
      outbox: createMemoryOutbox({ now: Date.now }),
      locks: new FakeLockManager(),
      hub: createChannelHub(),
    };
    const first = await openTab(shared, 1);
    const second = await openTab(shared, 2);
    try {
      await eventually('a leader', () => first.widget.isLeader());
      expect(second.widget.isLeader()).toBe(false);
      // The first tab's CRM is rate limiting every write: its activity stays pending.
      first.crm.nextFault = (method) => (method === 'saveActivity' ? 'refuseRetryable' : undefined);

      await first.client.setState({ state: 'Available' });
      await core.placeCall('+393331234567');
      await eventually('the screen pop', () => first.crm.callsOf('screenPop').length === 1);
      const [contact] = await first.client.listContacts();
      if (!contact) throw new Error('no contact offered');
      const { interactionId } = contact;
      await first.client.accept(interactionId);
      await eventually('a refused write', () => first.crm.callsOf('saveActivity').length >= 2);
      expect(second.crm.calls).toEqual([]);

      second.widget.takeOver();
      await eventually('the hand-over', () => second.widget.isLeader() && !first.widget.isLeader());
      await eventually('the activity', () => second.crm.createsByKey.get(`${interactionId}:activity`) === 1);
      const refusedByFirst = first.crm.calls.length;

      await second.client.end(interactionId);
      const [code] = await second.client.listWrapUpCodes();
      if (!code) throw new Error('the tenant has no wrap-up code');
      await second.client.wrapUp(interactionId, code.id);
      await eventually('the update', () =>
        second.crm
          .callsOf('saveActivity')
          .some((params) => (params as { activityId?: string }).activityId !== undefined),
      );
      await Promise.all([first.widget.idle(), second.widget.idle()]);

      expect(first.crm.calls.length).toBe(refusedByFirst);
      expect(first.crm.activities.size).toBe(0);
      expect(second.crm.callsOf('screenPop')).toEqual([]);
      expect([...second.crm.createsByKey.values()]).toEqual([1]);
      expect(second.crm.callsOf('saveActivity')).toHaveLength(2);
      expect(await shared.outbox.listPending()).toEqual([]);
      expect(first.errors).toEqual([]);
      expect(second.errors).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
