import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DESKTOP_EVENT_EXAMPLES,
  DESKTOP_EXAMPLES,
  SHELL_EVENT_EXAMPLES,
} from '../../core-bridge/test/bridge/contract/support/contractExamples.js';
import type { BridgeTestWindow } from './support/BridgeTestWindow.js';
import { bridgeDriver, type DesktopDriver } from './support/bridgeDriver.js';
import { startBridgeFixture, type BridgeFixture } from './support/startBridgeFixture.js';

// The desktop iframe reloads (an agent presses F5 in the panel, the desktop updates itself) while
// the shell waits on it: the call must fail fast and the link must come back by itself.

const SLOW = 120_000;

describe('shell/desktop bridge across a desktop reload', () => {
  let fixture: BridgeFixture;

  beforeAll(async () => {
    fixture = await startBridgeFixture();
  }, SLOW);

  afterAll(() => fixture.close());

  it(
    'rejects the call in flight with DISCONNECTED, reconnects, and keeps the shell’s listeners',
    async () => {
      const { page, shell, desktop, pageErrors, close } = await fixture.openBridge();
      await desktop.hang('dial');
      // Long enough that only the reload, never the timeout, can end the call.
      await shell.start('dial-before-reload', 'dial', DESKTOP_EXAMPLES.dial.params, { timeoutMs: 60_000 });
      // The hanging dial reached the old desktop before it goes away.
      await desktop.frame.waitForFunction(() => (window as BridgeTestWindow).test?.snapshot().callCounts['dial'] === 1);

      const desktopUrl = desktop.frame.url();
      await desktop.frame.goto(desktopUrl);
      const reloaded: DesktopDriver = bridgeDriver(desktop.frame);

      expect(await shell.outcome('dial-before-reload')).toMatchObject({
        ok: false,
        name: 'BridgeError',
        code: 'DISCONNECTED',
      });
      await shell.untilHealthy();
      await reloaded.untilHealthy();
      // A fresh page: nothing hangs there, and it has run nothing yet.
      expect((await reloaded.snapshot()).callCounts).toEqual({});
      expect(await shell.call('dial', DESKTOP_EXAMPLES.dial.params)).toEqual({
        ok: true,
        value: DESKTOP_EXAMPLES.dial.result,
      });
      expect((await reloaded.snapshot()).callCounts).toEqual({ dial: 1 });

      // The shell registered its listeners once, at load, before the reload.
      await reloaded.emit('contactOffered', DESKTOP_EVENT_EXAMPLES.contactOffered);
      await shell.untilEvents(1);
      expect((await shell.snapshot()).events).toEqual([
        { name: 'contactOffered', payload: DESKTOP_EVENT_EXAMPLES.contactOffered },
      ]);
      expect(await shell.health()).toBe('healthy');
      expect(pageErrors).toEqual([]);
      expect(page.frames()).toHaveLength(2);
      await close();
    },
    SLOW,
  );

  it(
    'delivers to the new desktop a shell event emitted while the desktop was reloading',
    async () => {
      const { shell, desktop, pageErrors, close } = await fixture.openBridge();
      // The new desktop page loads but holds its connectShell until told to: the gap between a
      // desktop going away and its replacement's handshake, held open for as long as the test needs.
      await desktop.frame.goto(`${desktop.frame.url()}&hold=1`);
      await desktop.frame.waitForFunction(() => (window as BridgeTestWindow).connectNow !== undefined);

      // The link is down (no desktop is connected), so per BridgeLink.emit this must wait for it.
      await shell.emit('clickToDial', SHELL_EVENT_EXAMPLES.clickToDial);
      await desktop.frame.evaluate(() => {
        (window as BridgeTestWindow).connectNow?.();
      });
      const reloaded: DesktopDriver = bridgeDriver(desktop.frame);
      await reloaded.untilHealthy();
      await shell.untilHealthy();
      // Events arrive in order: once this marker, sent after the reconnection, is heard, anything
      // queued before it has been delivered too.
      await shell.emit('panelVisibilityChanged', { visible: false });
      await reloaded.frame.waitForFunction(
        () =>
          (window as BridgeTestWindow).test
            ?.snapshot()
            .events.some((event) => event.name === 'panelVisibilityChanged') === true,
      );

      expect((await reloaded.snapshot()).events).toEqual([
        { name: 'clickToDial', payload: SHELL_EVENT_EXAMPLES.clickToDial },
        { name: 'panelVisibilityChanged', payload: { visible: false } },
      ]);
      expect(pageErrors).toEqual([]);
      await close();
    },
    SLOW,
  );
});
