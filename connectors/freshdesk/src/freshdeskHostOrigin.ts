import type { HostOriginRule } from '@patchbay/connector-kit';

/**
 * Freshdesk accounts are `https://<sub>.freshdesk.com` (FDK `currentHost.endpoint_urls.freshdesk`); the
 * CTI app frame's parent has that origin.
 */
export const freshdeskHostOrigin: HostOriginRule = {
  crm: 'freshdesk',
  field: 'endpointUrl',
  hostSuffixes: ['.freshdesk.com'],
  source: 'FDK: currentHost.endpoint_urls.freshdesk is https://<sub>.freshdesk.com',
};
