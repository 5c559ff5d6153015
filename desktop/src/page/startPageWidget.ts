import type { LinkTimers, ShellLink } from '@patchbay/core-bridge/desktop';
import {
  createHeadlessWidget,
  createIndexedDbOutbox,
  createMemoryOutbox,
  parseWidgetPolicy,
  type HeadlessWidget,
  type LeaderLocks,
  type LeadershipChannel,
  type RetryPolicy,
  type WidgetCoreClient,
  type WidgetPolicy,
} from '@patchbay/headless-widget';
import type { DesktopController } from '../controller/DesktopController.js';
import type { WidgetAttachment } from '../controller/DesktopWidgetHandle.js';
import type { DesktopState } from '../model/DesktopState.js';
import { agentIdOf } from '../model/reduceDesktopState.js';

/** The page's globals the widget needs: the window in the browser, fakes in tests. */
export type PageWidgetHost = {
  readonly indexedDB: IDBFactory;
  readonly navigator: { readonly locks: LeaderLocks };
  readonly BroadcastChannel: new (name: string) => LeadershipChannel & { close(): void };
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** A tab that cannot share storage leads alone: the lock is granted at once. */
const SOLO_LOCKS: LeaderLocks = { request: (_name, _options, callback) => callback() };
const SOLO_CHANNEL: LeadershipChannel & { close(): void } = {
  postMessage: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  close: () => undefined,
};

export type PageWidgetOptions = {
  readonly host: PageWidgetHost;
  /** False where the browser blocks third-party storage (see `canSharePageStorage`). Default true. */
  readonly sharedStorage?: boolean;
  readonly controller: Pick<DesktopController, 'getState' | 'subscribe' | 'attachWidget' | 'reportError'>;
  /** The desktop's own client: the widget listens to the session the desktop signed in. */
  readonly client: WidgetCoreClient;
  readonly shell: Pick<ShellLink, 'call' | 'on'>;
  /** The page config's `widgetPolicy`, as it came; undefined for the defaults. */
  readonly policy: unknown;
  readonly now: () => number;
  readonly random: () => number;
  readonly retry?: RetryPolicy;
};

/** The widget beside a page, following the agent's sign-ins. */
export type PageWidget = {
  /** The running widget, while an agent is signed in. */
  current(): HeadlessWidget | undefined;
  /** Stops following the desktop and stops the widget. */
  dispose(): Promise<void>;
};

type Running = { readonly widget: HeadlessWidget; stop(): Promise<void> };

/**
 * Runs one headless widget per signed-in agent beside the desktop page, and shows its state in the
 * desktop. The outbox and the election are named after tenant and agent, so the agent's tabs share
 * them and another agent signing in on this browser shares nothing. A policy the widget refuses is
 * reported once, and the page runs without CRM actions (returns undefined).
 */
export function startPageWidget(options: PageWidgetOptions): PageWidget | undefined {
  const { controller } = options;
  let policy: WidgetPolicy;
  try {
    policy = parseWidgetPolicy(options.policy ?? {});
  } catch (error) {
    controller.reportError(error);
    return undefined;
  }

  let running: Running | undefined;
  /** Whose widget runs; set before launching, since attaching it notifies `follow` again. */
  let owner: string | undefined;
  const stopping = new Set<Promise<void>>();

  const stop = () => {
    const previous = running;
    running = undefined;
    if (!previous) return;
    const stopped = previous
      .stop()
      .catch((error: unknown) => controller.reportError(error))
      .finally(() => stopping.delete(stopped));
    stopping.add(stopped);
  };

  const follow = (state: DesktopState) => {
    const agentId = agentIdOf(state);
    const tenantId = state.auth.status === 'signedIn' ? state.auth.tenantId : undefined;
    const next = agentId === undefined || tenantId === undefined ? undefined : `${tenantId}:${agentId}`;
    if (next === owner) return;
    owner = next;
    stop();
    if (next !== undefined && agentId !== undefined) running = launch(options, policy, next, agentId);
  };

  const unsubscribe = controller.subscribe(follow);
  follow(controller.getState());

  return {
    current: () => running?.widget,
    async dispose() {
      unsubscribe();
      owner = undefined;
      stop();
      await Promise.all([...stopping]);
    },
  };
}

function launch(options: PageWidgetOptions, policy: WidgetPolicy, owner: string, agentId: string): Running {
  const { host, controller } = options;
  const leaderName = `patchbay:leader:${owner}`;
  // Where third-party storage is blocked, this tab works alone: writes kept in memory (each still
  // runs once, but a reload mid-write loses what was not written yet) and no election to join.
  const shared = options.sharedStorage !== false;
  const channel = shared ? new host.BroadcastChannel(leaderName) : SOLO_CHANNEL;
  const outbox = shared
    ? createIndexedDbOutbox({ indexedDB: host.indexedDB, name: `patchbay:${owner}:outbox`, now: options.now })
    : createMemoryOutbox({ now: options.now });
  const timers: LinkTimers = {
    setTimeout: (callback, delayMs) => host.setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      host.clearTimeout(handle);
    },
  };
  // The widget reports through its options, which it takes before the desktop can attach it.
  const reports: { to?: WidgetAttachment } = {};
  const widget = createHeadlessWidget({
    client: options.client,
    shell: options.shell,
    policy,
    agentId,
    outbox,
    leadership: { name: leaderName, locks: shared ? host.navigator.locks : SOLO_LOCKS, channel },
    timers,
    now: options.now,
    random: options.random,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    onStuck: (entry) => reports.to?.stuck(entry),
    onError: (error) => reports.to?.failed(error),
    onLeadershipChange: (isLeader) => reports.to?.leadershipChanged(isLeader),
  });
  const attached = controller.attachWidget(widget);
  reports.to = attached;
  widget.start().then(
    () => attached.started(),
    (error: unknown) => attached.failed(error),
  );
  return {
    widget,
    async stop() {
      attached.detach();
      try {
        await widget.stop();
      } finally {
        channel.close();
        outbox.close();
      }
    },
  };
}
