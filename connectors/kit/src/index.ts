export { CRM_IDS, isCrmId, type CrmId } from './crmIds.js';
export {
  CONNECTOR_ERROR_CODES,
  ConnectorError,
  type ConnectorErrorCode,
  type ConnectorErrorOptions,
} from './ConnectorError.js';
export { findOriginProblem, type OriginPolicy } from './findOriginProblem.js';
export type { HostOriginRule } from './HostOriginRule.js';
export { parseHostOrigin } from './parseHostOrigin.js';
