import type { HeadlessWidget, OutboxEntry } from '@patchbay/headless-widget';

/** The running headless widget, as the desktop's buttons drive it. */
export type DesktopWidgetHandle = Pick<HeadlessWidget, 'isLeader' | 'takeOver' | 'retry' | 'stuck' | 'idle'>;

/**
 * What `attachWidget` returns: the widget's callbacks forward here, so its state shows in the
 * desktop. After `detach` every call is ignored: a widget stopping late cannot paint over the next.
 */
export type WidgetAttachment = {
  /** `start()` resolved: the tab's role is known, and stuck writes of earlier sessions are listed. */
  started(): void;
  /** The widget's `onLeadershipChange`. */
  leadershipChanged(isLeader: boolean): void;
  /** The widget's `onStuck`. */
  stuck(entry: OutboxEntry): void;
  /** The widget's `onError`, and a failed `start()`. */
  failed(error: unknown): void;
  /** The widget stopped: its state leaves the desktop. Idempotent. */
  detach(): void;
};
