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
  /** Makes the channel handed over with ACK2. Default `new MessageChannel()`. */
  createChannel?: () => MessageChannel;
};

/** A penpal {@link Messenger} over plain window messages, with a count of what it dropped. */
export type WindowMessenger = Messenger & {
  /** Messages dropped so far, for any {@link DropReason}. */
  droppedCount(): number;
};

/**
 * A penpal messenger over window messages and then a private `MessagePort`. It exists because
 * penpal's own `WindowMessenger` posts its handshake SYN with target origin `'*'`, and the bridge
 * must never do that.
 *
 * The handshake (SYN, ACK1, ACK2) travels as window messages, each checked on arrival (the sender
 * is the remote window, its origin is the target origin and allowed, the payload is a penpal
 * message of our channel) and each posted to the exact target origin, so the browser itself
 * refuses to deliver it anywhere else. The side that sends ACK2 creates a `MessageChannel` and
 * hands one port over with it; calls then go over the port, as with penpal's own messenger, which
 * makes a round trip about three times cheaper than a window message between two processes. The
 * port needs no origin check: it was delivered only to the checked origin's document, and no other
 * page can reach it. A reloaded page's port dies with it; its new SYN arrives over the window,
 * drops the old port, and the handshake builds a new one.
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
  let port: MessagePort | undefined;
  const createChannel = options.createChannel ?? (() => new MessageChannel());

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
    // A new SYN means the other page (re)started: its old port, if any, is gone.
    if (data.type === 'SYN') closePort();
    if (data.type === 'ACK2') {
      const received = event.ports[0];
      if (!received) {
        drop('shape', origin);
        return;
      }
      usePort(received);
    }
    deliver(data);
  };

  const onPortMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (validate?.(data)) deliver(data);
    else drop('shape', targetOrigin);
  };
  const usePort = (next: MessagePort) => {
    closePort();
    port = next;
    port.addEventListener('message', onPortMessage);
    port.start();
  };
  const closePort = () => {
    port?.removeEventListener('message', onPortMessage);
    port?.close();
    port = undefined;
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
      const handshake = message.type === 'SYN' || message.type === 'ACK1' || message.type === 'ACK2';
      if (!handshake && port) {
        port.postMessage(message, transferables ? { transfer: transferables } : {});
        return;
      }
      const target = remoteWindow();
      if (target === null) {
        log?.(`No remote window yet; ${message.type} not sent`);
        return;
      }
      const transfer = [...(transferables ?? [])];
      if (message.type === 'ACK2') {
        const channel = createChannel();
        usePort(channel.port1);
        transfer.push(channel.port2);
      }
      target.postMessage(message, transfer.length > 0 ? { targetOrigin, transfer } : { targetOrigin });
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
      closePort();
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
