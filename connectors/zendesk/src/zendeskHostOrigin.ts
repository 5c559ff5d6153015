import type { HostOriginRule } from '@patchbay/connector-kit';

/**
 * ZAF passes the account's origin in the `origin` query parameter of the app iframe. Production
 * accounts are `https://<subdomain>.zendesk.com`; the SDK's own wider list (staging and partner
 * domains, localhost) is not accepted by default, only through the tenant's extra origins.
 */
export const zendeskHostOrigin: HostOriginRule = {
  crm: 'zendesk',
  field: 'origin',
  hostSuffixes: ['.zendesk.com'],
  source: 'ZAF SDK lib/index.js: origin query parameter; production accounts are https://<subdomain>.zendesk.com',
};
