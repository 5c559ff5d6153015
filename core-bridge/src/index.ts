export { BRIDGE_ERROR_CODES, BridgeError, type BridgeErrorCode, type BridgeErrorOptions } from './BridgeError.js';
export { createOriginAllowlist, type OriginAllowlist } from './createOriginAllowlist.js';
