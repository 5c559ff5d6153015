import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DESKTOP_EVENT_EXAMPLES,
  DESKTOP_EXAMPLES,
  SHELL_EVENT_EXAMPLES,
  SHELL_EXAMPLES,
} from '../../core-bridge/test/bridge/contract/support/contractExamples.js';
import type { BridgeTestWindow } from './support/BridgeTestWindow.js';
import { startBridgeFixture, type BridgeFixture, type OpenBridge } from './support/startBridgeFixture.js';

// The shell/desktop bridge in Chromium, through its real browser bundles: the shell page on
// http://127.0.0.1:<port> frames the desktop on http://localhost:<port>, two origins. Reload,
// third-origin and leak scenarios have their own files (bridge*.test.ts).

const SHELL_METHOD_NAMES = Object.keys(SHELL_EXAMPLES) as (keyof typeof SHELL_EXAMPLES)[];
const DESKTOP_METHOD_NAMES = Object.keys(DESKTOP_EXAMPLES) as (keyof typeof DESKTOP_EXAMPLES)[];

/** Browser work on the 2-core CI machines is slow; these are the ceilings, not expectations. */
const SLOW = 120_000;

describe('shell/desktop bridge in Chromium', () => {
  let fixture: BridgeFixture;
  const opened: OpenBridge[] = [];
  const open = async (query: Readonly<Record<string, string>> = {}) => {
    const bridge = await fixture.openBridge(query);
    opened.push(bridge);
    return bridge;
  };

  beforeAll(async () => {
    fixture = await startBridgeFixture();
  }, SLOW);

  afterEach(async () => {
    for (const bridge of opened.splice(0)) {
      expect(bridge.pageErrors).toEqual([]);
      await bridge.close();
    }
  });

  afterAll(() => fixture.close());

  it.each([
    ['the ?shellOrigin= parameter', {}],
    ['location.ancestorOrigins alone', { explicit: 'no' }],
  ])(
    'shakes hands across origins (shell origin from %s): both healthy, each sees the other’s capabilities',
    async (_source, query) => {
      const { shell, desktop } = await open(query);

      expect(await shell.health()).toBe('healthy');
      expect(await desktop.health()).toBe('healthy');
      expect(await shell.remoteCapabilities()).toEqual(DESKTOP_METHOD_NAMES);
      expect(await desktop.remoteCapabilities()).toEqual(SHELL_METHOD_NAMES);
      const [shellSeen, desktopSeen] = await Promise.all([shell.snapshot(), desktop.snapshot()]);
      expect(shellSeen.capabilities).toEqual(SHELL_METHOD_NAMES);
      expect(desktopSeen.capabilities).toEqual(DESKTOP_METHOD_NAMES);
      expect(shellSeen.health).toEqual(['healthy']);
      expect(desktopSeen.health).toEqual(['healthy']);
      expect(shellSeen.dropTotal).toBe(0);
      expect(desktopSeen.dropTotal).toBe(0);
    },
    SLOW,
  );

  it(
    'runs every method both ways with the contract examples and delivers every event both ways',
    async () => {
      const { shell, desktop } = await open();

      for (const method of SHELL_METHOD_NAMES) {
        const { params, result } = SHELL_EXAMPLES[method];
        expect({ method, outcome: await desktop.call(method, params as never) }).toEqual({
          method,
          outcome: { ok: true, value: result },
        });
      }
      for (const method of DESKTOP_METHOD_NAMES) {
        const { params, result } = DESKTOP_EXAMPLES[method];
        expect({ method, outcome: await shell.call(method, params as never) }).toEqual({
          method,
          outcome: { ok: true, value: result },
        });
      }
      const [shellSeen, desktopSeen] = await Promise.all([shell.snapshot(), desktop.snapshot()]);
      // Each method ran once on its own side, with the params as the caller sent them.
      expect(shellSeen.callCounts).toEqual(Object.fromEntries(SHELL_METHOD_NAMES.map((name) => [name, 1])));
      expect(shellSeen.lastParams).toEqual(
        Object.fromEntries(SHELL_METHOD_NAMES.map((name) => [name, SHELL_EXAMPLES[name].params])),
      );
      expect(desktopSeen.callCounts).toEqual(Object.fromEntries(DESKTOP_METHOD_NAMES.map((name) => [name, 1])));
      expect(desktopSeen.lastParams).toEqual(
        Object.fromEntries(DESKTOP_METHOD_NAMES.map((name) => [name, DESKTOP_EXAMPLES[name].params])),
      );

      const shellEvents = Object.entries(SHELL_EVENT_EXAMPLES).map(([name, payload]) => ({ name, payload }));
      for (const { name, payload } of shellEvents) await shell.emit(name as never, payload as never);
      const desktopEvents = Object.entries(DESKTOP_EVENT_EXAMPLES).map(([name, payload]) => ({ name, payload }));
      for (const { name, payload } of desktopEvents) await desktop.emit(name as never, payload as never);
      await desktop.untilEvents(shellEvents.length);
      await shell.untilEvents(desktopEvents.length);
      expect((await desktop.snapshot()).events).toEqual(shellEvents);
      expect((await shell.snapshot()).events).toEqual(desktopEvents);
      expect((await shell.snapshot()).errors).toEqual([]);
      expect((await desktop.snapshot()).errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'carries an implementation’s BridgeError across with its code, field and details',
    async () => {
      const { shell, desktop } = await open();
      const details = { crm: 'salesforce', status: 503, retryable: true };
      await shell.fail('saveActivity', { code: 'CRM_ERROR', message: 'Salesforce is down', details });

      const outcome = await desktop.call('saveActivity', SHELL_EXAMPLES.saveActivity.params);

      expect(outcome).toMatchObject({ ok: false, name: 'BridgeError', code: 'CRM_ERROR', details });
      expect(await shell.health()).toBe('healthy');
    },
    SLOW,
  );

  it(
    'refuses at once, with UNSUPPORTED, a method the other side does not implement',
    async () => {
      const { shell, desktop } = await open({
        capabilities: 'screenPop,getPresence',
        desktopCapabilities: 'getAgentState',
      });
      expect(await desktop.remoteCapabilities()).toEqual(['screenPop', 'getPresence']);
      expect(await shell.remoteCapabilities()).toEqual(['getAgentState']);

      // A call that waited on the other side would still be pending when a zero-delay timer fires,
      // since its answer needs a round trip to another process; a refusal made locally is not. With
      // a 60 s timeout, a refusal can come from nothing but the capabilities in the handshake.
      const raceAZeroTimer = (frame: typeof shell.frame, method: string, params: unknown) =>
        frame.evaluate(
          ([name, args]) => {
            const hooks = (window as BridgeTestWindow).test;
            if (!hooks) throw new Error('no bridge test hooks');
            const timer = new Promise((resolve) => setTimeout(() => resolve('still pending'), 0));
            return Promise.race([hooks.call(name, args, { timeoutMs: 60_000 }), timer]);
          },
          [method, params] as const,
        );
      for (const method of SHELL_METHOD_NAMES.filter((name) => name !== 'screenPop' && name !== 'getPresence')) {
        expect({ method, outcome: await raceAZeroTimer(desktop.frame, method, SHELL_EXAMPLES[method].params) }).toEqual(
          { method, outcome: expect.objectContaining({ ok: false, name: 'BridgeError', code: 'UNSUPPORTED' }) },
        );
      }
      for (const method of DESKTOP_METHOD_NAMES.filter((name) => name !== 'getAgentState')) {
        expect({ method, outcome: await raceAZeroTimer(shell.frame, method, DESKTOP_EXAMPLES[method].params) }).toEqual(
          { method, outcome: expect.objectContaining({ ok: false, name: 'BridgeError', code: 'UNSUPPORTED' }) },
        );
      }
      // Nothing reached the other side; what it does implement still answers.
      expect((await shell.snapshot()).callCounts).toEqual({});
      expect((await desktop.snapshot()).callCounts).toEqual({});
      expect(await desktop.call('getPresence', {})).toEqual({ ok: true, value: SHELL_EXAMPLES.getPresence.result });
      expect(await shell.call('getAgentState', {})).toEqual({ ok: true, value: DESKTOP_EXAMPLES.getAgentState.result });
    },
    SLOW,
  );

  it(
    'rejects with TIMEOUT a call the other side never answers, and the link stays up',
    async () => {
      const { shell, desktop } = await open();
      await shell.hang('searchRecords');
      await desktop.hang('dial');

      const fromDesktop = await desktop.call('searchRecords', SHELL_EXAMPLES.searchRecords.params, { timeoutMs: 200 });
      const fromShell = await shell.call('dial', DESKTOP_EXAMPLES.dial.params, { timeoutMs: 200 });

      expect(fromDesktop).toMatchObject({ ok: false, name: 'BridgeError', code: 'TIMEOUT' });
      expect(fromShell).toMatchObject({ ok: false, name: 'BridgeError', code: 'TIMEOUT' });
      // The calls did arrive (they were not refused); only their answers never came.
      expect((await shell.snapshot()).callCounts).toEqual({ searchRecords: 1 });
      expect((await desktop.snapshot()).callCounts).toEqual({ dial: 1 });
      expect(await desktop.call('getPresence', {})).toEqual({ ok: true, value: SHELL_EXAMPLES.getPresence.result });
      expect(await shell.call('focus', {})).toEqual({ ok: true, value: {} });
      expect(await shell.health()).toBe('healthy');
      expect(await desktop.health()).toBe('healthy');
    },
    SLOW,
  );
});
