import { createOriginAllowlist } from '../../createOriginAllowlist.js';
import { BridgeError } from '../../BridgeError.js';
import { DESKTOP_EVENTS, DESKTOP_METHODS, SHELL_EVENTS, SHELL_METHODS, type ShellMethods } from '../contract/index.js';
import type { BridgeLink } from '../link/BridgeLink.js';
import { connectBridgeLink } from '../link/connectBridgeLink.js';
import { createWindowMessenger } from '../messengers/index.js';
import { pickLinkTuning, type LinkTuning } from '../link/pickLinkTuning.js';

/** The shell's side of the bridge: calls the desktop's methods, sends shell events, hears desktop events. */
export type DesktopLink = BridgeLink<typeof DESKTOP_METHODS, typeof SHELL_EVENTS, typeof DESKTOP_EVENTS>;

/** What the shell page (the CRM side) passes to {@link connectDesktop}. */
export type ConnectDesktopOptions = {
  /** The shell's window, for its `message` listener. */
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The desktop iframe's window, read at each attempt (it appears once the iframe is attached). */
  desktopWindow: () => Pick<Window, 'postMessage'> | null;
  /** The desktop's exact origin: every message goes there, never to `'*'`. */
  desktopOrigin: string;
  /** Origins allowed to talk to the shell; must include `desktopOrigin`. Default: just it. */
  allowedOrigins?: readonly string[];
  /** The CRM commands this connector implements: its capabilities. The others answer UNSUPPORTED. */
  implementation: Partial<ShellMethods>;
  /** Told about each message dropped for its origin, source or shape. */
  onDropped?: (reason: 'origin' | 'source' | 'shape', origin: string) => void;
  /** This page's id for the handshake; default a random UUID. */
  newInstanceId?: () => string;
} & LinkTuning;

/**
 * Connects the CRM shell page to the embedded desktop iframe. The link comes back by itself after
 * the desktop reloads; calls in flight then reject with DISCONNECTED.
 */
export function connectDesktop(options: ConnectDesktopOptions): DesktopLink {
  const allowlist = createOriginAllowlist(options.allowedOrigins ?? [options.desktopOrigin]);
  if (!allowlist.isExact(options.desktopOrigin)) {
    throw new BridgeError({
      code: 'INVALID_OPTIONS',
      field: 'desktopOrigin',
      message: 'desktopOrigin must be an exact origin the allowlist names',
    });
  }
  return connectBridgeLink({
    side: 'shell',
    local: { table: SHELL_METHODS, implementation: options.implementation },
    remote: DESKTOP_METHODS,
    events: { outgoing: SHELL_EVENTS, incoming: DESKTOP_EVENTS },
    createMessenger: () =>
      createWindowMessenger({
        localWindow: options.window,
        remoteWindow: options.desktopWindow,
        allowlist,
        targetOrigin: options.desktopOrigin,
        ...(options.onDropped ? { onDropped: options.onDropped } : {}),
      }),
    newInstanceId: options.newInstanceId ?? (() => crypto.randomUUID()),
    ...pickLinkTuning(options),
  });
}
