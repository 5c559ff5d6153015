export { CRM_IDS, isCrmId, type CrmId } from './crmIds.js';
export {
  CONNECTOR_ERROR_CODES,
  ConnectorError,
  type ConnectorErrorCode,
  type ConnectorErrorOptions,
} from './ConnectorError.js';
// The one origin check lives with the bridge (its allowlists use it); connectors reach it here.
export { findOriginProblem, type OriginPolicy } from '@patchbay/core-bridge/shell';
export type { HostOriginRule } from './HostOriginRule.js';
export { parseHostOrigin } from './parseHostOrigin.js';
export type { CrmConnector, StopListening } from './CrmConnector.js';
export type { ConnectorSettings } from './ConnectorSettings.js';
export { forwardConnectorEvents } from './forwardConnectorEvents.js';
