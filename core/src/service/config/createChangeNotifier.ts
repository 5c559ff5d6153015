import type { ConfigChange, ConfigChangeListener } from './ConfigChange.js';

/** Receives what a change listener threw, with the change it was handling. */
export type ChangeListenerErrorHandler = (error: unknown, change: ConfigChange) => void;

/** The fan-out of committed changes to `ConfigService.subscribe` listeners. */
export type ChangeNotifier = {
  subscribe(listener: ConfigChangeListener): () => void;
  /** Calls every listener with every change, in order. */
  notify(changes: readonly ConfigChange[]): void;
};

/**
 * Listeners run synchronously after the commit. One that throws must not stop the others nor fail
 * the write that was already committed, so its error goes to `onListenerError` instead.
 */
export function createChangeNotifier(onListenerError: ChangeListenerErrorHandler): ChangeNotifier {
  const listeners = new Set<{ listener: ConfigChangeListener }>();
  return {
    subscribe(listener) {
      // Wrapped, so the same function subscribed twice is called twice and unsubscribed once each.
      const entry = { listener };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    notify(changes) {
      for (const change of changes) {
        for (const entry of [...listeners]) {
          if (!listeners.has(entry)) continue;
          try {
            entry.listener(change);
          } catch (error) {
            try {
              onListenerError(error, change);
            } catch {
              // The reporter itself failed; the write is committed and the other listeners must still hear of it.
            }
          }
        }
      }
    },
  };
}
