import type { CDPSession } from 'playwright-core';

/** What one renderer holds after a full garbage collection. */
export type RendererMetrics = {
  /** Live DOM event listeners (`message` listeners included) in the target's renderer. */
  readonly jsEventListeners: number;
  /** Bytes of JS heap in use. */
  readonly jsHeapUsedSize: number;
};

/**
 * Collects garbage in the session's target, then reads its `Performance.getMetrics`. Call
 * `Performance.enable` on the session once before. The counts are the renderer's: with site
 * isolation an out-of-process iframe has its own renderer, hence its own session (see
 * `BrowserContext.newCDPSession(frame)`).
 */
export async function readRendererMetrics(session: CDPSession): Promise<RendererMetrics> {
  // Twice: the first pass can leave objects whose finalizers free more on the next one.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const read = (name: string): number => {
    const metric = metrics.find((candidate) => candidate.name === name);
    if (!metric) throw new Error(`Performance.getMetrics has no ${name}`);
    return metric.value;
  };
  return { jsEventListeners: read('JSEventListeners'), jsHeapUsedSize: read('JSHeapUsedSize') };
}
