import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ShellMethodParams } from '@patchbay/core-bridge/desktop';
import type { TestCore } from '../../../core-bridge/test/client/support/startTestCore.js';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import { DEFAULT_ACTIVITY_ID_VARIABLE } from '../../src/policy/widgetPolicySchema.js';
import { parseWidgetPolicy } from '../../src/policy/parseWidgetPolicy.js';
import { createHeadlessWidget, type WidgetCoreClient } from '../../src/widget/createHeadlessWidget.js';
import { startBridge } from '../executor/support/startBridge.js';
import { FakeLockManager } from '../FakeLockManager.js';
import { createChannelHub } from './support/createChannelHub.js';
import { eventually, realTimers } from './support/eventually.js';
import { replayable, signInAda, startWidgetCore } from './support/startWidgetCore.js';
import { WidgetFakeCrm } from './support/WidgetFakeCrm.js';

// The whole widget against a real core in process and a real bridge to a fake CRM: one inbound
// call from offer to wrap-up, then the same core events delivered again.

let core: TestCore;
beforeAll(async () => {
  core = await startWidgetCore();
});
afterAll(async () => {
  await core.close();
});

/** Ada's widget, leading alone, on real timers; what goes wrong lands in `errors`. */
function adaWidget(
  client: WidgetCoreClient,
  bridge: Awaited<ReturnType<typeof startBridge>>,
  policy: unknown,
  errors: unknown[],
) {
  return createHeadlessWidget({
    client,
    shell: bridge.desktop,
    policy: parseWidgetPolicy(policy),
    agentId: 'ada',
    outbox: createMemoryOutbox({ now: Date.now }),
    leadership: {
      name: 'patchbay:leader:default:ada',
      locks: new FakeLockManager(),
      channel: createChannelHub().open(),
    },
    timers: realTimers,
    now: Date.now,
    random: () => 0.5,
    onStuck: (entry) => errors.push(entry),
    onError: (error) => errors.push(error),
  });
}

describe('createHeadlessWidget against a real core', () => {
  it('pops, logs, shares the activity id and completes the activity once, even when events come twice', async () => {
    const crm = new WidgetFakeCrm();
    const bridge = await startBridge(crm);
    const ada = await signInAda(core);
    const client = replayable(ada);
    const errors: unknown[] = [];
    const widget = adaWidget(client, bridge, { activity: { create: 'connected' } }, errors);
    try {
      await widget.start();
      ada.events.connect({ streams: ['agent:me'] });
      await eventually('leadership', () => widget.isLeader());
      await ada.setState({ state: 'Available' });

      await core.placeCall('+393331234567');
      await eventually('the screen pop', () => crm.callsOf('screenPop').length === 1);
      const pop = crm.callsOf('screenPop')[0] as ShellMethodParams<'screenPop'>;
      const { interactionId } = pop;
      expect(pop).toMatchObject({ ani: '+393331234567' });

      await ada.accept(interactionId);
      await eventually('the activity', () => crm.createsByKey.get(`${interactionId}:activity`) === 1);
      const [activityId] = [...crm.activities.keys()];
      await eventually('the activity id in the CAD', async () => {
        const [contact] = await ada.listContacts();
        return contact?.callAssociatedData[DEFAULT_ACTIVITY_ID_VARIABLE]?.value === activityId;
      });

      const [code] = await ada.listWrapUpCodes();
      if (!code) throw new Error('the tenant has no wrap-up code');
      await ada.end(interactionId);
      await ada.wrapUp(interactionId, code.id);
      const updates = () =>
        crm
          .callsOf('saveActivity')
          .filter((params) => (params as ShellMethodParams<'saveActivity'>).activityId !== undefined);
      await eventually('the activity update', () => updates().length === 1);
      expect(updates()[0]).toMatchObject({ activityId, disposition: code.name, interactionId });
      await widget.idle();

      // The same events again: the planner has planned every step, so nothing more happens.
      const callsBefore = crm.calls.length;
      const clickToDialBefore = [...crm.clickToDial];
      client.replay();
      await widget.idle();
      expect(crm.callsOf('screenPop')).toHaveLength(1);
      expect([...crm.createsByKey.values()]).toEqual([1]);
      expect(updates()).toHaveLength(1);
      expect(crm.calls.length).toBe(callsBefore);
      // Click-to-dial goes on when Available and off while engaged. Replayed agent states are planned
      // again (the planner dedups contact steps, not state changes) but end where they were.
      expect(clickToDialBefore[0]).toBe(true);
      expect(crm.clickToDial.at(-1)).toBe(clickToDialBefore.at(-1));
      expect(errors).toEqual([]);
    } finally {
      await widget.stop();
      ada.events.disconnect();
      bridge.destroy();
    }
  });

  it('learns the agent state when it starts after the agent became Available, and turns click-to-dial on', async () => {
    const crm = new WidgetFakeCrm();
    const bridge = await startBridge(crm);
    const ada = await signInAda(core);
    await ada.setState({ state: 'Available' });
    const errors: unknown[] = [];
    const widget = adaWidget(replayable(ada), bridge, {}, errors);
    try {
      await widget.start();
      await eventually('click-to-dial on', () => crm.clickToDial.length === 1);
      expect(crm.clickToDial).toEqual([true]);
      expect(errors).toEqual([]);
    } finally {
      await widget.stop();
      await ada.logout();
      bridge.destroy();
    }
  });
});
