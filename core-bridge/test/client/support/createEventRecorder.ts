import type { CoreEvent } from '@patchbay/core/contract';
import type { ConnectionState, CoreClient, CoreClientError, GapBounds } from '../../../src/client/index.js';

type Waiter = { test: () => boolean; resolve: () => void };

/**
 * Records what a client's event side reports (events, gaps, connection states, errors) and lets a
 * test wait for a condition on the record, checked after each report. No timeouts: jest's own
 * test timeout ends a wait that never comes true.
 */
export function createEventRecorder(client: CoreClient) {
  const events: CoreEvent[] = [];
  const gaps: { stream: string; bounds: GapBounds }[] = [];
  const states: ConnectionState[] = [];
  const errors: CoreClientError[] = [];
  const waiters = new Set<Waiter>();
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.test()) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  };
  client.events.onAny((event) => {
    events.push(event);
    check();
  });
  client.events.onGap((stream, bounds) => {
    gaps.push({ stream, bounds });
    check();
  });
  client.events.onConnectionChange((state) => {
    states.push(state);
    check();
  });
  client.events.onError((error) => {
    errors.push(error);
    check();
  });

  const until = (test: () => boolean) =>
    new Promise<void>((resolve) => {
      if (test()) resolve();
      else waiters.add({ test, resolve });
    });

  return {
    events,
    gaps,
    states,
    errors,
    until,
    /** Resolves with the first recorded event of `type` after the first `skip` of them. */
    async event(type: string, skip = 0) {
      const find = () => events.filter((event) => event.event.type === type)[skip];
      await until(() => find() !== undefined);
      return find() as CoreEvent;
    },
    /** Resolves once the connection state is `state` (now, or after the next changes). */
    state: (state: ConnectionState) => until(() => client.events.state === state),
    types: () => events.map((event) => event.event.type),
    seqs: () => events.map((event) => event.seq),
    /**
     * What `seqs()` holds when nothing was lost or repeated: consecutive seqs from the first one
     * delivered (a stream is followed from the moment of subscribing, not from its start).
     */
    consecutiveSeqs: () => events.map((_, index) => (events[0]?.seq ?? 0) + index),
  };
}

export type EventRecorder = ReturnType<typeof createEventRecorder>;
