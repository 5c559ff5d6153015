import type { LeadershipChannel } from '../../../src/widget/joinLeadershipElection.js';

type Listener = (event: { readonly data: unknown }) => void;

/**
 * BroadcastChannels of one name in several "tabs": a message reaches every other open channel on
 * a later macrotask, never the sender, and none after `close()`, as the HTML spec has it.
 */
export function createChannelHub() {
  const open = new Set<Set<Listener>>();
  return {
    open(): LeadershipChannel & { close(): void } {
      const listeners = new Set<Listener>();
      open.add(listeners);
      return {
        postMessage(message) {
          const data = structuredClone(message);
          for (const other of open) {
            if (other === listeners) continue;
            setTimeout(() => {
              if (open.has(other)) for (const listener of other) listener({ data });
            }, 0);
          }
        },
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
        close: () => open.delete(listeners),
      };
    },
  };
}
