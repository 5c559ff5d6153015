import type {
  EventInput,
  EventPayload,
  EventTable,
  MethodParams,
  MethodResult,
  MethodTable,
} from '../contract/index.js';

/**
 * The state of the link as a desktop shows it: `connecting` until the first handshake, `healthy`
 * while heartbeats come back, `unhealthy` after missed ones, `closed` once destroyed.
 */
export type LinkHealth = 'connecting' | 'healthy' | 'unhealthy' | 'closed';

/** Per-call options. */
export type LinkCallOptions = {
  /** Overrides the method's default timeout. */
  readonly timeoutMs?: number;
};

/** A stop function for a listener. */
export type Unlisten = () => void;

/**
 * One side of the bridge: calls to the other side's methods, events both ways, and the link's
 * health. Calls reject with BridgeError: UNSUPPORTED (the other side does not offer the method),
 * TIMEOUT, DISCONNECTED (the other side reloaded, or the link was destroyed, with the call in
 * flight), INVALID_PAYLOAD (params, result or event off the contract), or the other side's own
 * error as it sent it.
 */
export type BridgeLink<Remote extends MethodTable, Outgoing extends EventTable, Incoming extends EventTable> = {
  /** Resolves once the first handshake is done; rejects if the link is destroyed first. */
  ready(): Promise<void>;
  call<K extends keyof Remote & string>(
    method: K,
    params: MethodParams<Remote, K>,
    options?: LinkCallOptions,
  ): Promise<MethodResult<Remote, K>>;
  /** Sends an event; while the link is down, events wait (up to a bound) and go once it is back. */
  emit<K extends keyof Outgoing & string>(event: K, payload: EventInput<Outgoing, K>): void;
  /** Listens to the other side's event; listeners stay across reconnects. */
  on<K extends keyof Incoming & string>(event: K, listener: (payload: EventPayload<Incoming, K>) => void): Unlisten;
  /** The methods the other side offers, once known. */
  remoteCapabilities(): readonly string[] | undefined;
  health(): LinkHealth;
  onHealthChange(listener: (health: LinkHealth) => void): Unlisten;
  /** Rejects calls in flight with DISCONNECTED, stops timers and closes the link. */
  destroy(): void;
};
