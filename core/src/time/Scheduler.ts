/** An opaque handle of a scheduled timer. */
export type TimerHandle = { readonly id: number };

/**
 * Time as the core sees it: the current time and one-shot timers. Injected everywhere (RONA,
 * auto-wrap-up, ringing, distribution-group steps) so tests drive time by hand and never sleep.
 */
export type Scheduler = {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `callback` once, `delayMs` from now. */
  setTimer(delayMs: number, callback: () => void): TimerHandle;
  /** Cancels a timer; a no-op when it already ran or was cancelled. */
  clearTimer(handle: TimerHandle): void;
};
