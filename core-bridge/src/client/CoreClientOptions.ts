import type { CoreTokens } from './CoreTokens.js';

/**
 * The timers the client uses (token refresh, reconnect backoff, connect timeout). Handles are
 * opaque, so browser numbers, Node `Timeout` objects and test clocks all fit.
 */
export type ClientTimers = {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** What the client reads from a socket's `close` event. */
export type SocketCloseEvent = { readonly code: number; readonly reason: string };

/** What the client reads from a socket's `message` event: text frames carry a string. */
export type SocketMessageEvent = { readonly data: unknown };

/**
 * The slice of the WHATWG WebSocket the client uses. The browser's `WebSocket` and the `ws`
 * package's both fit, so the client runs in browsers and in Node 20 (which has no global one).
 */
export type CoreSocket = {
  /** 1 = OPEN, as in the WebSocket standard. */
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: SocketMessageEvent) => void): void;
  addEventListener(type: 'close', listener: (event: SocketCloseEvent) => void): void;
};

/** A WebSocket constructor: `globalThis.WebSocket` in browsers, `ws`'s `WebSocket` in Node. */
export type CoreSocketConstructor = new (url: string) => CoreSocket;

/** Reconnect backoff: `initialDelayMs`, doubling per failed attempt up to `maxDelayMs`, with jitter. */
export type BackoffOptions = {
  /** Default 500 ms. */
  readonly initialDelayMs?: number;
  /** Default 15 s. */
  readonly maxDelayMs?: number;
  /**
   * Up to this fraction of each delay is taken off at random (default 0.5), so desktops that lost
   * the core together do not all come back in the same instant.
   */
  readonly jitter?: number;
};

/** Options of {@link createCoreClient}. */
export type CoreClientOptions = {
  /** The core's base URL, e.g. `https://patchbay.example.com` (http or https, no trailing path). */
  readonly baseUrl: string;
  /** Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /** Default `globalThis.WebSocket`; required in Node 20 (pass the `ws` package's `WebSocket`). */
  readonly WebSocket?: CoreSocketConstructor;
  /** Default the global `setTimeout` and `clearTimeout`. */
  readonly timers?: ClientTimers;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /** A number in [0, 1), for backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Called with every new set of tokens (sign-in, resume, each refresh): persist the refresh token here. */
  readonly onTokens?: (tokens: CoreTokens) => void;
  /** How long before expiry the access token is refreshed (default 60 s, at most half its lifetime). */
  readonly refreshLeadMs?: number;
  readonly backoff?: BackoffOptions;
  /** The socket must be authenticated and subscribed within this long, or it is retried. Default 10 s. */
  readonly connectTimeoutMs?: number;
  /**
   * Receives what the app's own handlers (`on`, `onAny`, `onTokens`...) throw, so one faulty
   * handler never stops delivery to the others. Default: rethrown from a fresh timer, which is
   * how browsers report an exception in an event listener.
   */
  readonly onHandlerError?: (error: unknown) => void;
};
