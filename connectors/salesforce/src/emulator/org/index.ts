export {
  createSalesforceOrg,
  type SalesforceOrg,
  type SalesforceOrgOptions,
  type SObjectRecord,
} from './createSalesforceOrg.js';
export { SalesforceOrgError, SALESFORCE_ORG_ERROR_CODES, type SalesforceOrgErrorCode } from './SalesforceOrgError.js';
export { checksumSuffix, isSalesforceId, normalizeSalesforceId, toCaseSafeId } from './salesforceId.js';
export {
  seedSandboxOrg,
  SANDBOX_SHARED_PHONE,
  SANDBOX_SINGLE_MATCH_PHONE,
  type SandboxOrgIds,
} from './seedSandboxOrg.js';
export {
  KEY_PREFIXES,
  SOBJECT_DESCRIBES,
  SOBJECT_NAMES,
  isSObjectName,
  sobjectOfId,
  type FieldDescribe,
  type SObjectDescribe,
  type SObjectName,
} from './sobjectDescribes.js';
export type { FieldValue } from './validateRecordWrite.js';
