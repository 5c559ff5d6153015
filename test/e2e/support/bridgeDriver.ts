import type { Frame } from 'playwright-core';
import type {
  DESKTOP_EVENTS,
  DESKTOP_METHODS,
  EventPayload,
  EventTable,
  MethodParams,
  MethodResult,
  MethodTable,
  SHELL_EVENTS,
  SHELL_METHODS,
} from '../../../core-bridge/src/bridge/contract/index.js';
import type { BridgeTestWindow, CallOutcome, FailureSpec, HooksSnapshot } from './BridgeTestWindow.js';

/**
 * One side of the bridge inside a browser frame, driven from the test: the page's hooks with the
 * contract's types on top. `Remote` is the other side's method table, `Outgoing` the events this
 * side sends and `Local` the methods this side implements.
 */
export type BridgeDriver<Local extends MethodTable, Remote extends MethodTable, Outgoing extends EventTable> = {
  readonly frame: Frame;
  call<K extends keyof Remote & string>(
    method: K,
    params: MethodParams<Remote, K>,
    options?: { timeoutMs: number },
  ): Promise<CallOutcome<MethodResult<Remote, K>>>;
  /** Starts a call that stays in flight; read its outcome later with {@link BridgeDriver.outcome}. */
  start<K extends keyof Remote & string>(
    id: string,
    method: K,
    params: MethodParams<Remote, K>,
    options?: { timeoutMs: number },
  ): Promise<void>;
  outcome(id: string): Promise<CallOutcome>;
  /** Makes `count` sequential calls inside the page (one `evaluate`, not one per call). */
  repeat<K extends keyof Remote & string>(count: number, method: K, params: MethodParams<Remote, K>): Promise<number>;
  emit<K extends keyof Outgoing & string>(event: K, payload: EventPayload<Outgoing, K>): Promise<void>;
  hang(method: keyof Local & string): Promise<void>;
  fail(method: keyof Local & string, failure: FailureSpec): Promise<void>;
  snapshot(): Promise<HooksSnapshot>;
  health(): Promise<string>;
  remoteCapabilities(): Promise<readonly string[] | null>;
  /** Waits until the page's link reports `healthy`. */
  untilHealthy(): Promise<void>;
  /** Waits until the page heard at least `count` events. */
  untilEvents(count: number): Promise<void>;
};

/** The shell page, driven from the test: it calls desktop methods and sends shell events. */
export type ShellDriver = BridgeDriver<typeof SHELL_METHODS, typeof DESKTOP_METHODS, typeof SHELL_EVENTS>;
/** The desktop page, driven from the test: it calls shell methods and sends desktop events. */
export type DesktopDriver = BridgeDriver<typeof DESKTOP_METHODS, typeof SHELL_METHODS, typeof DESKTOP_EVENTS>;

/** Wraps a shell or desktop frame (see bridgePageHtml.ts) in a typed driver. */
export function bridgeDriver<Local extends MethodTable, Remote extends MethodTable, Outgoing extends EventTable>(
  frame: Frame,
): BridgeDriver<Local, Remote, Outgoing> {
  // evaluate bodies are serialized into the page: they reach the page's globals only, so each one
  // looks the hooks up itself, and what they return is the page's word (typed by the contract).
  return {
    frame,
    call: (method, params, options) =>
      frame.evaluate(
        ([name, args, callOptions]) => {
          const hooks = (window as BridgeTestWindow).test;
          if (!hooks) throw new Error('no bridge test hooks');
          return hooks.call(name, args, callOptions);
        },
        [method, params as unknown, options ?? null] as const,
      ),
    start: (id, method, params, options) =>
      frame.evaluate(
        ([callId, name, args, callOptions]) => {
          (window as BridgeTestWindow).test?.start(callId, name, args, callOptions);
        },
        [id, method, params as unknown, options ?? null] as const,
      ),
    outcome: (id) =>
      frame.evaluate((callId) => {
        const hooks = (window as BridgeTestWindow).test;
        if (!hooks) throw new Error('no bridge test hooks');
        return hooks.outcome(callId);
      }, id),
    repeat: (count, method, params) =>
      frame.evaluate(
        ([times, name, args]) => {
          const hooks = (window as BridgeTestWindow).test;
          if (!hooks) throw new Error('no bridge test hooks');
          return hooks.repeat(times, name, args);
        },
        [count, method, params as unknown] as const,
      ),
    emit: (event, payload) =>
      frame.evaluate(
        ([name, data]) => {
          (window as BridgeTestWindow).test?.emit(name, data);
        },
        [event, payload as unknown] as const,
      ),
    hang: (method) =>
      frame.evaluate((name) => {
        (window as BridgeTestWindow).test?.hang(name);
      }, method),
    fail: (method, failure) =>
      frame.evaluate(
        ([name, spec]) => {
          (window as BridgeTestWindow).test?.fail(name, spec);
        },
        [method, failure] as const,
      ),
    snapshot: () =>
      frame.evaluate(() => {
        const hooks = (window as BridgeTestWindow).test;
        if (!hooks) throw new Error('no bridge test hooks');
        return hooks.snapshot();
      }),
    health: () => frame.evaluate(() => (window as BridgeTestWindow).test?.health() ?? 'no hooks'),
    remoteCapabilities: () => frame.evaluate(() => (window as BridgeTestWindow).test?.remoteCapabilities() ?? null),
    untilHealthy: async () => {
      await frame.waitForFunction(() => (window as BridgeTestWindow).test?.health() === 'healthy');
    },
    untilEvents: async (count) => {
      await frame.waitForFunction((atLeast) => {
        const hooks = (window as BridgeTestWindow).test;
        return hooks !== undefined && hooks.snapshot().events.length >= atLeast;
      }, count);
    },
  };
}
