import type { InitializeMessengerOptions, Message, MessageHandler, Messenger } from 'penpal';
import { BridgeError } from '../../BridgeError.js';
import type { OriginAllowlist } from '../../createOriginAllowlist.js';

/** Why a received message was dropped: foreign origin, foreign window, or not a penpal message. */
export type DropReason = 'origin' | 'source' | 'shape';

/** What {@link createWindowMessenger} needs; every window is injected so tests use plain fakes. */
export type WindowMessengerOptions = {
  /** Our own window, where `message` events arrive. */
  localWindow: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /**
   * The other side's window, read at every send and receive: an iframe's `contentWindow` is null
   * until the iframe is attached, so it cannot be captured once.
   */
  remoteWindow: () => Pick<Window, 'postMessage'> | null;
  /** Who may be heard at all. */
  allowlist: OriginAllowlist;
  /** The one concrete origin we post to and accept from; it must be allowed by `allowlist`. */
  targetOrigin: string;
  /** Told about each dropped message (after it is counted). */
  onDropped?: (reason: DropReason, origin: string) => void;
};

/** A penpal {@link Messenger} over plain window messages, with a count of what it dropped. */
export type WindowMessenger = Messenger & {
  /** Messages dropped so far, for any {@link DropReason}. */
  droppedCount(): number;
};

/**
 * A penpal messenger over plain `window.postMessage`, checked message by message. It exists
 * because penpal's own `WindowMessenger` posts its handshake SYN with target origin `'*'`, and
 * the bridge must never do that.
 *
 * Every message, handshake and calls alike, travels as a window message; there is no
 * `MessageChannel`. penpal's messenger moves to a `MessagePort` after the handshake, and from then
 * on the origin and source are never checked again: whoever holds the port is trusted. A port also
 * dies silently when the iframe reloads, so calls vanish instead of reaching the new page. Plain
 * window messages keep three checks on every message (the sender is the remote window, its origin
 * is the target origin and allowed, the payload is a penpal message of our channel), make every
 * send name its exact target origin so the browser itself refuses to deliver to anyone else, and
 * let a reloaded page's new SYN arrive the same way as the first one. The price, each message
 * being a `message` event other listeners on the window also see, carries no data to them beyond
 * what the exact target origin already guarantees they may see.
 *
 * A send while the remote window is missing (iframe not attached yet) is dropped like a message
 * to a frame that has not loaded: the other side's own SYN will start the handshake when it comes.
 */
export function createWindowMessenger(options: WindowMessengerOptions): WindowMessenger {
  const { localWindow, remoteWindow, allowlist, targetOrigin, onDropped } = options;
  checkTargetOrigin(targetOrigin, allowlist);
  if (typeof remoteWindow !== 'function') {
    throw new BridgeError({
      code: 'INVALID_OPTIONS',
      field: 'remoteWindow',
      message: 'remoteWindow must be a function returning the window to talk to',
    });
  }

  const handlers = new Set<MessageHandler>();
  let validate: InitializeMessengerOptions['validateReceivedMessage'] | undefined;
  let log: InitializeMessengerOptions['log'];
  let listening = false;
  let dropped = 0;

  const drop = (reason: DropReason, origin: string) => {
    dropped += 1;
    log?.(`Dropped a message (${reason}) from ${origin}`);
    onDropped?.(reason, origin);
  };

  const onMessage = (event: MessageEvent) => {
    const origin = event.origin;
    // Origin first: it is the security boundary the allowlist states, and what gets counted.
    if (origin !== targetOrigin || !allowlist.allows(origin)) {
      drop('origin', origin);
      return;
    }
    const source = remoteWindow();
    if (source === null || event.source !== source) {
      drop('source', origin);
      return;
    }
    const data: unknown = event.data;
    if (!validate?.(data)) {
      drop('shape', origin);
      return;
    }
    deliver(data);
  };

  const deliver = (message: Message) => {
    // A copy: penpal's handlers remove themselves while a message is being delivered.
    for (const handler of [...handlers]) handler(message);
  };

  return {
    initialize: (init) => {
      validate = init.validateReceivedMessage;
      log = init.log;
      if (listening) return;
      listening = true;
      localWindow.addEventListener('message', onMessage);
    },
    sendMessage: (message, transferables) => {
      const target = remoteWindow();
      if (target === null) {
        log?.(`No remote window yet; ${message.type} not sent`);
        return;
      }
      target.postMessage(message, transferables ? { targetOrigin, transfer: transferables } : { targetOrigin });
    },
    addMessageHandler: (handler) => {
      handlers.add(handler);
    },
    removeMessageHandler: (handler) => {
      handlers.delete(handler);
    },
    destroy: () => {
      if (listening) localWindow.removeEventListener('message', onMessage);
      listening = false;
      handlers.clear();
    },
    droppedCount: () => dropped,
  };
}

/** The target must be one concrete allowed origin: never `'*'`, never a pattern. */
function checkTargetOrigin(targetOrigin: unknown, allowlist: OriginAllowlist): void {
  const reject = (problem: string) =>
    new BridgeError({ code: 'INVALID_OPTIONS', field: 'targetOrigin', message: `targetOrigin ${problem}` });
  if (typeof targetOrigin !== 'string') throw reject('must be a string');
  if (targetOrigin.includes('*')) throw reject("must be one exact origin, not '*' or a pattern");
  if (!URL.canParse(targetOrigin) || new URL(targetOrigin).origin !== targetOrigin) {
    throw reject('must be an exact origin (scheme://host[:port])');
  }
  if (!allowlist.allows(targetOrigin)) throw reject(`${targetOrigin} is not in the allowlist`);
}
