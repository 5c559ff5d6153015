import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createCoreClient } from '@patchbay/core-bridge/client';
import type { LeaderLocks, LeadershipChannel } from '@patchbay/headless-widget';
import { IDBFactory } from 'fake-indexeddb';
import WebSocket from 'ws';
import { AGENT_PASSWORD, type TestCore } from '../../../core-bridge/test/client/support/startTestCore.js';
import { seededRandom } from '../../../headless-widget/test/executor/support/seededRandom.js';
import { startBridge } from '../../../headless-widget/test/executor/support/startBridge.js';
import { FakeLockManager } from '../../../headless-widget/test/FakeLockManager.js';
import { createChannelHub } from '../../../headless-widget/test/widget/support/createChannelHub.js';
import { startWidgetCore } from '../../../headless-widget/test/widget/support/startWidgetCore.js';
import { WidgetFakeCrm } from '../../../headless-widget/test/widget/support/WidgetFakeCrm.js';
import type { DesktopController } from '../../src/controller/DesktopController.js';
import { createDesktopController } from '../../src/controller/createDesktopController.js';
import { createRefreshTokenStore } from '../../src/controller/createRefreshTokenStore.js';
import type { DesktopState } from '../../src/model/DesktopState.js';
import { startPageWidget, type PageWidgetHost } from '../../src/page/startPageWidget.js';

// The page's widget wiring against a real core, a real bridge to a fake CRM, and fakes for the
// browser's IndexedDB, Web Locks and BroadcastChannel, shared by "tabs" as a browser profile does.

let core: TestCore;
beforeAll(async () => {
  core = await startWidgetCore();
});
afterAll(async () => {
  await core.close();
});

type Browser = { indexedDB: IDBFactory; locks: LeaderLocks; hub: ReturnType<typeof createChannelHub> };

const newBrowser = (): Browser => ({
  indexedDB: new IDBFactory(),
  locks: new FakeLockManager(),
  hub: createChannelHub(),
});

/** A page host over `browser`, counting the election channels the page opens. */
function pageHost(browser: Browser) {
  const channels: { name: string; closed: boolean }[] = [];
  class Channel implements LeadershipChannel {
    private readonly inner = browser.hub.open();
    private readonly record: { name: string; closed: boolean };
    constructor(name: string) {
      this.record = { name, closed: false };
      channels.push(this.record);
    }
    postMessage(message: unknown) {
      this.inner.postMessage(message);
    }
    addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void) {
      this.inner.addEventListener(type, listener);
    }
    removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void) {
      this.inner.removeEventListener(type, listener);
    }
    close() {
      this.record.closed = true;
      this.inner.close();
    }
  }
  const host: PageWidgetHost = {
    indexedDB: browser.indexedDB,
    navigator: { locks: browser.locks },
    BroadcastChannel: Channel,
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      clearTimeout(handle as NodeJS.Timeout);
    },
  };
  return { host, channels };
}

let seed = 0;

/** One CRM tab: its own desktop controller, core session and CRM page, the widget beside them. */
async function openTab(browser: Browser, policy: unknown = { activity: { create: 'connected' } }) {
  const crm = new WidgetFakeCrm();
  const bridge = await startBridge(crm);
  const storage = new Map<string, string>();
  const tokenStore = createRefreshTokenStore({
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
    removeItem: (key) => void storage.delete(key),
  });
  const client = createCoreClient({ baseUrl: core.baseUrl, WebSocket, onTokens: tokenStore.save });
  const controller = createDesktopController({ client, tokenStore });
  const { host, channels } = pageHost(browser);
  const page = startPageWidget({
    host,
    controller,
    client,
    shell: bridge.desktop,
    policy,
    now: Date.now,
    random: seededRandom(++seed),
  });
  const signIn = () => controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
  return {
    crm,
    controller,
    page,
    channels,
    signIn,
    close: async () => {
      await page?.dispose();
      controller.dispose();
      bridge.destroy();
    },
  };
}

/** Resolves once the controller's state passes `test` (jest's timeout ends a wait that never does). */
function until(controller: DesktopController, test: (state: DesktopState) => boolean): Promise<DesktopState> {
  return new Promise((resolve) => {
    const check = (state: DesktopState) => {
      if (!test(state)) return false;
      resolve(state);
      return true;
    };
    if (check(controller.getState())) return;
    const unsubscribe = controller.subscribe((state) => {
      if (check(state)) unsubscribe();
    });
  });
}

const leadershipOf = (tab: { controller: DesktopController }) => tab.controller.getState().widget.leadership;

