import type { HostOriginRule } from '@patchbay/connector-kit';

/**
 * Salesforce appends `sfdcIframeOrigin` to the softphone URL, and opencti.js refuses to start unless it
 * is a force.com or salesforce.com origin (Lightning `*.lightning.force.com`, `*.my.salesforce.com`).
 * We accept the same domains, HTTPS only.
 */
export const salesforceHostOrigin: HostOriginRule = {
  crm: 'salesforce',
  field: 'sfdcIframeOrigin',
  hostSuffixes: ['.force.com', '.salesforce.com'],
  source: 'opencti.js initialize(): sfdcIframeOrigin must match *.force.com or *.salesforce.com',
};
