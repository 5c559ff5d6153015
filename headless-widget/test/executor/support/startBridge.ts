import {
  DESKTOP_EVENTS,
  DESKTOP_METHODS,
  SHELL_EVENTS,
  SHELL_METHODS,
  connectBridgeLink,
  type BridgeLink,
} from '@patchbay/core-bridge';
import type { ShellLink } from '@patchbay/core-bridge/desktop';
import type { Messenger } from 'penpal';
// The in-memory messenger pair is the bridge's own test transport; it is not part of the package API.
import { createMemoryMessengerPair } from '../../../../core-bridge/src/bridge/messengers/index.js';
import type { FakeCrm } from './FakeCrm.js';
import { ManualTimers } from './ManualTimers.js';

/** Heartbeats never fire here: time jumps would count them as missed while answers are in flight. */
const QUIET_HEARTBEAT = { intervalMs: 1e12, missedBeats: 1 };

/** Lets messages in flight (each delivered on a later macrotask) arrive. */
export const flush = async (rounds = 10): Promise<void> => {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A real desktop <-> shell link over memory messengers, the shell backed by `crm`, on manual time. */
export async function startBridge(crm: FakeCrm) {
  const pair = createMemoryMessengerPair();
  const timers = new ManualTimers();
  const links: { destroy(): void }[] = [];
  let shells = 0;
  const shellOver = (messenger: Messenger) => {
    const link: BridgeLink<typeof DESKTOP_METHODS, typeof SHELL_EVENTS, typeof DESKTOP_EVENTS> = connectBridgeLink({
      side: 'shell',
      local: { table: SHELL_METHODS, implementation: crm.implementation() },
      remote: DESKTOP_METHODS,
      events: { outgoing: SHELL_EVENTS, incoming: DESKTOP_EVENTS },
      createMessenger: () => messenger,
      newInstanceId: () => `shell-${++shells}`,
      timers,
      heartbeat: QUIET_HEARTBEAT,
    });
    links.push(link);
    return link;
  };
  const desktop: ShellLink = connectBridgeLink({
    side: 'desktop',
    local: { table: DESKTOP_METHODS, implementation: {} },
    remote: SHELL_METHODS,
    events: { outgoing: DESKTOP_EVENTS, incoming: SHELL_EVENTS },
    createMessenger: () => pair.a,
    newInstanceId: () => 'desktop-1',
    timers,
    heartbeat: QUIET_HEARTBEAT,
  });
  links.push(desktop);
  const firstShell = shellOver(pair.b);
  await Promise.all([desktop.ready(), firstShell.ready()]);
  return {
    desktop,
    timers,
    /** The CRM page reloads: calls in flight to the old one reject with DISCONNECTED. */
    reloadShell: async () => {
      const next = shellOver(pair.replaceB());
      await next.ready();
      await flush();
    },
    destroy: () => {
      for (const link of links.splice(0)) link.destroy();
    },
  };
}
