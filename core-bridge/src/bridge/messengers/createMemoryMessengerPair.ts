import type { InitializeMessengerOptions, Message, MessageHandler, Messenger } from 'penpal';

/** Runs a delivery later, as a macrotask, like the browser's message event queue. */
export type ScheduleDelivery = (deliver: () => void) => void;

/** Two linked in-memory messengers and the switches a test needs to break the link between them. */
export type MemoryMessengerPair = {
  /** Side A (e.g. the shell). It lives as long as the pair. */
  readonly a: Messenger;
  /** Side B (e.g. the desktop) as of now: {@link MemoryMessengerPair.replaceB} changes it. */
  readonly b: Messenger;
  /** From now on every message, either way, is dropped, and so is any already in flight: a dead link. */
  cut(): void;
  /** Messages sent from now on flow again; the ones dropped meanwhile, or in flight at the cut, stay lost. */
  restore(): void;
  /**
   * Simulates a reload of side B: returns a fresh messenger for B linked to the same A. The old B
   * is detached both ways (it neither hears A nor reaches it, as a page that is gone), so messages
   * in flight to or from it are lost. penpal takes one messenger per `connect`, hence a new one.
   */
  replaceB(): Messenger;
};

/** Options of {@link createMemoryMessengerPair}. */
export type MemoryMessengerPairOptions = {
  /** How deliveries are deferred. Default `setTimeout(deliver, 0)`, in browsers and Node alike. */
  schedule?: ScheduleDelivery;
};

type Endpoint = Messenger & {
  /** Hands a message to this side's handlers, if it is still attached and initialized. */
  receive(message: unknown): void;
  detach(): void;
};

/**
 * Two penpal messengers linked in memory, for unit tests of the bridge in Node without a DOM.
 * Like `postMessage`, each send is structured-cloned at once (later changes by the sender do not
 * show; uncloneable data throws a `DataCloneError`, which penpal handles) and delivered later, in
 * a macrotask, so nothing a test does runs re-entrantly inside a send.
 */
export function createMemoryMessengerPair(options: MemoryMessengerPairOptions = {}): MemoryMessengerPair {
  const schedule = options.schedule ?? ((deliver) => void globalThis.setTimeout(deliver, 0));
  let linked = true;
  // Bumped by every cut, so a message in flight across a cut stays lost even after a restore.
  let cuts = 0;

  const send = (message: Message, transferables: Transferable[] | undefined, to: () => Endpoint) => {
    if (!linked) return;
    const copy: unknown = structuredClone(message, transferables ? { transfer: transferables } : undefined);
    const sentDuring = cuts;
    // The receiver is fixed at send time: a message sent to B before a reload must not reach the new B.
    const receiver = to();
    schedule(() => {
      if (linked && sentDuring === cuts && receiver === to()) receiver.receive(copy);
    });
  };

  const a = createEndpoint((message, transferables) => {
    send(message, transferables, () => b);
  });
  const newB = (): Endpoint => {
    const endpoint: Endpoint = createEndpoint((message, transferables) => {
      // A detached (reloaded-away) B is gone: what it still sends goes nowhere.
      if (endpoint === b) send(message, transferables, () => a);
    });
    return endpoint;
  };
  let b = newB();

  return {
    a,
    get b() {
      return b;
    },
    cut: () => {
      linked = false;
      cuts += 1;
    },
    restore: () => {
      linked = true;
    },
    replaceB: () => {
      b.detach();
      b = newB();
      return b;
    },
  };
}

function createEndpoint(post: (message: Message, transferables: Transferable[] | undefined) => void): Endpoint {
  const handlers = new Set<MessageHandler>();
  let validate: InitializeMessengerOptions['validateReceivedMessage'] | undefined;
  let attached = true;
  return {
    initialize: (init) => {
      validate = init.validateReceivedMessage;
    },
    sendMessage: (message, transferables) => {
      if (attached) post(message, transferables);
    },
    addMessageHandler: (handler) => {
      handlers.add(handler);
    },
    removeMessageHandler: (handler) => {
      handlers.delete(handler);
    },
    destroy: () => {
      // penpal sends its DESTROY before destroying the messenger, so that one still goes out.
      attached = false;
      handlers.clear();
    },
    receive: (message) => {
      if (!attached || !validate?.(message)) return;
      for (const handler of [...handlers]) handler(message);
    },
    detach: () => {
      attached = false;
      handlers.clear();
    },
  };
}
