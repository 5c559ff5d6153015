import type { CoreStore } from '../../store/CoreStore.js';
import type { Scheduler, TimerHandle } from '../../time/Scheduler.js';

/** What {@link startEventRetention} needs. */
export type EventRetentionOptions = {
  store: CoreStore;
  scheduler: Scheduler;
  /** The tenants whose logs to trim, read at every pass (tenants come and go). */
  listTenantIds: () => Promise<readonly string[]>;
  /** How long events stay replayable. */
  retentionMs: number;
  /** Time between passes. Default one hour. */
  intervalMs?: number;
  /** Told about a pass that failed for a tenant; the next pass tries again. */
  onError: (error: unknown, during: string) => void;
  /** Told how many events a pass deleted, when it deleted any. */
  onTrimmed?: (deleted: number) => void;
};

/** The running job. */
export type EventRetention = {
  /** Runs a pass now (the first one runs at start); resolves when it is done. */
  runPass(): Promise<void>;
  /** Cancels the next pass and waits for the one running, if any. */
  stop(): Promise<void>;
};

const HOUR_MS = 3_600_000;

/**
 * Keeps the event log bounded: every pass trims each tenant's streams to the events of the last
 * `retentionMs`. Older events were delivered long ago; a client asking to replay from them gets a
 * `gap` and reloads state over REST instead. Interaction records and configuration are documents,
 * not events, and are never trimmed.
 */
export function startEventRetention(options: EventRetentionOptions): EventRetention {
  const { store, scheduler, retentionMs, onError } = options;
  const intervalMs = options.intervalMs ?? HOUR_MS;
  let timer: TimerHandle | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    const cutoff = scheduler.now() - retentionMs;
    let deleted = 0;
    let tenantIds: readonly string[] = [];
    try {
      tenantIds = await options.listTenantIds();
    } catch (error) {
      onError(error, 'listing tenants for event retention');
    }
    for (const tenantId of tenantIds) {
      try {
        deleted += await store.trimEventsOlderThan(tenantId, cutoff);
      } catch (error) {
        onError(error, `trimming the event log of tenant ${tenantId}`);
      }
    }
    if (deleted > 0) options.onTrimmed?.(deleted);
  };

  const runPass = () => {
    running = running.then(pass);
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = scheduler.setTimer(intervalMs, () => {
      void runPass().then(schedule);
    });
  };
  void runPass().then(schedule);

  return {
    runPass,
    async stop() {
      stopped = true;
      if (timer) scheduler.clearTimer(timer);
      await running;
    },
  };
}
