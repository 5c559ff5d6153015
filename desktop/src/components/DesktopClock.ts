/** The clock the desktop's countdowns and call timers read; injected so tests can drive it. */
export type DesktopClock = {
  /** Milliseconds since the epoch, on the same clock as the core's deadlines. */
  now(): number;
  setInterval(callback: () => void, delayMs: number): unknown;
  clearInterval(handle: unknown): void;
};

/** The page's own clock. */
export const systemClock: DesktopClock = {
  now: () => Date.now(),
  setInterval: (callback, delayMs) => globalThis.setInterval(callback, delayMs),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
};
