// The shell side of the bridge (`@patchbay/core-bridge/shell`): what a CRM connector's page loads.
// It never imports desktop code; the bundle-size benchmark keeps it that way.
export { connectDesktop, type ConnectDesktopOptions, type DesktopLink } from './connectDesktop.js';
export type { BridgeLink, LinkCallOptions, LinkHealth, Unlisten } from '../link/BridgeLink.js';
export type { LinkTimers } from '../link/LinkTimers.js';
export type { LinkTuning } from '../link/pickLinkTuning.js';
export { BRIDGE_ERROR_CODES, BridgeError, type BridgeErrorCode } from '../../BridgeError.js';
export type {
  ShellMethods,
  ShellMethodName,
  ShellMethodParams,
  ShellMethodResult,
  ShellEventName,
  ShellEventPayload,
  DesktopEventName,
  DesktopEventPayload,
} from '../contract/index.js';
export { findOriginProblem, type OriginPolicy } from '../../findOriginProblem.js';
