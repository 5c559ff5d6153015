import type { CoreEvent, EventPayload } from '../../contract/index.js';
import type { CoreStore, StoreBatch, StoreEvent } from '../../store/CoreStore.js';
import type { StreamSubscription, SubscribeOptions } from './ContactCenterRuntime.js';

/** Commits batches and fans their events out to subscribers, with replay from the store. */
export type EventHub = {
  /** Commits the batch; resolves once it is durable and its events have reached live subscribers. */
  commit(batch: StoreBatch): Promise<void>;
  /** Replays `afterSeq`+1… from the store, then live events; see `ContactCenterRuntime.subscribe`. */
  subscribe(options: SubscribeOptions): Promise<StreamSubscription>;
  /** Stops every live delivery. */
  close(): void;
};

/** What {@link createEventHub} needs. */
export type EventHubOptions = {
  store: CoreStore;
  /** Told about subscribers' callbacks that throw; they never break delivery to the others. */
  report: (error: unknown, during: string) => void;
  /** Events read per store call while replaying. Default 500. */
  replayPageSize?: number;
};

type Listener = { deliver(event: CoreEvent): void };

const ignore = () => undefined;
const keyOf = (tenantId: string, stream: string) => JSON.stringify([tenantId, stream]);

function toCoreEvent(event: StoreEvent): CoreEvent {
  return { stream: event.stream, seq: event.seq, time: event.time, event: event.payload as EventPayload };
}

/**
 * The runtime's event fan-out. Deliveries are chained in commit order, and the store resolves
 * commits in the order they were issued, so each stream reaches subscribers in seq order.
 *
 * A subscription listens before it reads the store: events committed while it replays are held
 * back, then passed on after the replay, skipping the seqs it already delivered. Nothing is missed
 * (an event is either in the store when read, or delivered after the listener was added) and
 * nothing is delivered twice.
 */
export function createEventHub(options: EventHubOptions): EventHub {
  const { store, report } = options;
  const pageSize = options.replayPageSize ?? 500;
  const listeners = new Map<string, Set<Listener>>();
  let deliveries: Promise<void> = Promise.resolve();

  const deliverAll = (events: readonly StoreEvent[]) => {
    for (const event of events) {
      const targets = listeners.get(keyOf(event.tenantId, event.stream));
      if (!targets) continue;
      const coreEvent = toCoreEvent(event);
      for (const listener of [...targets]) listener.deliver(coreEvent);
    }
  };

  const listen = (key: string, listener: Listener) => {
    let targets = listeners.get(key);
    if (!targets) {
      targets = new Set();
      listeners.set(key, targets);
    }
    targets.add(listener);
    return () => {
      const current = listeners.get(key);
      current?.delete(listener);
      if (current?.size === 0) listeners.delete(key);
    };
  };

  /** Calls a subscriber's callback; what it throws is reported, never passed on. */
  const safely = (during: string, callback: () => void) => {
    try {
      callback();
    } catch (error) {
      report(error, during);
    }
  };

  return {
    commit(batch) {
      const committed = store.commit(batch);
      const delivered = deliveries.then(() => committed).then((result) => deliverAll(result.events));
      deliveries = delivered.then(ignore, ignore);
      return delivered;
    },

    async subscribe(subscription) {
      const { tenantId, stream, afterSeq } = subscription;
      let lastSeq = afterSeq ?? 0;
      let startedAfter = lastSeq;
      let held: CoreEvent[] | undefined = [];
      let active = true;
      const pass = (event: CoreEvent) => {
        if (!active || event.seq <= lastSeq) return;
        lastSeq = event.seq;
        safely(`subscriber of ${stream}`, () => subscription.onEvent(event));
      };
      // After a gap the subscriber reloads its state as of `bounds.lastSeq` and continues from there,
      // also when it claimed to be ahead of the log (a reset store): live events must still flow.
      const gap = (bounds: { firstSeq: number; lastSeq: number }) => {
        lastSeq = bounds.lastSeq;
        startedAfter = lastSeq;
        safely(`subscriber of ${stream}`, () => subscription.onGap(bounds));
      };
      const stop = listen(keyOf(tenantId, stream), {
        deliver: (event) => (held ? held.push(event) : pass(event)),
      });
      try {
        const bounds = await store.streamBounds(tenantId, stream);
        if (afterSeq === undefined) {
          // Live events only: everything committed so far is the subscriber's starting state.
          lastSeq = bounds.lastSeq;
          startedAfter = lastSeq;
        } else if (afterSeq < bounds.firstSeq - 1 || afterSeq > bounds.lastSeq) {
          // Older than the retained log, or ahead of it (a log that was reset): either way the
          // subscriber's state cannot be brought up to date by replaying.
          gap(bounds);
        } else {
          for (;;) {
            const page = await store.readEvents(tenantId, stream, lastSeq, pageSize);
            const first = page[0];
            if (first && first.seq > lastSeq + 1) {
              // Trimmed while we were reading.
              gap(await store.streamBounds(tenantId, stream));
              break;
            }
            page.forEach((event) => pass(toCoreEvent(event)));
            if (page.length < pageSize) break;
          }
        }
      } catch (error) {
        stop();
        throw error;
      }
      const waiting = held;
      held = undefined;
      waiting.forEach(pass);
      return {
        startedAfter,
        close() {
          active = false;
          stop();
        },
      };
    },

    close() {
      listeners.clear();
    },
  };
}
