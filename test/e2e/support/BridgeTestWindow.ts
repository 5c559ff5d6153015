/**
 * What a call made inside a page settled with, as plain data (a BridgeError's own fields, since an
 * Error instance does not survive `evaluate`).
 */
export type CallOutcome<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly name: string;
      readonly code: string | undefined;
      readonly field: string | undefined;
      readonly details: unknown;
      readonly message: string;
    };

/** What a BridgeError thrown by a page's implementation is made from (BridgeError's options). */
export type FailureSpec = {
  readonly code: string;
  readonly message?: string;
  readonly field?: string;
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
};

/** A plain copy of what a page saw, taken inside the page (Sets and Maps do not cross `evaluate`). */
export type HooksSnapshot = {
  /** The methods this page implements (its capabilities). */
  readonly capabilities: readonly string[];
  /** How many times each of this page's methods ran. */
  readonly callCounts: Readonly<Record<string, number>>;
  /** The params of the last run of each method. */
  readonly lastParams: Readonly<Record<string, unknown>>;
  /** Events heard from the other side, in order. */
  readonly events: readonly { readonly name: string; readonly payload: unknown }[];
  /** Dropped messages by `"<reason> <origin>"`, as the messenger's `onDropped` reported them. */
  readonly drops: Readonly<Record<string, number>>;
  readonly dropTotal: number;
  /** Every health change, in order. */
  readonly health: readonly string[];
  /** What the link's `onError` reported, as `"<during>: <message>"`. */
  readonly errors: readonly string[];
};

/**
 * The test hooks the shell and desktop pages put on `window.test` (see `bridgePageHtml.ts`). The
 * link is typed loosely here because `evaluate` bodies cannot see the test's types; the drivers in
 * `bridgeDriver.ts` put the contract's types back on top.
 */
export type BridgeTestHooks = {
  call(method: string, params: unknown, options: { timeoutMs: number } | null): Promise<CallOutcome>;
  /** Starts a call and keeps its outcome under `id`, for calls that must be in flight across a step. */
  start(id: string, method: string, params: unknown, options: { timeoutMs: number } | null): void;
  /** The outcome of a call made by `start`, once it settles. */
  outcome(id: string): Promise<CallOutcome>;
  /** Runs `count` calls one after another; resolves with how many succeeded. */
  repeat(count: number, method: string, params: unknown): Promise<number>;
  emit(event: string, payload: unknown): void;
  /** From now on, method `name` of this page never answers. */
  hang(name: string): void;
  /** From now on, method `name` of this page throws `new BridgeError(failure)`. */
  fail(name: string, failure: FailureSpec): void;
  snapshot(): HooksSnapshot;
  health(): string;
  remoteCapabilities(): readonly string[] | null;
};

/** A shell or desktop page's window as the tests see it. */
export type BridgeTestWindow = Window & {
  test?: BridgeTestHooks;
  /** On a desktop page opened with `?hold`: connects it (until then it is loaded but not connected). */
  connectNow?: () => void;
  /** Set by the desktop page when `connectShell` threw (e.g. ORIGIN_REJECTED). */
  connectError?: { readonly name: string; readonly code: string | undefined; readonly field: string | undefined };
};
