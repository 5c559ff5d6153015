import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createCoreClient } from '@patchbay/core-bridge/client';
import WebSocket from 'ws';
import {
  AGENT_PASSWORD,
  startTestCore,
  type TestCore,
} from '../../../core-bridge/test/client/support/startTestCore.js';
import type { DesktopController } from '../../src/controller/DesktopController.js';
import {
  createDesktopController,
  type BridgeHealthSource,
  type NoticeTimers,
} from '../../src/controller/createDesktopController.js';
import { INFO_NOTICE_MS } from '../../src/controller/expiringNotifications.js';
import { createRefreshTokenStore, type TokenStorage } from '../../src/controller/createRefreshTokenStore.js';
import type { LinkHealth } from '@patchbay/core-bridge/desktop';
import type { DesktopState } from '../../src/model/DesktopState.js';
import { pickDesktopView } from '../../src/model/pickDesktopView.js';

// The controller against a real core in process: what the desktop's buttons do, end to end.

let core: TestCore;

beforeAll(async () => {
  core = await startTestCore();
});

afterAll(async () => {
  await core.close();
});

function memoryStorage(): TokenStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function fakeBridge(initial: LinkHealth) {
  let listener: ((health: LinkHealth) => void) | undefined;
  const bridge: BridgeHealthSource = {
    health: () => initial,
    onHealthChange: (next) => {
      listener = next;
      return () => (listener = undefined);
    },
  };
  return { bridge, change: (health: LinkHealth) => listener?.(health) };
}

function newDesktop(storage: TokenStorage, bridge?: BridgeHealthSource, timers?: NoticeTimers) {
  const tokenStore = createRefreshTokenStore(storage);
  const client = createCoreClient({ baseUrl: core.baseUrl, WebSocket, onTokens: tokenStore.save });
  const controller = createDesktopController({
    client,
    tokenStore,
    ...(bridge ? { bridge } : {}),
    ...(timers ? { timers } : {}),
  });
  return { client, controller };
}

/** Timers that fire only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; delayMs: number }>();
  let last = 0;
  const timers: NoticeTimers = {
    setTimeout: (callback, delayMs) => {
      pending.set(++last, { callback, delayMs });
      return last;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const fireAll = () => {
    for (const [handle, timer] of [...pending]) {
      pending.delete(handle);
      timer.callback();
    }
  };
  return { timers, pending, fireAll };
}

/** Resolves once the controller's state passes `test` (jest's timeout ends a wait that never does). */
function until(controller: DesktopController, test: (state: DesktopState) => boolean): Promise<DesktopState> {
  return new Promise((resolve) => {
    if (test(controller.getState())) {
      resolve(controller.getState());
      return;
    }
    const unsubscribe = controller.subscribe((state) => {
      if (test(state)) {
        unsubscribe();
        resolve(state);
      }
    });
  });
}

const viewOf = (state: DesktopState) => pickDesktopView(state).name;

