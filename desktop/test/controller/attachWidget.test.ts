import { describe, expect, it } from '@jest/globals';
import { createCoreClient } from '@patchbay/core-bridge/client';
import { parseWidgetPolicy } from '@patchbay/headless-widget';
import { createDesktopController } from '../../src/controller/createDesktopController.js';
import { createRefreshTokenStore } from '../../src/controller/createRefreshTokenStore.js';
import { FakeWidgetHandle, failedEntry } from '../support/FakeWidgetHandle.js';

// The controller's widget intents, against a fake widget: no core is reached (nobody signs in).

function newController() {
  const storage = new Map<string, string>();
  const tokenStore = createRefreshTokenStore({
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
    removeItem: (key) => void storage.delete(key),
  });
  return createDesktopController({ client: createCoreClient({ baseUrl: 'http://127.0.0.1:9' }), tokenStore });
}

/** Lets the promises the controller started settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createDesktopController: the attached widget', () => {
  it('does nothing without a widget', async () => {
    const controller = newController();
    controller.takeOver();
    expect(await controller.retryCrmWrite('i-1:activity')).toBe(false);
    expect(controller.getState().widget).toEqual({ leadership: 'none', stuckWrites: [], retrying: [] });
  });

  it('shows the role and the stuck writes of earlier sessions once the widget started', async () => {
    const controller = newController();
    const handle = new FakeWidgetHandle();
    handle.failed = [failedEntry('i-0:case', 'TIMEOUT')];
    const attachment = controller.attachWidget(handle);
    expect(controller.getState().widget.leadership).toBe('none');
    attachment.started();
    await settled();
    expect(controller.getState().widget).toEqual({
      leadership: 'follower',
      stuckWrites: [{ key: 'i-0:case', interactionId: 'i-0', kind: 'case', code: 'TIMEOUT' }],
      retrying: [],
    });
    attachment.leadershipChanged(true);
    expect(controller.getState().widget.leadership).toBe('leader');
  });

  it('delegates take over to the widget', () => {
    const controller = newController();
    const handle = new FakeWidgetHandle();
    controller.attachWidget(handle);
    controller.takeOver();
    expect(handle.calls).toEqual(['takeOver']);
  });

  it('names each stuck write by its key, and drops it once retried', async () => {
    const controller = newController();
    const handle = new FakeWidgetHandle();
    const attachment = controller.attachWidget(handle);
    handle.failed = [failedEntry('i-1:activity'), failedEntry('i-1:noMatchRecord'), failedEntry('i-1:other')];
    for (const entry of handle.failed) attachment.stuck(entry);
    expect(controller.getState().widget.stuckWrites.map((write) => write.kind)).toEqual([
      'callLog',
      'callerRecord',
      'record',
    ]);

    const retried = controller.retryCrmWrite('i-1:activity');
    expect(controller.getState().widget.retrying).toEqual(['i-1:activity']);
    expect(await retried).toBe(true);
    expect(handle.calls).toEqual(['retry i-1:activity', 'idle']);
    expect(controller.getState().widget).toEqual({
      leadership: 'none',
      stuckWrites: [
        { key: 'i-1:noMatchRecord', interactionId: 'i-1', kind: 'callerRecord', code: 'CRM_ERROR' },
        { key: 'i-1:other', interactionId: 'i-1', kind: 'record', code: 'CRM_ERROR' },
      ],
      retrying: [],
    });
  });

  it('keeps a write whose retry failed, and tells the agent why', async () => {
    const controller = newController();
    const handle = new FakeWidgetHandle();
    const attachment = controller.attachWidget(handle);
    handle.failed = [failedEntry('i-1:activityUpdate')];
    attachment.stuck(failedEntry('i-1:activityUpdate'));
    handle.retryError = Object.assign(new Error('IndexedDB failed'), { code: 'STORAGE_FAILED' });

    expect(await controller.retryCrmWrite('i-1:activityUpdate')).toBe(false);
    const { widget, notifications } = controller.getState();
    expect(widget.stuckWrites.map((write) => write.kind)).toEqual(['callLogUpdate']);
    expect(widget.retrying).toEqual([]);
    expect(notifications.map(({ key, code }) => ({ key, code }))).toEqual([
      { key: 'error.unexpected', code: 'STORAGE_FAILED' },
    ]);
  });

  it('shows what else went wrong in the widget as a CRM action failure', () => {
    const controller = newController();
    const attachment = controller.attachWidget(new FakeWidgetHandle());
    attachment.failed(Object.assign(new Error('screen pop refused'), { code: 'COMMAND_FAILED' }));
    attachment.failed(new TypeError('a bug'));
    expect(controller.getState().notifications.map(({ key, code }) => ({ key, code }))).toEqual([
      { key: 'error.crmAction', code: 'COMMAND_FAILED' },
      { key: 'error.crmAction', code: 'UNEXPECTED' },
    ]);
  });

  it('forgets a detached widget: its state leaves, and its late reports are ignored', async () => {
    const controller = newController();
    const handle = new FakeWidgetHandle();
    const attachment = controller.attachWidget(handle);
    attachment.leadershipChanged(false);
    attachment.stuck(failedEntry('i-1:activity'));
    attachment.detach();
    expect(controller.getState().widget).toEqual({ leadership: 'none', stuckWrites: [], retrying: [] });

    attachment.leadershipChanged(true);
    attachment.stuck(failedEntry('i-1:case'));
    attachment.failed(new Error('late'));
    attachment.started();
    controller.takeOver();
    expect(await controller.retryCrmWrite('i-1:activity')).toBe(false);
    expect(handle.calls).toEqual([]);
    expect(controller.getState().widget).toEqual({ leadership: 'none', stuckWrites: [], retrying: [] });
    expect(controller.getState().notifications).toEqual([]);
  });

  it('hands the buttons to the newest widget attached', () => {
    const controller = newController();
    const first = new FakeWidgetHandle();
    const second = new FakeWidgetHandle();
    const stale = controller.attachWidget(first);
    controller.attachWidget(second);
    stale.leadershipChanged(false);
    controller.takeOver();
    expect(first.calls).toEqual([]);
    expect(second.calls).toEqual(['takeOver']);
    expect(controller.getState().widget.leadership).toBe('none');
  });

  it('reports a refused widget policy with the path that failed', () => {
    const controller = newController();
    let refusal: unknown;
    try {
      parseWidgetPolicy({ activity: { create: 'sometimes' } });
    } catch (error) {
      refusal = error;
    }
    controller.reportError(refusal);
    expect(controller.getState().notifications).toEqual([
      { id: 1, kind: 'error', key: 'error.widgetPolicy', params: { path: 'activity.create' }, code: 'INVALID_POLICY' },
    ]);
  });
});
