// The desktop side of the bridge (`@patchbay/core-bridge/desktop`): what the embedded desktop loads.
export { connectShell, type ConnectShellOptions, type ShellLink } from './connectShell.js';
export type { BridgeLink, LinkCallOptions, LinkHealth, Unlisten } from '../link/BridgeLink.js';
export type { LinkTimers } from '../link/LinkTimers.js';
export type { LinkTuning } from '../link/pickLinkTuning.js';
export { BRIDGE_ERROR_CODES, BridgeError, type BridgeErrorCode } from '../../BridgeError.js';
export type {
  DesktopMethods,
  DesktopMethodName,
  DesktopMethodParams,
  DesktopMethodResult,
  DesktopEventName,
  DesktopEventPayload,
  ShellEventName,
  ShellEventPayload,
  ShellMethodName,
  ShellMethodParams,
  ShellMethodResult,
  ShellMethods,
} from '../contract/index.js';
