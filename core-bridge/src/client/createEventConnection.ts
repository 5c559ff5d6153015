import {
  SOCKET_CLOSE_CODES,
  parseContract,
  serverFrameSchema,
  streamNameSchema,
  type ClientFrame,
  type CoreEvent,
  type ServerFrame,
} from '@patchbay/core/contract';
import { computeBackoffDelay, type BackoffPolicy } from './computeBackoffDelay.js';
import type { EventListeners } from './createEventListeners.js';
import type { TokenKeeper } from './createTokenKeeper.js';
import { CoreClientError } from './CoreClientError.js';
import type { ClientTimers, CoreSocket, CoreSocketConstructor } from './CoreClientOptions.js';
import type { ConnectionState, ConnectOptions } from './CoreEvents.js';

/** What {@link createEventConnection} needs. */
export type EventConnectionOptions = {
  /** `ws(s)://…/api/v1/events`. */
  socketUrl: string;
  WebSocket: CoreSocketConstructor | undefined;
  timers: ClientTimers;
  random: () => number;
  backoff: BackoffPolicy;
  connectTimeoutMs: number;
  tokens: TokenKeeper;
  listeners: EventListeners;
};

/** The socket side of `client.events`. */
export type EventConnection = {
  connect(options: ConnectOptions): void;
  disconnect(): void;
  state(): ConnectionState;
};

/** A request on the socket still waiting for its answer; the core answers them in order. */
type Pending = { readonly type: 'auth' } | { readonly type: 'subscribe'; readonly requested: string };

/** One socket, from opening to close. */
type Link = {
  readonly socket: CoreSocket;
  readonly pending: Pending[];
  authenticated: boolean;
  /** The access token of the last `auth` frame sent. */
  sentToken: string | undefined;
};

const OPEN = 1;

/**
 * Runs the event socket: connect, `auth`, `subscribe` each stream from the last seq delivered,
 * then deliver. A drop (or a connect that does not finish in time) is retried with backoff; a
 * 4401 close retries with a renewed token. A token refresh sends a new `auth` on the open socket,
 * so the core never closes it for expiry. Events at or below the last delivered seq of their
 * stream are dropped, so overlapping replays never deliver twice. Frames outside the contract are
 * reported through `onError` and skipped.
 */
