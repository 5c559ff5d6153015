import type { OpenCtiLibrary } from '../../../src/emulator/library/index.js';
import type { MessageEventLike } from '../../../src/emulator/protocol/index.js';

/** A message event as a browser builds it: a structured clone, the sender's origin and window. */
class FakeMessageEvent extends Event implements MessageEventLike {
  constructor(
    readonly data: unknown,
    readonly origin: string,
    readonly source: unknown,
  ) {
    super('message');
  }
}

type Listener = (event: MessageEventLike) => void;

/** The handle one window holds on another: posting through it names the holder as `source`. */
export type FakeWindowHandle = { postMessage(message: unknown, targetOrigin: string): void };

/** A window backed by an EventTarget, with what the Open CTI host and library read from it. */
export class FakeWindow {
  readonly #events = new EventTarget();
  readonly #wrapped = new Map<Listener, (event: Event) => void>();
  sforce?: { opencti?: OpenCtiLibrary };
  parent: FakeWindowHandle;

  constructor(
    readonly origin: string,
    readonly location: { readonly search: string; readonly protocol: string },
  ) {
    this.parent = { postMessage: () => undefined };
  }

  addEventListener(type: 'message', listener: Listener): void {
    const wrapped = (event: Event) => {
      if (event instanceof FakeMessageEvent) listener(event);
    };
    this.#wrapped.set(listener, wrapped);
    this.#events.addEventListener(type, wrapped);
  }

  removeEventListener(type: 'message', listener: Listener): void {
    const wrapped = this.#wrapped.get(listener);
    if (wrapped !== undefined) this.#events.removeEventListener(type, wrapped);
    this.#wrapped.delete(listener);
  }

  /** Delivers an event now; the pair calls it from a timer, as browsers deliver asynchronously. */
  dispatch(event: MessageEventLike): void {
    this.#events.dispatchEvent(new FakeMessageEvent(event.data, event.origin, event.source));
  }
}

export type FakeFramePairOptions = {
  parentOrigin: string;
  childOrigin: string;
  /** The softphone iframe's query string, e.g. `?sfdcIframeOrigin=…&mode=Lightning`. */
  childSearch: string;
};

export type FakeFramePair = {
  /** The Lightning page's window. */
  readonly parentWindow: FakeWindow;
  /** The softphone iframe's window; its `parent` posts to `parentWindow`. */
  readonly childWindow: FakeWindow;
  /** The iframe's `contentWindow` as the parent sees it: `source` of the child's messages. */
  readonly childHandle: FakeWindowHandle;
  /** Posts to the parent from some other window (a stranger frame) with any origin. */
  postToParentFrom(origin: string, message: unknown): FakeWindowHandle;
  /** Messages not delivered because the target origin did not match, with that target origin. */
  readonly undelivered: { targetOrigin: string; receiverOrigin: string }[];
  /** Resolves once every message posted so far (and any answers they caused) was delivered. */
  settled(): Promise<void>;
};

/**
 * Two fake windows, a Lightning page and its softphone iframe, joined like the browser joins them:
 * postMessage clones the data, delivers it on a later task, and only if the target origin equals
 * the receiver's origin exactly ('*' is never delivered, so code that uses it fails its tests).
 */
export function createFakeFramePair(options: FakeFramePairOptions): FakeFramePair {
  const protocolOf = (origin: string) => new URL(origin).protocol;
  const parentWindow = new FakeWindow(options.parentOrigin, { search: '', protocol: protocolOf(options.parentOrigin) });
  const childWindow = new FakeWindow(options.childOrigin, {
    search: options.childSearch,
    protocol: protocolOf(options.childOrigin),
  });
  const undelivered: FakeFramePair['undelivered'] = [];
  let pending = 0;

  /** A handle delivering to `receiver`, whose events name `senderOrigin` and `source()`. */
  const handleTo = (receiver: FakeWindow, senderOrigin: string, source: () => unknown): FakeWindowHandle => ({
    postMessage(message, targetOrigin) {
      if (targetOrigin !== receiver.origin) {
        undelivered.push({ targetOrigin, receiverOrigin: receiver.origin });
        return;
      }
      const data = structuredClone(message);
      pending += 1;
      setTimeout(() => {
        pending -= 1;
        receiver.dispatch({ data, origin: senderOrigin, source: source() });
      }, 0);
    },
  });

  // Fixed objects, like WindowProxies: the host compares `source` with the child's handle.
  const childHandle = handleTo(childWindow, options.parentOrigin, () => childWindow.parent);
  childWindow.parent = handleTo(parentWindow, options.childOrigin, () => childHandle);

  return {
    parentWindow,
    childWindow,
    childHandle,
    postToParentFrom(origin, message) {
      const stranger = handleTo(childWindow, options.parentOrigin, () => undefined);
      handleTo(parentWindow, origin, () => stranger).postMessage(message, parentWindow.origin);
      return stranger;
    },
    undelivered,
    async settled() {
      while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
