/** The slice of the Web Locks API used here (`navigator.locks`), injected so it can be faked. */
export type LeaderLocks = {
  request(
    name: string,
    options: { mode: 'exclusive'; signal: AbortSignal },
    callback: () => Promise<void>,
  ): Promise<void>;
};

export type TabLeadershipOptions = {
  /**
   * One leader per name per browser profile and origin, e.g. `patchbay:leader:<tenant>:<agent>`.
   * Only the leader tab runs CRM actions, so an agent with three CRM tabs gets one screen pop and
   * one call log, not three.
   */
  name: string;
  /** `navigator.locks` in the browser. */
  locks: LeaderLocks;
  /** Called with true when this tab becomes leader, and with false when it resigns. */
  onChange: (isLeader: boolean) => void;
  /** Called if the lock manager fails (it never does for a live document, but a host may differ). */
  onError?: (error: unknown) => void;
};

export type TabLeadership = {
  readonly isLeader: boolean;
  /** Leaves the election (or the leadership), letting the next waiting tab lead. Idempotent. */
  resign(): void;
};

/**
 * Joins the leader election for `name`. The leader holds an exclusive Web Lock for as long as it
 * leads; the browser releases it when the tab closes or crashes, and hands it to the oldest waiting
 * tab, so there is no heartbeat to tune and no split brain.
 */
export function acquireTabLeadership({ name, locks, onChange, onError }: TabLeadershipOptions): TabLeadership {
  const abort = new AbortController();
  let isLeader = false;
  let release: (() => void) | undefined;

  const lead = (): Promise<void> =>
    new Promise<void>((resolve) => {
      release = resolve;
      isLeader = true;
      onChange(true);
    });

  // The signal only cancels a request still waiting; a granted lock is released through `release`.
  locks.request(name, { mode: 'exclusive', signal: abort.signal }, lead).catch((error: unknown) => {
    if (!abort.signal.aborted) onError?.(error);
  });

  return {
    get isLeader() {
      return isLeader;
    },
    resign() {
      if (abort.signal.aborted) return;
      abort.abort();
      if (!isLeader) return;
      isLeader = false;
      release?.();
      onChange(false);
    },
  };
}
