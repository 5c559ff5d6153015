import { connect, type Messenger, type RemoteProxy } from 'penpal';
import { BridgeError } from '../../BridgeError.js';
import { BRIDGE_PROTOCOL_VERSION, bridgeHelloSchema, parseBridgePayload, type BridgeHello } from '../contract/index.js';
import { fromWireError, toWireError } from '../serializeBridgeError.js';
import type { EventTable, MethodTable, MethodsOf } from '../contract/index.js';
import type { BridgeLink, LinkHealth, Unlisten } from './BridgeLink.js';
import { createPendingCalls } from './createPendingCalls.js';
import { hostTimers, type LinkTimers } from './LinkTimers.js';
import { WIRE_CHANNEL, type WireAnswer, type WireMethods } from './WireMethods.js';

/** What {@link connectBridgeLink} needs; the shell and desktop entries fill most of it in. */
export type BridgeLinkOptions<
  Local extends MethodTable,
  Remote extends MethodTable,
  Outgoing extends EventTable,
  Incoming extends EventTable,
> = {
  side: 'shell' | 'desktop';
  /** Our methods (the contract's table) and the ones we implement: these are our capabilities. */
  local: { readonly table: Local; readonly implementation: Partial<MethodsOf<Local>> };
  remote: Remote;
  events: { readonly outgoing: Outgoing; readonly incoming: Incoming };
  /** A fresh messenger for each connection attempt (penpal uses one per connection). */
  createMessenger: () => Messenger;
  /** A new id for this side, unique per page load: the other side sees a reload as a new id. */
  newInstanceId: () => string;
  timers?: LinkTimers;
  /** How long one connection attempt waits for the other side. Default 10 s; then it tries again. */
  connectTimeoutMs?: number;
  /** Pause between connection attempts. Default 500 ms. */
  retryDelayMs?: number;
  /** Heartbeat: a ping every `intervalMs`; `missedBeats` unanswered in a row mark the link unhealthy. */
  heartbeat?: { readonly intervalMs: number; readonly missedBeats: number };
  /** Told about failures nobody awaits: a listener that threw, an event that broke the contract. */
  onError?: (error: unknown, during: string) => void;
  /**
   * Registrations with the other side: methods whose last successful call is made again when the
   * other side reloads (e.g. the desktop's `setClickToDialEnabled` and `setPanel` after the shell
   * page navigated), so the new page ends up in the state the old one was left in.
   */
  replayOnReconnect?: readonly (keyof Remote & string)[];
};

/** Events kept while the link is down, and events sent but not acknowledged, at most each; the oldest go first beyond it. */
const MAX_QUEUED_EVENTS = 100;

/** An event waiting for the link, or sent and waiting for the other side to acknowledge it. */
type OutgoingEvent = { readonly name: string; readonly payload: unknown };

/**
 * One side of the shell/desktop bridge over penpal: the handshake with protocol version and
 * capabilities, typed calls validated both ways with timeouts, events both ways, a heartbeat, and
 * recovery when the other side reloads (its calls in flight reject with DISCONNECTED, listeners
 * stay, queued events go out). Connection attempts repeat until the other side answers.
 */
export function connectBridgeLink<
  Local extends MethodTable,
  Remote extends MethodTable,
  Outgoing extends EventTable,
  Incoming extends EventTable,
