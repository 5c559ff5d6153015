import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CDPSession } from 'playwright-core';
import { readRendererMetrics, type RendererMetrics } from './support/readRendererMetrics.js';
import { startBridgeFixture, type BridgeFixture } from './support/startBridgeFixture.js';

// A leak check, not a benchmark: thousands of calls over one link must leave neither listeners nor
// memory behind on either side. The shell page and the desktop iframe are different sites
// (127.0.0.1 and localhost), so under Chromium's site isolation the desktop is an out-of-process
// iframe with its own renderer: each side is measured through its own CDP session, the page's for
// the shell and the frame's for the desktop (`newCDPSession(frame)` refuses an in-process frame,
// so the test also proves the two sides really are separate renderers). What is measured is what
// the renderer reports after two full GCs: `JSEventListeners` (every DOM listener in it, the
// bridge's `message` listeners included) and `JSHeapUsedSize`.

const SLOW = 300_000;
const WARM_UP_CALLS = 1_000;
const MEASURED_CALLS = 10_000;
/** Generous: a leak of even 100 bytes a call would be ten times this. */
const HEAP_GROWTH_BOUND = 1024 * 1024;

describe('shell/desktop bridge over many calls', () => {
  let fixture: BridgeFixture;

  beforeAll(async () => {
    fixture = await startBridgeFixture();
  }, SLOW);

  afterAll(() => fixture.close());

  it(
    `leaves no listener and no memory behind after ${MEASURED_CALLS} sequential calls each way`,
    async () => {
      const { context, page, shell, desktop, pageErrors, close } = await fixture.openBridge();
      const sessions: Record<'shell' | 'desktop', CDPSession> = {
        shell: await context.newCDPSession(page),
        desktop: await context.newCDPSession(desktop.frame),
      };
      for (const session of Object.values(sessions)) await session.send('Performance.enable');
      const measure = async (): Promise<Record<'shell' | 'desktop', RendererMetrics>> => ({
        shell: await readRendererMetrics(sessions.shell),
        desktop: await readRendererMetrics(sessions.desktop),
      });

      // Both directions: the shell calls the desktop's `focus`, the desktop the shell's `getPresence`.
      const run = (count: number) =>
        Promise.all([shell.repeat(count, 'focus', {}), desktop.repeat(count, 'getPresence', {})]);
      expect(await run(WARM_UP_CALLS)).toEqual([WARM_UP_CALLS, WARM_UP_CALLS]);
      const before = await measure();
      expect(await run(MEASURED_CALLS)).toEqual([MEASURED_CALLS, MEASURED_CALLS]);
      const after = await measure();

      expect(after.shell.jsEventListeners).toBe(before.shell.jsEventListeners);
      expect(after.desktop.jsEventListeners).toBe(before.desktop.jsEventListeners);
      expect(after.shell.jsHeapUsedSize - before.shell.jsHeapUsedSize).toBeLessThan(HEAP_GROWTH_BOUND);
      expect(after.desktop.jsHeapUsedSize - before.desktop.jsHeapUsedSize).toBeLessThan(HEAP_GROWTH_BOUND);
      // Every call ran once on the other side.
      const total = WARM_UP_CALLS + MEASURED_CALLS;
      expect((await desktop.snapshot()).callCounts).toEqual({ focus: total });
      expect((await shell.snapshot()).callCounts).toEqual({ getPresence: total });
      expect(pageErrors).toEqual([]);
      await close();
    },
    SLOW,
  );
});
