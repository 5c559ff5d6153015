import { runHostOriginContract } from '@patchbay/connector-kit/testing';
import { zendeskHostOrigin } from '@patchbay/connector-zendesk';

runHostOriginContract(zendeskHostOrigin, {
  accepted: ['https://acme.zendesk.com'],
  rejected: [
    'http://localhost:4567',
    'https://acme.zd-staging.com',
    'https://acme.zendesk.co',
    'https://acmezendesk.com',
  ],
});
