import { runHostOriginContract } from '@patchbay/connector-kit/testing';
import { servicenowHostOrigin } from '@patchbay/connector-servicenow';

runHostOriginContract(servicenowHostOrigin, {
  accepted: ['https://acme.service-now.com', 'https://acmedev.service-now.com'],
  rejected: ['https://acme.servicenow.com', 'https://acme.service-now.co', 'https://service-now.com'],
});
