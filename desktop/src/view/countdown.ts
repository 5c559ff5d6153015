/** Whole seconds left until `deadline` (rounded up, never below 0), both in ms on one clock. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** `m:ss`, as a countdown or a call timer shows it. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The remaining seconds at which a screen reader hears the countdown again. */
export const COUNTDOWN_MILESTONES: readonly number[] = [60, 30, 10, 5];

/**
 * What a countdown's polite live region says: the seconds left when it first shows, then only at
 * the milestones, so a screen reader is not interrupted every second.
 */
export function nextAnnouncement(previous: number | undefined, left: number): number {
  if (previous === undefined) return left;
  return COUNTDOWN_MILESTONES.includes(left) ? left : previous;
}
