import type { FastifyInstance } from 'fastify';
import type { WebSocket } from '@fastify/websocket';
import { AuthError } from '../auth/AuthError.js';
import type { AuthService } from '../auth/createAuthService.js';
import type { Principal } from '../auth/Principal.js';
import {
  SOCKET_CLOSE_CODES,
  clientFrameSchema,
  parseContract,
  type ClientFrame,
  type ServerFrame,
} from '../contract/index.js';
import type { ContactCenterRuntime, StreamSubscription } from '../service/runtime/ContactCenterRuntime.js';
import type { Scheduler, TimerHandle } from '../time/Scheduler.js';
import type { AgentAccess } from './access/createAgentAccess.js';
import { toApiError } from './toApiError.js';

export type EventSocketOptions = {
  auth: AuthService;
  runtime: ContactCenterRuntime;
  access: AgentAccess;
  scheduler: Scheduler;
  /** A connection must authenticate within this long. Default 10 s. */
  authTimeoutMs?: number;
  /** A client that lets this much pile up unread is dropped; it reconnects and replays. Default 4 MiB. */
  maxBufferedBytes?: number;
  /**
   * Every this many seconds the core pings each socket, and drops one that has not answered the
   * previous ping with a pong (browsers and `ws` answer by themselves). Default 30.
   */
  heartbeatSeconds?: number;
};

/**
 * The event WebSocket at `/api/v1/events`. The first frame authenticates (`auth`), then the client
 * subscribes to streams with the last seq it has; it gets what it missed, then live events, or a
 * `gap` frame when the replay is older than the log. Sending `auth` again with a fresh token keeps
 * the socket open past the first token's expiry. Bad frames get an `error` frame and change nothing.
 * A heartbeat drops sockets whose peer went away without closing (a laptop lid, a cut network), and
 * a sign-out (`AuthService.revoke`) closes the sockets of the revoked session with 4401.
 */
export function registerEventSocket(app: FastifyInstance, options: EventSocketOptions): void {
  const heartbeatSeconds = options.heartbeatSeconds ?? 30;
  if (!(heartbeatSeconds > 0)) throw new RangeError('heartbeatSeconds must be positive');
  app.get('/api/v1/events', { websocket: true }, (socket) => {
    serveConnection(socket, options, heartbeatSeconds * 1000);
  });
}

