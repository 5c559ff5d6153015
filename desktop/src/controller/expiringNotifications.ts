import type { DesktopNotification } from '../model/DesktopState.js';

/**
 * How long an information notice (a missed call, a consult that ended) stays before it goes by
 * itself. Errors stay until the agent dismisses them: they may need acting on.
 */
export const INFO_NOTICE_MS = 15_000;

/** The information notices in `next` that `previous` did not have: each gets its own timer. */
export function newInfoNotices(
  previous: readonly DesktopNotification[],
  next: readonly DesktopNotification[],
): DesktopNotification[] {
  if (previous === next) return [];
  const known = new Set(previous.map((notification) => notification.id));
  return next.filter((notification) => notification.kind === 'info' && !known.has(notification.id));
}