describe('createDesktopController against a real core', () => {
  it('signs in, logs in a station, and handles a call from offer to wrap-up', async () => {
    const storage = memoryStorage();
    const { bridge, change } = fakeBridge('connecting');
    const { controller } = newDesktop(storage, bridge);
    expect(controller.getState().banners.bridge).toBe('connecting');
    change('healthy');
    expect(controller.getState().banners.bridge).toBe('healthy');

    expect(await controller.start()).toBe(false);
    expect(viewOf(controller.getState())).toBe('signIn');
    expect(await controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD })).toBe(true);
    expect(storage.items.size).toBe(1);
    await until(controller, (state) => state.lookups.wrapUpCodes.length > 0);
    expect(controller.getState().lookups.queues).toEqual([{ id: 'q-support', name: 'Support' }]);

    expect(await controller.stationLogin('1001')).toBe(true);
    expect(viewOf(controller.getState())).toBe('home');
    await until(controller, (state) => state.banners.core === 'open');
    expect(await controller.setState({ state: 'Available' })).toBe(true);

    await core.placeCall('+393331234567');
    const offered = await until(controller, (state) => viewOf(state) === 'offer');
    const [entry] = Object.values(offered.contacts);
    if (!entry) throw new Error('no offer');
    const id = entry.contact.interactionId;
    expect(entry).toMatchObject({ phase: 'offered', contact: { ani: '+393331234567' } });
    expect(entry.expiresAt).toBeGreaterThan(entry.contact.createdAt);

    // A command the core refuses becomes a notification with the error's code.
    expect(await controller.hold(id)).toBe(false);
    expect(controller.getState().notifications.at(-1)).toMatchObject({
      kind: 'error',
      key: 'error.conflict',
      code: 'CONFLICT',
    });

    expect(await controller.accept(id)).toBe(true);
    await until(controller, (state) => state.contacts[id]?.contact.state === 'connected');
    expect(viewOf(controller.getState())).toBe('call');
    expect(await controller.hold(id)).toBe(true);
    expect(controller.getState().contacts[id]?.contact.state).toBe('held');
    expect(await controller.resume(id)).toBe(true);
    expect(await controller.sendDtmf(id, '12#')).toBe(true);
    expect((await core.liveCalls()).legs.find((leg) => leg.from === '+393331234567')?.digitsSent).toBe('12#');
    expect(await controller.updateCallData(id, { tier: 'platinum' })).toBe(true);
    expect(controller.getState().contacts[id]?.contact.callAssociatedData['tier']?.value).toBe('platinum');

    expect(await controller.end(id)).toBe(true);
    expect(viewOf(controller.getState())).toBe('wrapUp');
    const [code] = controller.getState().lookups.wrapUpCodes;
    if (!code) throw new Error('no wrap-up code');
    expect(await controller.wrapUp(id, code.id)).toBe(true);
    expect(viewOf(controller.getState())).toBe('home');

    controller.dispose();
  });

  it('reads the other logged-in agents for the consult picker', async () => {
    const { controller } = newDesktop(memoryStorage());
    expect(await controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD })).toBe(true);
    expect(await controller.stationLogin('1001')).toBe(true);
    const bob = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
    await bob.auth.signIn({ tenant: 'default', username: 'bob', password: AGENT_PASSWORD });
    await bob.stationLogin('1002');
    try {
      expect(await controller.loadBuddies()).toBe(true);
      expect(controller.getState().buddies).toEqual([
        expect.objectContaining({ agentId: 'bob', state: expect.objectContaining({ name: 'Idle' }) }),
      ]);
    } finally {
      await bob.logout();
      controller.dispose();
    }
  });

  it('lets an information notice go by itself after a while, and an error stay', async () => {
    // The desktop offers a station login only without a session: start from there.
    const previous = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
    await previous.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    await previous.logout().catch(() => undefined);
    const { timers, pending, fireAll } = manualTimers();
    const { controller } = newDesktop(memoryStorage(), undefined, timers);
    expect(await controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD })).toBe(true);
    expect(await controller.stationLogin('1001')).toBe(true);
    await until(controller, (state) => state.banners.core === 'open');
    controller.reportError(new Error('a bad page config'));
    // Ada logs in on another station: this desktop is told so, with an information notice.
    const elsewhere = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
    await elsewhere.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    await elsewhere.stationLogin('1003');
    await until(controller, (state) => state.notifications.some((notice) => notice.key === 'notice.takenOver'));
    expect([...pending.values()].map((timer) => timer.delayMs)).toEqual([INFO_NOTICE_MS]);

    fireAll();
    expect(controller.getState().notifications.map((notice) => notice.kind)).toEqual(['error']);
    await elsewhere.logout();
    controller.dispose();
  });

  it('reads the state again once its event stream is open, so a change between the two is not lost', async () => {
    const elsewhere = createCoreClient({ baseUrl: core.baseUrl, WebSocket });
    await elsewhere.auth.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    await elsewhere.stationLogin('1001');
    await elsewhere.setState({ state: 'Available' });
    // The desktop's socket holds back what it sends (its subscription) until the test lets it go.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    class HeldBackWebSocket extends WebSocket {
      override send(data: string): void {
        void held.then(() => {
          super.send(data);
        });
      }
    }
    const tokenStore = createRefreshTokenStore(memoryStorage());
    const client = createCoreClient({ baseUrl: core.baseUrl, WebSocket: HeldBackWebSocket, onTokens: tokenStore.save });
    const controller = createDesktopController({ client, tokenStore });
    const stateName = () => {
      const { session } = controller.getState();
      return session.status === 'loggedIn' ? session.view.state.name : undefined;
    };
    try {
      expect(await controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD })).toBe(true);
      expect(stateName()).toBe('Available');
      // Between the sign-in's snapshot and the subscription: no event will ever tell this desktop.
      const [idleCode] = await elsewhere.listIdleCodes();
      await elsewhere.setState({ state: 'Idle', idleCodeId: idleCode?.id ?? '' });
      release();
      await until(controller, (state) => state.banners.core === 'open');
      await until(controller, () => stateName() === 'Idle');
    } finally {
      controller.dispose();
      await elsewhere.logout();
    }
  });

  it('resumes the stored session after a reload, mid-call, back on the call view', async () => {
    const storage = memoryStorage();
    const first = newDesktop(storage);
    // Ada again: she is the one Available agent, so the call comes to her without ringing anyone else first.
    await first.controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    await first.controller.stationLogin('1001');
    await until(first.controller, (state) => state.banners.core === 'open');
    await first.controller.setState({ state: 'Available' });
    await core.placeCall('+393339999999');
    const offered = await until(first.controller, (state) => viewOf(state) === 'offer');
    const id = Object.keys(offered.contacts)[0] ?? '';
    await first.controller.accept(id);
    await until(first.controller, (state) => viewOf(state) === 'call');
    // The page reloads: the old client is gone, its refresh token is in sessionStorage.
    first.controller.dispose();

    const second = newDesktop(storage);
    expect(await second.controller.start()).toBe(true);
    const restored = second.controller.getState();
    expect(restored.auth).toMatchObject({ status: 'signedIn', userId: 'ada' });
    expect(pickDesktopView(restored)).toMatchObject({ name: 'call', entry: { contact: { interactionId: id } } });

    expect(await second.controller.end(id)).toBe(true);
    const [code] = (await until(second.controller, (state) => state.lookups.wrapUpCodes.length > 0)).lookups
      .wrapUpCodes;
    expect(await second.controller.wrapUp(id, code?.id ?? '')).toBe(true);
    expect(await second.controller.signOut()).toBe(true);
    expect(storage.items.size).toBe(0);
    expect(second.controller.getState().auth).toEqual({ status: 'signedOut', reason: 'signedOut' });
    second.controller.dispose();
  });

  it('goes back to sign-in when the stored session was revoked', async () => {
    const storage = memoryStorage();
    const first = newDesktop(storage);
    await first.controller.signIn({ tenant: 'default', username: 'ada', password: AGENT_PASSWORD });
    const spent = storage.items.get('patchbay.desktop.refreshToken') ?? '';
    await first.client.auth.signOut();
    first.controller.dispose();
    storage.setItem('patchbay.desktop.refreshToken', spent);

    const second = newDesktop(storage);
    expect(await second.controller.start()).toBe(false);
    expect(second.controller.getState().auth).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(second.controller.getState().notifications.at(-1)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(storage.items.size).toBe(0);
    second.controller.dispose();
  });

  it('tells a refused password apart from other failures', async () => {
    const { controller } = newDesktop(memoryStorage());
    expect(await controller.signIn({ tenant: 'default', username: 'ada', password: 'not the password' })).toBe(false);
    expect(controller.getState().auth).toEqual({ status: 'signedOut', reason: 'none' });
    expect(controller.getState().notifications).toEqual([
      { id: 1, kind: 'error', key: 'error.signInRefused', params: {}, code: 'SIGN_IN_REFUSED' },
    ]);
    controller.dispose();
  });
});
