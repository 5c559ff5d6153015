import type { HostOriginRule } from '@patchbay/connector-kit';

/**
 * ServiceNow instances live at `https://<instance>.service-now.com`; the shell loads openFrameAPI from
 * there. Instances on a custom domain are allowed through the tenant's extra origins.
 */
export const servicenowHostOrigin: HostOriginRule = {
  crm: 'servicenow',
  field: 'instanceUrl',
  hostSuffixes: ['.service-now.com'],
  source: 'OpenFrame: openFrameAPI.min.js is served by https://<instance>.service-now.com',
};
