import type { TelephonyEvent, TelephonyListener } from './TelephonyEvent.js';

/** Receives what a listener threw, with the event it was handling. */
export type ListenerErrorHandler = (error: unknown, event: TelephonyEvent) => void;

/** The gateway's event fan-out: operations queue events, then flush them. */
export type TelephonyEmitter = {
  subscribe(listener: TelephonyListener): () => void;
  /** Queues an event; it reaches listeners at the next `flush`. */
  emit(event: TelephonyEvent): void;
  /** Delivers queued events; a no-op while already delivering (the outer flush carries on). */
  flush(): void;
};

/**
 * Synchronous delivery, in registration order, of one global sequence of events. Listeners react
 * by calling the gateway (the customer hung up → hang up the agent), which raises more events
 * mid-delivery; delivering those at once would show later listeners the reaction before its
 * cause. So events raised during delivery wait in the queue until every listener has had the
 * current one, and all listeners see the same order.
 */
export function createTelephonyEmitter(onListenerError: ListenerErrorHandler): TelephonyEmitter {
  type Subscription = { readonly listener: TelephonyListener; active: boolean };
  let subscriptions: Subscription[] = [];
  const queue: TelephonyEvent[] = [];
  let delivering = false;

  const deliver = (event: TelephonyEvent) => {
    // A copy: listeners may subscribe or unsubscribe while we iterate.
    for (const subscription of [...subscriptions]) {
      if (!subscription.active) continue;
      try {
        subscription.listener(event);
      } catch (error) {
        try {
          onListenerError(error, event);
        } catch {
          // The reporter itself failed; there is nobody left to tell, and the gateway must go on.
        }
      }
    }
  };

  return {
    subscribe(listener) {
      const subscription: Subscription = { listener, active: true };
      subscriptions.push(subscription);
      return () => {
        subscription.active = false;
        subscriptions = subscriptions.filter((entry) => entry !== subscription);
      };
    },
    emit(event) {
      queue.push(event);
    },
    flush() {
      if (delivering) return;
      delivering = true;
      try {
        for (let event = queue.shift(); event; event = queue.shift()) deliver(event);
      } finally {
        delivering = false;
      }
    },
  };
}
