import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DESKTOP_EXAMPLES, SHELL_EXAMPLES } from '../../core-bridge/test/bridge/contract/support/contractExamples.js';
import type { Page } from 'playwright-core';
import { bridgeDriver, type DesktopDriver, type ShellDriver } from './support/bridgeDriver.js';
import type { BridgeTestWindow } from './support/BridgeTestWindow.js';
import { evilMessages } from './support/evilMessages.js';
import type { EvilWindow } from './support/evilPageHtml.js';
import { frameAt, startBridgeFixture, type BridgeFixture } from './support/startBridgeFixture.js';

// A page on a third origin gets hold of the shell and desktop windows (by framing them) and talks
// penpal at them with raw postMessage. The bridge must act on none of it: every message is dropped
// at the origin check and counted, no method runs, no event is delivered, nothing is answered.

const SLOW = 120_000;

describe('shell/desktop bridge and a third origin', () => {
  let fixture: BridgeFixture;

  beforeAll(async () => {
    fixture = await startBridgeFixture();
  }, SLOW);

  afterAll(() => fixture.close());

  /** Opens the third origin's page framing `url`. */
  const openEvil = async (url: string): Promise<{ evil: Page; close: () => Promise<void> }> => {
    const context = await fixture.browser.newContext();
    const evil = await context.newPage();
    await evil.goto(`${fixture.evilOrigin}/evil.html?frame=${encodeURIComponent(url)}`);
    return { evil, close: () => context.close() };
  };

  it(
    'drops and counts every message from a page that frames the shell, and acts on none',
    async () => {
      const { evil, close } = await openEvil(`${fixture.shellOrigin}/shell.html`);
      const shell: ShellDriver = bridgeDriver(await frameAt(evil, `${fixture.shellOrigin}/shell.html`));
      await shell.untilHealthy();
      const desktop: DesktopDriver = bridgeDriver(await frameAt(evil, `${fixture.desktopOrigin}/desktop.html`));
      await desktop.untilHealthy();
      const capabilitiesBefore = [await shell.remoteCapabilities(), await desktop.remoteCapabilities()];

      const toShell = evilMessages('shell');
      const toDesktop = evilMessages('desktop');
      await evil.evaluate(
        ([shellMessages, desktopMessages, shellOrigin, desktopOrigin]) => {
          const page = window as unknown as EvilWindow;
          page.post([0], shellMessages, shellOrigin);
          page.post([0, 0], desktopMessages, desktopOrigin);
        },
        [toShell, toDesktop, fixture.shellOrigin, fixture.desktopOrigin] as const,
      );
      const untilDropped = (atLeast: number) =>
        ((window as BridgeTestWindow).test?.snapshot().dropTotal ?? 0) >= atLeast;
      await shell.frame.waitForFunction(untilDropped, toShell.length);
      await desktop.frame.waitForFunction(untilDropped, toDesktop.length);

      // Each message was dropped once, for its origin, and counted under the third origin.
      const evilOrigin = fixture.evilOrigin;
      const [shellSeen, desktopSeen] = await Promise.all([shell.snapshot(), desktop.snapshot()]);
      expect(shellSeen.drops).toEqual({ [`origin ${evilOrigin}`]: toShell.length });
      expect(desktopSeen.drops).toEqual({ [`origin ${evilOrigin}`]: toDesktop.length });
      // Nothing ran, nothing was heard, the handshake state is untouched (DESTROY tore nothing down).
      for (const seen of [shellSeen, desktopSeen]) {
        expect(seen.callCounts).toEqual({});
        expect(seen.events).toEqual([]);
        expect(seen.health).toEqual(['healthy']);
        expect(seen.errors).toEqual([]);
      }
      expect([await shell.remoteCapabilities(), await desktop.remoteCapabilities()]).toEqual(capabilitiesBefore);

      // The real link still works, and the counters show only its own calls.
      expect(await shell.call('getAgentState', {})).toEqual({ ok: true, value: DESKTOP_EXAMPLES.getAgentState.result });
      expect(await desktop.call('getPresence', {})).toEqual({ ok: true, value: SHELL_EXAMPLES.getPresence.result });
      expect((await shell.snapshot()).callCounts).toEqual({ getPresence: 1 });
      expect((await desktop.snapshot()).callCounts).toEqual({ getAgentState: 1 });
      // Neither side ever posted anything to the third origin.
      expect(await evil.evaluate(() => (window as unknown as EvilWindow).received)).toEqual([]);
      await close();
    },
    SLOW,
  );

  it.each([
    ['with a ?shellOrigin= naming the real shell', `?shellOrigin=`, 'explicit'],
    ['with no ?shellOrigin=', '', 'ancestorOrigins'],
  ])(
    'refuses to connect when the third origin frames the desktop directly, %s',
    async (_case, query, field) => {
      const shellParam = query === '' ? '' : `${query}${encodeURIComponent(fixture.shellOrigin)}`;
      const { evil, close } = await openEvil(`${fixture.desktopOrigin}/desktop.html${shellParam}`);
      const desktop = await frameAt(evil, `${fixture.desktopOrigin}/desktop.html`);
      await desktop.waitForFunction(() => (window as BridgeTestWindow).connectError !== undefined);

      expect(await desktop.evaluate(() => (window as BridgeTestWindow).connectError)).toEqual({
        name: 'BridgeError',
        code: 'ORIGIN_REJECTED',
        field,
      });
      // No link: the desktop never listens to, nor posts to, the page that framed it.
      expect(await desktop.evaluate(() => 'bridge' in window)).toBe(false);
      await close();
    },
    SLOW,
  );

  it(
    'drops and counts what the third origin posts to a desktop it opened in a popup',
    async () => {
      const { evil, close } = await openEvil('about:blank');
      const url = `${fixture.desktopOrigin}/desktop.html?shellOrigin=${encodeURIComponent(fixture.shellOrigin)}`;
      const [popup] = await Promise.all([
        evil.waitForEvent('popup'),
        evil.evaluate((target) => {
          (window as unknown as { popup: Window | null }).popup = window.open(target);
        }, url),
      ]);
      // Opened, not framed: no ancestorOrigins to contradict ?shellOrigin=, so the desktop connects
      // (to its own `parent`, which is itself, with the shell's origin: the browser delivers nothing).
      const desktop: DesktopDriver = bridgeDriver(popup.mainFrame());
      await popup.waitForFunction(() => 'bridge' in window);

      const messages = evilMessages('desktop');
      await evil.evaluate(
        ([toPost, desktopOrigin]) => {
          const target = (window as unknown as { popup: Window }).popup;
          for (const message of toPost) target.postMessage(message, desktopOrigin);
        },
        [messages, fixture.desktopOrigin] as const,
      );
      await popup.waitForFunction(
        (atLeast) => ((window as BridgeTestWindow).test?.snapshot().dropTotal ?? 0) >= atLeast,
        messages.length,
      );

      const seen = await desktop.snapshot();
      expect(seen.drops).toEqual({ [`origin ${fixture.evilOrigin}`]: messages.length });
      expect(seen.callCounts).toEqual({});
      expect(seen.events).toEqual([]);
      expect(seen.health).toEqual([]);
      expect(await desktop.health()).toBe('connecting');
      expect(await desktop.remoteCapabilities()).toBeNull();
      expect(await evil.evaluate(() => (window as unknown as EvilWindow).received)).toEqual([]);
      await close();
    },
    SLOW,
  );
});
