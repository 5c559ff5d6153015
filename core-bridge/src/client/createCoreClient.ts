import { computeBackoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './computeBackoffDelay.js';
import { createApiFetch } from './createApiFetch.js';
import { createAuthorizedFetch } from './createAuthorizedFetch.js';
import { createCoreCommands } from './createCoreCommands.js';
import { createEventConnection } from './createEventConnection.js';
import { createEventListeners } from './createEventListeners.js';
import { createTokenKeeper } from './createTokenKeeper.js';
import type { CoreClient } from './CoreClient.js';
import { CoreClientError } from './CoreClientError.js';
import type { ClientTimers, CoreClientOptions } from './CoreClientOptions.js';

/**
 * Creates a typed client of the core at `options.baseUrl`. Nothing is sent until `auth.signIn` or
 * `auth.resume`; events flow after `events.connect`. Every host global (fetch, WebSocket, timers,
 * clock, random) can be injected. Throws CoreClientError INVALID_REQUEST for a bad `baseUrl`.
 */
export function createCoreClient(options: CoreClientOptions): CoreClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const timers = options.timers ?? defaultTimers();
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? (() => Math.random());
  const backoff: BackoffPolicy = { ...DEFAULT_BACKOFF, ...definedOnly(options.backoff ?? {}) };
  const reportHandlerError =
    options.onHandlerError ??
    ((error: unknown) =>
      timers.setTimeout(() => {
        throw error;
      }, 0));
  // Called unbound: browsers refuse a fetch called as a method of another object.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const apiFetch = createApiFetch(baseUrl, send);

  const tokens = createTokenKeeper({
    apiFetch,
    now,
    timers,
    refreshLeadMs: options.refreshLeadMs ?? 60_000,
    retryDelay: (attempt) => computeBackoffDelay(attempt, backoff, random()),
    onTokens: options.onTokens,
    reportHandlerError,
  });
  const listeners = createEventListeners(reportHandlerError);
  const connection = createEventConnection({
    socketUrl: `${baseUrl.replace(/^http/, 'ws')}/api/v1/events`,
    WebSocket: options.WebSocket ?? globalWebSocket(),
    timers,
    random,
    backoff,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    tokens,
    listeners,
  });

  return {
    ...createCoreCommands(createAuthorizedFetch(apiFetch, tokens)),
    auth: {
      signIn: (request) => tokens.signIn(request),
      resume: (request) => tokens.resume(request),
      tokens: () => tokens.current(),
      signOut: () => {
        // First, so no reconnect or refresh starts with tokens about to be revoked.
        connection.disconnect();
        return tokens.signOut();
      },
    },
    events: {
      ...listeners.api,
      get state() {
        return connection.state();
      },
      connect: (connectOptions) => connection.connect(connectOptions),
      disconnect: () => connection.disconnect(),
    },
  };
}

function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (error) {
    throw new CoreClientError({
      code: 'INVALID_REQUEST',
      field: 'baseUrl',
      message: 'baseUrl is not a URL',
      cause: error,
    });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new CoreClientError({
      code: 'INVALID_REQUEST',
      field: 'baseUrl',
      message: 'baseUrl must be an http(s) URL without query or fragment',
    });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function defaultTimers(): ClientTimers {
  return {
    setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
    // The handle came from the global setTimeout above, whatever its type on this host.
    clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
  };
}

// Node 20 has no global WebSocket: its absence is reported when `events.connect` is called.
function globalWebSocket(): CoreClientOptions['WebSocket'] {
  return typeof globalThis.WebSocket === 'function' ? globalThis.WebSocket : undefined;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined)) as Partial<T>;
}
