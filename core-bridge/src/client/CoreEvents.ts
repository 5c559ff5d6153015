import type { CoreEvent, EventPayload, EventType } from '@patchbay/core/contract';
import type { CoreClientError } from './CoreClientError.js';

/** The payload of the events of one type, e.g. `EventOfType<'contact.offered'>`. */
export type EventOfType<T extends EventType> = Extract<EventPayload, { readonly type: T }>;

/** A handler of one event type: the payload narrowed to that type, and the event with its stream and seq. */
export type CoreEventHandler<T extends EventType> = (payload: EventOfType<T>, event: CoreEvent) => void;

/**
 * `connecting`: opening, authenticating, subscribing, or waiting to retry after a drop. `open`:
 * authenticated and subscribed to every stream, events flowing. `closed`: not trying (never
 * connected, `disconnect()`, or the session ended).
 */
export type ConnectionState = 'connecting' | 'open' | 'closed';

/** The retained part of a stream when a replay could not reach back far enough. */
export type GapBounds = { readonly firstSeq: number; readonly lastSeq: number };

/** What `events.connect` subscribes to. */
export type ConnectOptions = {
  /** `agent:me`, `agent:<agentId>` (supervisors) or `tenant` (admins). */
  readonly streams: readonly string[];
};

/** Removes the handler it was returned for. */
export type Unsubscribe = () => void;

/**
 * The core's events over its WebSocket, with reconnect and replay: after a drop the client
 * reconnects with backoff, re-authenticates and resubscribes from the last seq it delivered per
 * stream, so handlers see every event once, in order. What the core no longer keeps arrives as a
 * gap instead (reload state over REST then).
 */
export type CoreEvents = {
  on<T extends EventType>(type: T, handler: CoreEventHandler<T>): Unsubscribe;
  /** Every event, after the handlers of its type. */
  onAny(handler: (event: CoreEvent) => void): Unsubscribe;
  /**
   * Events of `stream` were lost (older than the core's retained log, or a log that was reset):
   * reload the session and contacts over REST. Delivery continues after `bounds.lastSeq`.
   */
  onGap(handler: (stream: string, bounds: GapBounds) => void): Unsubscribe;
  onConnectionChange(handler: (state: ConnectionState) => void): Unsubscribe;
  /**
   * Problems that do not stop the client (a frame outside the contract, a refused subscription),
   * and the UNAUTHENTICATED error that does, when the session could not be renewed.
   */
  onError(handler: (error: CoreClientError) => void): Unsubscribe;
  readonly state: ConnectionState;
  /**
   * Opens the socket (once signed in) and subscribes to `streams`; called again while connected, it
   * adds streams. Throws CoreClientError INVALID_REQUEST for a bad stream name, UNAUTHENTICATED
   * before sign-in.
   */
  connect(options: ConnectOptions): void;
  /** Closes the socket and stops every timer (reconnect, token refresh). Seqs are kept for the next connect. */
  disconnect(): void;
};