function serveConnection(socket: WebSocket, options: EventSocketOptions, heartbeatMs: number): void {
  const { auth, runtime, access, scheduler } = options;
  const maxBuffered = options.maxBufferedBytes ?? 4 * 1024 * 1024;
  const subscriptions = new Map<string, StreamSubscription>();
  let principal: Principal | undefined;
  let expiryTimer: TimerHandle | undefined;
  let closed = false;

  const send = (frame: ServerFrame) => {
    if (closed) return;
    if (socket.bufferedAmount > maxBuffered) {
      socket.close(1013, 'client too slow: reconnect and replay');
      return;
    }
    socket.send(JSON.stringify(frame));
  };
  const sendError = (error: unknown) => {
    const { body } = toApiError(error);
    send({
      type: 'error',
      code: body.error.code,
      message: body.error.message,
      ...(body.error.field ? { field: body.error.field } : {}),
    });
  };
  const closeUnauthenticated = (reason: string) => socket.close(SOCKET_CLOSE_CODES.UNAUTHENTICATED, reason);

  // A peer that vanished never sends a close; only a missing pong tells. Terminate, not close: a
  // closing handshake would wait for that same peer.
  let awaitingPong = false;
  const beat = () => {
    if (closed) return;
    if (awaitingPong) {
      socket.terminate();
      return;
    }
    awaitingPong = true;
    socket.ping();
    heartbeatTimer = scheduler.setTimer(heartbeatMs, beat);
  };
  let heartbeatTimer = scheduler.setTimer(heartbeatMs, beat);
  socket.on('pong', () => {
    awaitingPong = false;
  });

  const stopRevocationWatch = auth.onSessionRevoked((session) => {
    if (
      principal?.sessionId === session.sessionId &&
      principal.tenantId === session.tenantId &&
      principal.userId === session.userId
    ) {
      closeUnauthenticated('signed out');
    }
  });

  const authTimer = scheduler.setTimer(options.authTimeoutMs ?? 10_000, () => {
    if (!principal) closeUnauthenticated('authenticate first');
  });

  const authenticate = async (token: string) => {
    const next = await auth.authenticate(`Bearer ${token}`);
    if (principal && (principal.tenantId !== next.tenantId || principal.userId !== next.userId)) {
      closeUnauthenticated('a connection keeps one identity');
      return;
    }
    principal = next;
    scheduler.clearTimer(authTimer);
    if (expiryTimer) scheduler.clearTimer(expiryTimer);
    const expiresAt = next.expiresAt ?? scheduler.now();
    expiryTimer = scheduler.setTimer(Math.max(0, expiresAt - scheduler.now()), () =>
      closeUnauthenticated('token expired'),
    );
    send({ type: 'ready', tenantId: next.tenantId, userId: next.userId, expiresAt });
  };

  const resolveStream = async (caller: Principal, requested: string): Promise<string> => {
    if (requested === 'tenant') {
      if (!caller.roles.includes('admin')) throw new AuthError('FORBIDDEN', 'the tenant stream is for admins');
      return requested;
    }
    return `agent:${await access.resolveAgent(caller, requested.slice('agent:'.length))}`;
  };

  const subscribe = async (caller: Principal, frame: Extract<ClientFrame, { type: 'subscribe' }>) => {
    const stream = await resolveStream(caller, frame.stream);
    subscriptions.get(stream)?.close();
    subscriptions.delete(stream);
    const subscription = await runtime.subscribe({
      tenantId: caller.tenantId,
      stream,
      afterSeq: frame.afterSeq,
      onEvent: (event) => send({ type: 'event', event }),
      onGap: (bounds) => send({ type: 'gap', stream, ...bounds }),
    });
    if (closed) subscription.close();
    else subscriptions.set(stream, subscription);
    send({ type: 'subscribed', stream, requested: frame.stream, lastSeq: subscription.startedAfter });
  };

  const handle = async (frame: ClientFrame) => {
    if (frame.type === 'auth') return authenticate(frame.token);
    if (!principal) throw new AuthError('UNAUTHENTICATED', 'authenticate first');
    if (frame.type === 'subscribe') return subscribe(principal, frame);
    const stream = frame.stream === 'agent:me' ? `agent:${principal.userId}` : frame.stream;
    subscriptions.get(stream)?.close();
    subscriptions.delete(stream);
  };

  // Frames are handled one at a time, in order, so a subscribe never overtakes the auth before it.
  let queue = Promise.resolve();
  socket.on('message', (data, isBinary) => {
    queue = queue.then(async () => {
      try {
        const parsed = parseContract(clientFrameSchema, isBinary ? undefined : safeJson(dataToText(data)));
        if (!parsed.ok) {
          send({
            type: 'error',
            code: 'INVALID_REQUEST',
            message: parsed.issues[0].message,
            field: parsed.issues[0].field,
          });
          return;
        }
        await handle(parsed.value);
      } catch (error) {
        if (error instanceof AuthError && error.code !== 'FORBIDDEN' && !principal) closeUnauthenticated(error.message);
        else sendError(error);
      }
    });
  });

  socket.on('close', () => {
    closed = true;
    scheduler.clearTimer(authTimer);
    scheduler.clearTimer(heartbeatTimer);
    stopRevocationWatch();
    if (expiryTimer) scheduler.clearTimer(expiryTimer);
    for (const subscription of subscriptions.values()) subscription.close();
    subscriptions.clear();
  });
}

function dataToText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
