export {
  deploySalesforceCommand,
  type DeploySalesforceOptions,
  type SalesforceDeployHost,
} from './deploySalesforceCommand.js';
export { findSalesforceProjectProblems } from './findSalesforceProjectProblems.js';
export { packageSalesforceCommand, type PackageSalesforceOptions } from './packageSalesforceCommand.js';
export { salesforceProjectLayout, SOURCE_API_VERSION } from './salesforceProjectLayout.js';
export { validateSalesforceCommand } from './validateSalesforceCommand.js';
