import WebSocket from 'ws';
import type { CoreSocketConstructor } from '../../../src/client/index.js';

/** One socket's text frames, parsed, in order. */
export type SocketTraffic = { readonly sent: unknown[]; readonly received: unknown[] };

/**
 * The `ws` package's WebSocket, recording every text frame each socket sends and receives: the
 * client under test uses it exactly like the plain one, and the test reads what crossed the wire.
 */
export function createRecordingWebSocket() {
  const sockets: SocketTraffic[] = [];
  const waiters = new Set<{ test: () => boolean; resolve: () => void }>();
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.test()) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  };

  class RecordingWebSocket extends WebSocket {
    constructor(url: string) {
      super(url);
      const traffic: SocketTraffic = { sent: [], received: [] };
      sockets.push(traffic);
      const send = this.send.bind(this);
      this.send = ((data: string) => {
        traffic.sent.push(JSON.parse(data));
        send(data);
        check();
      }) as WebSocket['send'];
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string') traffic.received.push(JSON.parse(event.data));
        check();
      });
    }
  }

  const WebSocketClass: CoreSocketConstructor = RecordingWebSocket;
  return {
    WebSocket: WebSocketClass,
    sockets,
    /** Resolves once `test` holds, checked after every frame. */
    until: (test: () => boolean) =>
      new Promise<void>((resolve) => {
        if (test()) resolve();
        else waiters.add({ test, resolve });
      }),
  };
}

/** The frames of `type` in a list of parsed frames. */
export function framesOf(frames: readonly unknown[], type: string): Record<string, unknown>[] {
  return frames.filter(
    (frame): frame is Record<string, unknown> =>
      typeof frame === 'object' && frame !== null && (frame as Record<string, unknown>)['type'] === type,
  );
}