>(options: BridgeLinkOptions<Local, Remote, Outgoing, Incoming>): BridgeLink<Remote, Outgoing, Incoming> {
  const timers = options.timers ?? hostTimers();
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const retryDelayMs = options.retryDelayMs ?? 500;
  const heartbeat = options.heartbeat ?? { intervalMs: 5_000, missedBeats: 3 };
  const report = (error: unknown, during: string) => {
    try {
      options.onError?.(error, during);
    } catch {
      // A failing error handler must not break the link.
    }
  };
  const { table: localTable, implementation } = options.local;
  const capabilities = Object.keys(localTable).filter((name) => typeof implementation[name] === 'function');
  const ownHello: BridgeHello = {
    protocolVersion: BRIDGE_PROTOCOL_VERSION,
    side: options.side,
    instanceId: options.newInstanceId(),
    capabilities,
  };
  // Timeouts are ours, never penpal's CallOptions: penpal arms its timer on `window` and keeps it
  // running after the reply, one per call, which would pile up over thousands of calls.
  const pending = createPendingCalls(timers);
  /** The handshake and the heartbeat: not calls of the contract, so a reload does not reject them. */
  const control = createPendingCalls(timers);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const healthListeners = new Set<(health: LinkHealth) => void>();
  const queuedEvents: OutgoingEvent[] = [];
  /**
   * Events sent and not yet acknowledged. A page that reloads drops whatever was on its way to it
   * (its port dies with it, silently), so when the other side comes back as a new instance these
   * go again, ahead of the queue: the new page never saw them. Delivery is at least once per page.
   */
  const unacknowledged = new Set<OutgoingEvent>();
  let health: LinkHealth = 'connecting';
  let closed = false;
  let proxy: RemoteProxy<WireMethods> | undefined;
  let connection: { destroy(): void } | undefined;
  let remoteHello: BridgeHello | undefined;
  let missedBeats = 0;
  let heartbeatTimer: unknown;
  let retryTimer: unknown;
  let signalReady: (() => void) | undefined;
  let failReady: ((error: BridgeError) => void) | undefined;
  const readyPromise = newReadyPromise();

  function newReadyPromise(): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => {
      signalReady = resolve;
      failReady = reject;
    });
    promise.catch(() => undefined);
    return promise;
  }

  const setHealth = (next: LinkHealth) => {
    if (health === next || health === 'closed') return;
    health = next;
    for (const listener of [...healthListeners]) {
      try {
        listener(next);
      } catch (error) {
        report(error, 'a health listener');
      }
    }
  };

  /** Takes the other side's hello, from its answer to ours or from its own call. */
  const acceptHello = (value: unknown): void => {
    const hello = parseBridgePayload(bridgeHelloSchema, value, 'hello');
    if (hello.protocolVersion !== BRIDGE_PROTOCOL_VERSION || hello.side === options.side) {
      throw new BridgeError({
        code: 'PROTOCOL_MISMATCH',
        message: `a ${options.side} speaking protocol ${BRIDGE_PROTOCOL_VERSION} met a ${hello.side} speaking ${hello.protocolVersion}`,
      });
    }
    const reloaded = remoteHello !== undefined && remoteHello.instanceId !== hello.instanceId;
    if (reloaded) {
      pending.rejectAll(`the ${hello.side} reloaded`);
      queuedEvents.unshift(...unacknowledged);
      unacknowledged.clear();
    }
    remoteHello = hello;
    missedBeats = 0;
    setHealth('healthy');
    signalReady?.();
    flushQueuedEvents();
    // After the other side has our hello answer: its handshake must be done before we call it.
    if (reloaded) void Promise.resolve().then(replayRegistrations);
  };

  const registrations = new Map<string, unknown>();
  const replayRegistrations = () => {
    for (const [method, params] of registrations) {
      link.call(method as keyof Remote & string, params as never).catch((error: unknown) => {
        report(error, `replaying ${method}`);
      });
    }
  };

  const send = (event: OutgoingEvent) => {
    // An unhealthy link keeps events too: the other side stopped answering, and anything sent now
    // would only pile up unanswered until it comes back.
    if (!proxy || !remoteHello || health === 'unhealthy') {
      queuedEvents.push(event);
      if (queuedEvents.length > MAX_QUEUED_EVENTS) queuedEvents.shift();
      return;
    }
    unacknowledged.add(event);
    if (unacknowledged.size > MAX_QUEUED_EVENTS)
      unacknowledged.delete(unacknowledged.values().next().value as OutgoingEvent);
    Promise.resolve(proxy.event(event.name, event.payload)).then(
      () => unacknowledged.delete(event),
      (error: unknown) => {
        unacknowledged.delete(event);
        report(error, `sending ${event.name}`);
      },
    );
  };
  const flushQueuedEvents = () => {
    for (const event of queuedEvents.splice(0)) send(event);
  };

  const wire: WireMethods = {
    hello(value) {
      try {
        acceptHello(value);
        return Promise.resolve({ ok: true, value: ownHello });
      } catch (error) {
        return Promise.resolve({ ok: false, error: toWireError(error) });
      }
    },
    async invoke(method, params) {
      try {
        if (typeof method !== 'string' || !capabilities.includes(method)) {
          throw new BridgeError({
            code: 'UNSUPPORTED',
            message: `this ${options.side} does not offer ${String(method)}`,
          });
        }
        const spec = localTable[method];
        const run = implementation[method];
        if (!spec || !run) throw new BridgeError({ code: 'UNSUPPORTED', message: `no ${method} here` });
        // The params were checked against this very schema: the cast only restates what the check proved.
        const checked = parseBridgePayload(spec.params, params, `${method}.params`) as Parameters<typeof run>[0];
        const result: unknown = await run(checked);
        return { ok: true, value: parseBridgePayload(spec.result, result, `${method}.result`) };
      } catch (error) {
        return { ok: false, error: toWireError(error) };
      }
    },
    event(name, payload) {
      const schema =
        typeof name === 'string' && Object.hasOwn(options.events.incoming, name)
          ? options.events.incoming[name]
          : undefined;
      if (typeof name !== 'string' || !schema) {
        report(
          new BridgeError({ code: 'INVALID_PAYLOAD', field: 'event', message: 'an unknown event arrived' }),
          'an event',
        );
        return;
      }
      let parsed: unknown;
      try {
        parsed = parseBridgePayload(schema, payload, name);
      } catch (error) {
        report(error, `the ${name} event`);
        return;
      }
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          listener(parsed);
        } catch (error) {
          report(error, `a ${name} listener`);
        }
      }
    },
    ping: () => 'pong',
  };

  const attempt = () => {
    if (closed) return;
    const current = connect<WireMethods>({
      messenger: options.createMessenger(),
      methods: wire,
      timeout: connectTimeoutMs,
      channel: WIRE_CHANNEL,
    });
    connection = current;
    current.promise
      .then(async (remote) => {
        if (closed) return;
        proxy = remote;
        const answer = await control.track('hello', connectTimeoutMs, () => remote.hello(ownHello));
        acceptHello(readAnswer(answer));
      })
      .catch((error: unknown) => {
        if (closed) return;
        if (error instanceof BridgeError && error.code === 'PROTOCOL_MISMATCH') {
          failReady?.(error);
          report(error, 'the handshake');
          setHealth('unhealthy');
          return;
        }
        current.destroy();
        proxy = undefined;
        retryTimer = timers.setTimeout(attempt, retryDelayMs);
      });
  };

  const beat = () => {
    heartbeatTimer = timers.setTimeout(() => {
      const remote = proxy;
      if (closed) return;
      if (!remote || !remoteHello) {
        beat();
        return;
      }
      control
        .track('ping', heartbeat.intervalMs, () => Promise.resolve(remote.ping()))
        .then(() => {
          missedBeats = 0;
          setHealth('healthy');
          flushQueuedEvents();
        })
        .catch(() => {
          missedBeats++;
          if (missedBeats >= heartbeat.missedBeats) setHealth('unhealthy');
        })
        .finally(() => {
          if (!closed) beat();
        });
    }, heartbeat.intervalMs);
  };

  attempt();
  beat();

  const link: BridgeLink<Remote, Outgoing, Incoming> = {
    ready: () => readyPromise,

    async call(method, params, callOptions) {
      if (closed) throw new BridgeError({ code: 'DISCONNECTED', message: 'the link is closed' });
      const spec = options.remote[method];
      if (!spec) throw new BridgeError({ code: 'UNSUPPORTED', message: `${method} is not in the contract` });
      const parsed = parseBridgePayload(spec.params, params, `${method}.params`);
      const refuseUnsupported = () => {
        if (remoteHello && !remoteHello.capabilities.includes(method)) {
          throw new BridgeError({ code: 'UNSUPPORTED', message: `the ${remoteHello.side} does not offer ${method}` });
        }
      };
      refuseUnsupported();
      const timeoutMs = callOptions?.timeoutMs ?? spec.timeoutMs;
      return pending.track(method, timeoutMs, async () => {
        await readyPromise;
        refuseUnsupported();
        const remote = proxy;
        if (!remote) throw new BridgeError({ code: 'DISCONNECTED', message: 'the link went down' });
        const answer = await remote.invoke(method, parsed);
        const result = parseBridgePayload(spec.result, readAnswer(answer), `${method}.result`) as never;
        if (options.replayOnReconnect?.includes(method)) registrations.set(method, parsed);
        return result;
      });
    },

    emit(event, payload) {
      const schema = options.events.outgoing[event];
      if (!schema)
        throw new BridgeError({ code: 'INVALID_PAYLOAD', field: 'event', message: `${event} is not in the contract` });
      send({ name: event, payload: parseBridgePayload(schema, payload, event) });
    },

    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      return () => {
        listeners.get(event)?.delete(listener);
      };
    },

    remoteCapabilities: () => remoteHello?.capabilities,
    health: () => health,
    onHealthChange(listener): Unlisten {
      healthListeners.add(listener);
      return () => healthListeners.delete(listener);
    },

    destroy() {
      if (closed) return;
      closed = true;
      timers.clearTimeout(heartbeatTimer);
      timers.clearTimeout(retryTimer);
      pending.rejectAll('the link was closed');
      control.rejectAll('the link was closed');
      failReady?.(new BridgeError({ code: 'DISCONNECTED', message: 'the link was closed' }));
      connection?.destroy();
      proxy = undefined;
      setHealth('closed');
      listeners.clear();
      healthListeners.clear();
    },
  };
  return link;
}

/** The value of a wire answer, or the BridgeError it carries. */
function readAnswer(answer: unknown): unknown {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
    const wireAnswer = answer as WireAnswer;
    if (wireAnswer.ok) return wireAnswer.value;
    throw fromWireError(wireAnswer.error);
  }
  throw new BridgeError({
    code: 'INVALID_PAYLOAD',
    field: 'answer',
    message: 'the other side answered off the protocol',
  });
}
