import { createOriginAllowlist } from '../../createOriginAllowlist.js';
import {
  DESKTOP_EVENTS,
  DESKTOP_METHODS,
  SHELL_EVENTS,
  SHELL_METHODS,
  type DesktopMethods,
} from '../contract/index.js';
import type { BridgeLink } from '../link/BridgeLink.js';
import { connectBridgeLink } from '../link/connectBridgeLink.js';
import { pickLinkTuning, type LinkTuning } from '../link/pickLinkTuning.js';
import { createWindowMessenger, resolveParentOrigin } from '../messengers/index.js';

/** The desktop's side of the bridge: calls the CRM commands, sends desktop events, hears shell events. */
export type ShellLink = BridgeLink<typeof SHELL_METHODS, typeof DESKTOP_EVENTS, typeof SHELL_EVENTS>;

/** What the desktop (inside the CRM's iframe) passes to {@link connectShell}. */
export type ConnectShellOptions = {
  /** The desktop's window, for its `message` listener. */
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The window that embeds the desktop (`window.parent`). */
  shellWindow: () => Pick<Window, 'postMessage'> | null;
  /** Shell origins allowed: exact ones, or `https://*.domain` patterns (e.g. a CRM's org domains). */
  allowedOrigins: readonly string[];
  /**
   * Where the shell's exact origin comes from: an explicit one (a `shellOrigin` URL parameter the
   * shell page sets), the browser's `location.ancestorOrigins`, or `document.referrer`. Only the
   * first one given is tried (a refused one does not fall back to an easier one to forge); when
   * the allowlist allows it, it is the target of every message.
   */
  shellOriginSources: Parameters<typeof resolveParentOrigin>[0];
  /** What the desktop offers the shell: its capabilities. */
  implementation: Partial<DesktopMethods>;
  onDropped?: (reason: 'origin' | 'source' | 'shape', origin: string) => void;
  newInstanceId?: () => string;
} & LinkTuning;

/**
 * Connects the embedded desktop to the CRM shell page around it. Throws ORIGIN_REJECTED at once
 * when the embedding page's origin is not allowed: the desktop must not talk to a page that is not
 * its CRM.
 */
export function connectShell(options: ConnectShellOptions): ShellLink {
  const allowlist = createOriginAllowlist(options.allowedOrigins);
  const targetOrigin = resolveParentOrigin(options.shellOriginSources, allowlist);
  return connectBridgeLink({
    side: 'desktop',
    local: { table: DESKTOP_METHODS, implementation: options.implementation },
    remote: SHELL_METHODS,
    events: { outgoing: DESKTOP_EVENTS, incoming: SHELL_EVENTS },
    createMessenger: () =>
      createWindowMessenger({
        localWindow: options.window,
        remoteWindow: options.shellWindow,
        allowlist,
        targetOrigin,
        ...(options.onDropped ? { onDropped: options.onDropped } : {}),
      }),
    newInstanceId: options.newInstanceId ?? (() => crypto.randomUUID()),
    // What the desktop set up on the CRM side; a shell page that navigated starts without it.
    replayOnReconnect: ['setClickToDialEnabled', 'setPanel'],
    ...pickLinkTuning(options),
  });
}
