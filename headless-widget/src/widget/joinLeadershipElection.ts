import { acquireTabLeadership, type LeaderLocks, type TabLeadership } from '../acquireTabLeadership.js';

/** The slice of `BroadcastChannel` the election uses to ask the leader tab to step down. */
export type LeadershipChannel = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
};

/** How the widget's tabs elect the one that acts: Web Locks, plus a channel for "take over". */
export type WidgetLeadershipOptions = {
  /** One election per agent, e.g. `patchbay:leader:<tenant>:<agent>`. */
  readonly name: string;
  /** `navigator.locks` in the browser. */
  readonly locks: LeaderLocks;
  /** A `BroadcastChannel` shared by the agent's tabs (same name as the election, say). */
  readonly channel: LeadershipChannel;
};

export type LeadershipElectionOptions = WidgetLeadershipOptions & {
  /** This tab, so it ignores its own take-over request. */
  readonly tabId: string;
  readonly onChange: (isLeader: boolean) => void;
  readonly onError: (error: unknown) => void;
};

/** This tab's place in the election. */
export type LeadershipElection = {
  readonly isLeader: boolean;
  /** Asks the other tabs to step back so this one leads next. No-op while leading. */
  takeOver(): void;
  /** Leaves the election for good (the widget stops). Idempotent. */
  leave(): void;
};

const RESIGN_REQUEST = 'patchbay:resign';

type ResignRequest = { readonly type: typeof RESIGN_REQUEST; readonly name: string; readonly from: string };

function isResignRequest(data: unknown, name: string): data is ResignRequest {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<Record<keyof ResignRequest, unknown>>;
  return message.type === RESIGN_REQUEST && message.name === name && typeof message.from === 'string';
}

/**
 * Joins the Web Locks election and answers take-over requests. A lock cannot be handed to a chosen
 * tab, so on a request every other tab, the leader and those waiting, leaves the queue and joins it
 * again at its end: the asking tab is then the oldest waiter and the lock goes to it.
 */
export function joinLeadershipElection(options: LeadershipElectionOptions): LeadershipElection {
  const { name, locks, channel, tabId } = options;
  let isLeader = false;
  let left = false;
  let current: TabLeadership | undefined;

  const join = () => {
    current = acquireTabLeadership({
      name,
      locks,
      onChange: (leads) => {
        isLeader = leads;
        options.onChange(leads);
      },
      onError: options.onError,
    });
  };

  const onMessage = (event: { readonly data: unknown }) => {
    if (left || !isResignRequest(event.data, name) || event.data.from === tabId) return;
    current?.resign();
    join();
  };

  channel.addEventListener('message', onMessage);
  join();

  return {
    get isLeader() {
      return isLeader;
    },
    takeOver() {
      if (left || isLeader) return;
      const request: ResignRequest = { type: RESIGN_REQUEST, name, from: tabId };
      channel.postMessage(request);
    },
    leave() {
      if (left) return;
      left = true;
      channel.removeEventListener('message', onMessage);
      current?.resign();
    },
  };
}
