/** One `postMessage` call a fake window received: what and for which target origin. */
export type PostedMessage = { readonly message: unknown; readonly targetOrigin: string };

/** The parts of a `MessageEvent` the messenger reads; `ports` defaults to none. */
export type FakeMessageEvent = {
  readonly data: unknown;
  readonly origin: string;
  readonly source: unknown;
  readonly ports?: readonly MessagePort[];
};

type MessageListener = (event: MessageEvent) => void;

/**
 * A window reduced to what the bridge touches, with a browser's postMessage rule: a message is
 * delivered only when its target origin is `'*'` or this window's origin, later (a macrotask),
 * with the sender's origin and window as `origin` and `source`, and the transferred ports (Node's
 * real `MessagePort`s) as `ports`.
 */
export type FakeWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'postMessage'> & {
  readonly origin: string;
  /** Every postMessage made to this window, delivered or not. */
  readonly posted: PostedMessage[];
  /** The window whose script posts to this one (its origin and identity become the event's). */
  sender: FakeWindow | undefined;
  /** Hands an event to the `message` listeners right now, as the browser would. */
  dispatch(event: FakeMessageEvent): void;
  listenerCount(): number;
};

/** A fake window at `origin`; link two with {@link linkFakeWindows}. */
export function createFakeWindow(origin: string): FakeWindow {
  const listeners = new Set<MessageListener>();
  const asListener = (listener: unknown): MessageListener => {
    if (typeof listener !== 'function') throw new Error('the fake window takes function listeners only');
    return listener as MessageListener;
  };
  const self: FakeWindow = {
    origin,
    posted: [],
    sender: undefined,
    addEventListener: (type: string, listener: unknown) => {
      if (type === 'message') listeners.add(asListener(listener));
    },
    removeEventListener: (type: string, listener: unknown) => {
      if (type === 'message') listeners.delete(asListener(listener));
    },
    postMessage: (message: unknown, options?: string | WindowPostMessageOptions) => {
      const targetOrigin = typeof options === 'string' ? options : (options?.targetOrigin ?? '/');
      self.posted.push({ message, targetOrigin });
      const from = self.sender;
      if (!from || (targetOrigin !== '*' && targetOrigin !== origin)) return;
      const data = structuredClone(message);
      const transfer = typeof options === 'string' ? [] : (options?.transfer ?? []);
      const ports = transfer.filter((item): item is MessagePort => item instanceof MessagePort);
      setTimeout(() => {
        self.dispatch({ data, origin: from.origin, source: from, ports });
      }, 0);
    },
    dispatch: (event) => {
      const withPorts = { ports: [], ...event };
      for (const listener of [...listeners]) listener(withPorts as unknown as MessageEvent);
    },
    listenerCount: () => listeners.size,
  };
  return self;
}

/** Makes posts to each window come from the other, like a page and its iframe. */
export function linkFakeWindows(a: FakeWindow, b: FakeWindow): void {
  a.sender = b;
  b.sender = a;
}