describe('startPageWidget', () => {
  it('starts one widget when the agent signs in, and stops it on sign-out', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser);
    try {
      expect(tab.page?.current()).toBeUndefined();
      expect(tab.channels).toEqual([]);

      expect(await tab.signIn()).toBe(true);
      await until(tab.controller, (state) => state.widget.leadership === 'leader');
      // Sign-in, the snapshot, the lookups, the socket: many states, one widget.
      expect(tab.channels).toEqual([{ name: 'patchbay:leader:default:ada', closed: false }]);
      expect((await browser.indexedDB.databases()).map((database) => database.name)).toEqual([
        'patchbay:default:ada:outbox',
      ]);
      const widget = tab.page?.current();
      expect(widget?.isLeader()).toBe(true);

      // A station login and a state change: the same widget goes on.
      expect(await tab.controller.stationLogin('1001')).toBe(true);
      expect(await tab.controller.setState({ state: 'Available' })).toBe(true);
      expect(tab.page?.current()).toBe(widget);
      expect(tab.channels).toHaveLength(1);

      await tab.controller.signOut();
      expect(tab.page?.current()).toBeUndefined();
      expect(tab.controller.getState().widget.leadership).toBe('none');
      await tab.page?.dispose();
      expect(tab.channels).toEqual([{ name: 'patchbay:leader:default:ada', closed: true }]);
      expect(widget?.isLeader()).toBe(false);
    } finally {
      await tab.close();
    }
  });

  it('refuses a bad policy with a notification naming the path, and runs no widget', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser, { screenPop: { when: 'sometimes' } });
    try {
      expect(tab.page).toBeUndefined();
      expect(tab.controller.getState().notifications).toEqual([
        { id: 1, kind: 'error', key: 'error.widgetPolicy', params: { path: 'screenPop.when' }, code: 'INVALID_POLICY' },
      ]);
      expect(await tab.signIn()).toBe(true);
      expect(tab.channels).toEqual([]);
      expect(tab.controller.getState().widget.leadership).toBe('none');
      await tab.controller.signOut();
    } finally {
      await tab.close();
    }
  });

  it('shows which tab leads, and moves the lead to the tab that takes over', async () => {
    const browser = newBrowser();
    const first = await openTab(browser);
    const second = await openTab(browser);
    try {
      await first.signIn();
      await until(first.controller, (state) => state.widget.leadership === 'leader');
      await second.signIn();
      await until(second.controller, (state) => state.widget.leadership === 'follower');

      second.controller.takeOver();
      await until(second.controller, (state) => state.widget.leadership === 'leader');
      await until(first.controller, (state) => state.widget.leadership === 'follower');
      expect([leadershipOf(first), leadershipOf(second)]).toEqual(['follower', 'leader']);

      // The leader leaving hands the lead back without anyone asking.
      await second.controller.signOut();
      await second.page?.dispose();
      await until(first.controller, (state) => state.widget.leadership === 'leader');
      await first.controller.signOut();
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('lists a CRM write the CRM refused, and drops it when the retry saves it', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser);
    try {
      tab.crm.nextFault = (method) => (method === 'saveActivity' ? 'refuseFatal' : undefined);
      await tab.signIn();
      await until(tab.controller, (state) => state.widget.leadership === 'leader');
      expect(await tab.controller.stationLogin('1001')).toBe(true);
      expect(await tab.controller.setState({ state: 'Available' })).toBe(true);
      await core.placeCall('+393331234567');
      const offered = await until(tab.controller, (state) => Object.keys(state.contacts).length > 0);
      const [interactionId = ''] = Object.keys(offered.contacts);
      expect(await tab.controller.accept(interactionId)).toBe(true);

      const stuck = await until(tab.controller, (state) => state.widget.stuckWrites.length > 0);
      expect(stuck.widget.stuckWrites).toEqual([
        { key: `${interactionId}:activity`, interactionId, kind: 'callLog', code: 'CRM_ERROR' },
      ]);
      expect(tab.crm.createsByKey.size).toBe(0);

      tab.crm.nextFault = () => undefined;
      expect(await tab.controller.retryCrmWrite(`${interactionId}:activity`)).toBe(true);
      expect(tab.controller.getState().widget.stuckWrites).toEqual([]);
      expect([...tab.crm.createsByKey.values()]).toEqual([1]);

      await tab.controller.end(interactionId);
      await tab.controller.signOut();
    } finally {
      await tab.close();
    }
  });
});
