import type { CoreEvent, EventPayload, EventType } from '@patchbay/core/contract';
import type { CoreClientError } from './CoreClientError.js';
import type { ConnectionState, CoreEvents, EventOfType, GapBounds, Unsubscribe } from './CoreEvents.js';

/** The app's handlers (`api`) and how the client calls them. */
export type EventListeners = {
  readonly api: Pick<CoreEvents, 'on' | 'onAny' | 'onGap' | 'onConnectionChange' | 'onError'>;
  emitEvent(event: CoreEvent): void;
  emitGap(stream: string, bounds: GapBounds): void;
  emitConnection(state: ConnectionState): void;
  emitError(error: CoreClientError): void;
};

type AnyHandler = (payload: EventPayload, event: CoreEvent) => void;

/**
 * The registry behind `client.events.on*`. Handlers run in registration order; one that throws is
 * reported to `reportHandlerError` and never keeps the others from running.
 */
export function createEventListeners(reportHandlerError: (error: unknown) => void): EventListeners {
  const byType = new Map<EventType, Set<AnyHandler>>();
  const anyHandlers = new Set<(event: CoreEvent) => void>();
  const gapHandlers = new Set<(stream: string, bounds: GapBounds) => void>();
  const connectionHandlers = new Set<(state: ConnectionState) => void>();
  const errorHandlers = new Set<(error: CoreClientError) => void>();

  const add = <H>(set: Set<H>, handler: H): Unsubscribe => {
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  };
  const run = <A extends unknown[]>(handlers: Iterable<(...args: A) => void>, ...args: A) => {
    for (const handler of [...handlers]) {
      try {
        handler(...args);
      } catch (error) {
        reportHandlerError(error);
      }
    }
  };

  return {
    api: {
      on(type, handler) {
        let handlers = byType.get(type);
        if (!handlers) {
          handlers = new Set();
          byType.set(type, handlers);
        }
        return add(handlers, (payload, event) => {
          if (isOfType(payload, type)) handler(payload, event);
        });
      },
      onAny: (handler) => add(anyHandlers, handler),
      onGap: (handler) => add(gapHandlers, handler),
      onConnectionChange: (handler) => add(connectionHandlers, handler),
      onError: (handler) => add(errorHandlers, handler),
    },
    emitEvent(event) {
      run(byType.get(event.event.type) ?? [], event.event, event);
      run(anyHandlers, event);
    },
    emitGap: (stream, bounds) => run(gapHandlers, stream, bounds),
    emitConnection: (state) => run(connectionHandlers, state),
    emitError: (error) => run(errorHandlers, error),
  };
}

function isOfType<T extends EventType>(payload: EventPayload, type: T): payload is EventOfType<T> {
  return payload.type === type;
}