export function createEventConnection(options: EventConnectionOptions): EventConnection {
  const { tokens, listeners, timers } = options;
  /** The streams asked for, as asked (`agent:me`), in order. */
  const wanted = new Set<string>();
  /** What the core resolved each asked-for stream to (`agent:me` → `agent:ada`). Kept across connects. */
  const resolvedOf = new Map<string, string>();
  /** The last seq delivered (or skipped by a gap) per resolved stream. Kept across connects. */
  const lastSeq = new Map<string, number>();
  /** Whose streams `resolvedOf` and `lastSeq` describe (tenant, user): another user starts afresh. */
  let seqsOwner: string | undefined;
  let running = false;
  let current: ConnectionState = 'closed';
  let link: Link | undefined;
  let attempt = 0;
  let retryTimer: unknown;
  let connectTimer: unknown;
  /** Set after a 4401 close: the token the core refused, to renew before the next connect. */
  let refusedToken: string | undefined;
  /** Bumped on every start and stop, so an answer for an abandoned attempt is ignored. */
  let epoch = 0;

  const setState = (next: ConnectionState) => {
    if (current === next) return;
    current = next;
    listeners.emitConnection(next);
  };
  const protocolError = (message: string, issues?: CoreClientError['issues']) =>
    listeners.emitError(new CoreClientError({ code: 'PROTOCOL_ERROR', message, ...(issues ? { issues } : {}) }));
  const clearTimer = (timer: unknown) => {
    if (timer !== undefined) timers.clearTimeout(timer);
  };
  const send = (target: Link, frame: ClientFrame) => {
    try {
      target.socket.send(JSON.stringify(frame));
    } catch {
      // The socket is closing: its close event brings the reconnect.
    }
  };

  const sendAuth = (target: Link) => {
    const token = tokens.current()?.accessToken;
    if (token === undefined) return;
    target.sentToken = token;
    target.pending.push({ type: 'auth' });
    send(target, { type: 'auth', token });
  };

  const subscribe = (target: Link, streams: Iterable<string>) => {
    for (const requested of streams) {
      // A stream this client never followed starts from now: the app reads the current state over
      // REST. One it followed replays what it missed while away.
      const afterSeq = lastSeq.get(resolvedOf.get(requested) ?? requested);
      target.pending.push({ type: 'subscribe', requested });
      send(target, { type: 'subscribe', stream: requested, ...(afterSeq === undefined ? {} : { afterSeq }) });
    }
  };

  const settleIfSubscribed = (target: Link) => {
    if (!target.authenticated || target.pending.some((request) => request.type === 'subscribe')) return;
    clearTimer(connectTimer);
    connectTimer = undefined;
    attempt = 0;
    setState('open');
  };

  const answered = (target: Link, type: Pending['type']): Pending | undefined => {
    const index = target.pending.findIndex((request) => request.type === type);
    return index < 0 ? undefined : target.pending.splice(index, 1)[0];
  };

  const deliver = (event: CoreEvent) => {
    const last = lastSeq.get(event.stream);
    // The first event of a stream followed from now (it may come before `subscribed`) sets the place.
    if (last !== undefined && event.seq <= last) return;
    if (last !== undefined && event.seq > last + 1) {
      // The core promises gap frames for lost events; a silent jump still means state to reload.
      protocolError(`${event.stream} jumped from seq ${last} to ${event.seq} without a gap frame`);
      listeners.emitGap(event.stream, { firstSeq: last + 1, lastSeq: event.seq - 1 });
    }
    lastSeq.set(event.stream, event.seq);
    listeners.emitEvent(event);
  };

  const handleFrame = (target: Link, frame: ServerFrame) => {
    switch (frame.type) {
      case 'ready':
        answered(target, 'auth');
        // A refresh landed between sending `auth` and this answer: authenticate with the newer token.
        if (target.sentToken !== tokens.current()?.accessToken) sendAuth(target);
        if (!target.authenticated) {
          target.authenticated = true;
          subscribe(target, wanted);
          settleIfSubscribed(target);
        }
        return;
      case 'subscribed':
        answered(target, 'subscribe');
        resolvedOf.set(frame.requested, frame.stream);
        if (!lastSeq.has(frame.stream)) lastSeq.set(frame.stream, frame.lastSeq);
        settleIfSubscribed(target);
        return;
      case 'event':
        deliver(frame.event);
        return;
      case 'gap':
        lastSeq.set(frame.stream, frame.lastSeq);
        listeners.emitGap(frame.stream, { firstSeq: frame.firstSeq, lastSeq: frame.lastSeq });
        return;
      case 'error':
        handleErrorFrame(target, frame);
        return;
    }
  };

  const handleErrorFrame = (target: Link, frame: Extract<ServerFrame, { type: 'error' }>) => {
    const request = target.pending.shift();
    const field = frame.field ?? (request?.type === 'subscribe' ? 'streams' : undefined);
    listeners.emitError(
      new CoreClientError({
        code: frame.code,
        message:
          request?.type === 'subscribe' ? `subscribing to ${request.requested}: ${frame.message}` : frame.message,
        ...(field === undefined ? {} : { field }),
      }),
    );
    if (request?.type !== 'subscribe') return;
    // Refused (e.g. FORBIDDEN): asking again on every reconnect would be refused again.
    wanted.delete(request.requested);
    if (wanted.size === 0) stop(undefined);
    else settleIfSubscribed(target);
  };

  const handleMessage = (target: Link, data: unknown) => {
    if (typeof data !== 'string') {
      protocolError('the core sent a binary frame');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      protocolError('the core sent a frame that is not JSON');
      return;
    }
    const parsed = parseContract(serverFrameSchema, json);
    if (!parsed.ok) {
      protocolError(`the core sent a frame outside the contract (${parsed.issues[0].field})`, parsed.issues);
      return;
    }
    handleFrame(target, parsed.value);
  };

  const drop = (target: Link, closeCode: number | undefined) => {
    if (link !== target) return;
    link = undefined;
    clearTimer(connectTimer);
    connectTimer = undefined;
    try {
      target.socket.close();
    } catch {
      // Already closed.
    }
    if (!running) return;
    if (closeCode === SOCKET_CLOSE_CODES.UNAUTHENTICATED) refusedToken = target.sentToken ?? '';
    scheduleRetry();
  };

  const scheduleRetry = () => {
    setState('connecting');
    clearTimer(retryTimer);
    retryTimer = timers.setTimeout(start, computeBackoffDelay(attempt++, options.backoff, options.random()));
  };

  const openSocket = (Socket: CoreSocketConstructor) => {
    let socket: CoreSocket;
    try {
      socket = new Socket(options.socketUrl);
    } catch (error) {
      listeners.emitError(
        new CoreClientError({ code: 'NETWORK_ERROR', message: 'cannot open the socket', cause: error }),
      );
      scheduleRetry();
      return;
    }
    const target: Link = { socket, pending: [], authenticated: false, sentToken: undefined };
    link = target;
    connectTimer = timers.setTimeout(() => {
      connectTimer = undefined;
      if (link === target && current !== 'open') drop(target, undefined);
    }, options.connectTimeoutMs);
    socket.addEventListener('open', () => {
      if (link === target) sendAuth(target);
    });
    socket.addEventListener('message', (event) => {
      if (link === target) handleMessage(target, event.data);
    });
    socket.addEventListener('close', (event) => {
      drop(target, event.code);
    });
    // Needed even empty: a Node `ws` socket without an error listener throws. A close event follows.
    socket.addEventListener('error', () => undefined);
  };

  function start(): void {
    retryTimer = undefined;
    const Socket = options.WebSocket;
    if (!running || !Socket) return;
    setState('connecting');
    const startedIn = epoch;
    const refused = refusedToken;
    refusedToken = undefined;
    const token = refused === undefined ? tokens.accessToken() : tokens.renewAfterRejection(refused);
    token.then(
      () => {
        if (running && startedIn === epoch) openSocket(Socket);
      },
      (error: unknown) => {
        // A refused refresh has already stopped everything through onSignedOut.
        if (!running || startedIn !== epoch) return;
        if (error instanceof CoreClientError && error.code !== 'NETWORK_ERROR') listeners.emitError(error);
        scheduleRetry();
      },
    );
  }

  function stop(error: CoreClientError | undefined): void {
    running = false;
    epoch += 1;
    clearTimer(retryTimer);
    clearTimer(connectTimer);
    retryTimer = undefined;
    connectTimer = undefined;
    const closing = link;
    link = undefined;
    if (closing) {
      try {
        closing.socket.close(1000, 'disconnect');
      } catch {
        // Already closed.
      }
    }
    tokens.keepFresh(false);
    wanted.clear();
    attempt = 0;
    refusedToken = undefined;
    setState('closed');
    if (error) listeners.emitError(error);
  }

  tokens.onChange(() => {
    if (link?.authenticated && link.socket.readyState === OPEN) sendAuth(link);
  });
  tokens.onSignedOut((error) => {
    if (running) stop(error);
  });

  return {
    connect({ streams }) {
      if (!options.WebSocket) {
        throw new CoreClientError({
          code: 'INVALID_REQUEST',
          field: 'WebSocket',
          message: 'no WebSocket implementation: pass options.WebSocket (in Node, the ws package)',
        });
      }
      if (streams.length === 0) {
        throw new CoreClientError({ code: 'INVALID_REQUEST', field: 'streams', message: 'name at least one stream' });
      }
      streams.forEach((stream, index) => {
        const parsed = parseContract(streamNameSchema, stream);
        if (!parsed.ok) {
          const field = `streams.${index}`;
          const message = `${field} ${parsed.issues[0].message}`;
          throw new CoreClientError({ code: 'INVALID_REQUEST', field, message });
        }
      });
      // UNAUTHENTICATED before sign-in, SIGNED_OUT after `auth.signOut`.
      const { tenantId, userId } = tokens.requireTokens();
      const owner = JSON.stringify([tenantId, userId]);
      if (!running && owner !== seqsOwner) {
        // After a sign-out and a sign-in as someone else, `agent:me` is another stream altogether.
        resolvedOf.clear();
        lastSeq.clear();
        seqsOwner = owner;
      }
      const added = streams.filter((stream) => !wanted.has(stream));
      added.forEach((stream) => wanted.add(stream));
      if (running) {
        if (link?.authenticated && added.length > 0) {
          subscribe(link, added);
          setState('connecting');
        }
        return;
      }
      running = true;
      epoch += 1;
      tokens.keepFresh(true);
      start();
    },
    disconnect: () => {
      if (running || current !== 'closed') stop(undefined);
    },
    state: () => current,
  };
}
