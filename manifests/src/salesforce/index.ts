export { buildCallCenterSections } from './buildCallCenterSections.js';
export type { CallCenterProblem } from './CallCenterProblem.js';
export {
  callCenterMetadataPath,
  generateCallCenterMetadataXml,
  METADATA_NAMESPACE,
} from './generateCallCenterMetadataXml.js';
export { generateCallCenterImportXml } from './generateCallCenterImportXml.js';
export {
  SOFTPHONE_HEIGHT_RANGE,
  SOFTPHONE_WIDTH_RANGE,
  salesforceConfigSchema,
  type SalesforceConfig,
} from './salesforceConfigSchema.js';
export { salesforceShellUrl } from './salesforceShellUrl.js';
export { validateCallCenterImportXml } from './validateCallCenterImportXml.js';
export { validateCallCenterMetadata, type ValidateCallCenterMetadataOptions } from './validateCallCenterMetadata.js';
