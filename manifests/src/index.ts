export { connectorConfigSchema, type ConnectorConfig, type ConnectorConfigInput } from './connectorConfigSchema.js';
export { MANIFEST_ERROR_CODES, ManifestError, type ManifestErrorCode, type ManifestIssue } from './ManifestError.js';
export { parseConnectorConfig } from './parseConnectorConfig.js';
export * from './salesforce/index.js';
