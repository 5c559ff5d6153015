import { runHostOriginContract } from '@patchbay/connector-kit/testing';
import { freshdeskHostOrigin } from '@patchbay/connector-freshdesk';

runHostOriginContract(freshdeskHostOrigin, {
  accepted: ['https://acme.freshdesk.com'],
  rejected: ['https://acme.freshworks.com', 'https://acme.freshdesk.co', 'https://acmefreshdesk.com'],
});
