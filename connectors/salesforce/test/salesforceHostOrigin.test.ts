import { runHostOriginContract } from '@patchbay/connector-kit/testing';
import { salesforceHostOrigin } from '@patchbay/connector-salesforce';

runHostOriginContract(salesforceHostOrigin, {
  accepted: [
    'https://acme.lightning.force.com',
    'https://acme.my.salesforce.com',
    'https://acme--uat.sandbox.lightning.force.com',
    'https://acme.my.salesforce.com:8443',
  ],
  rejected: [
    'https://acme.force.com.evil.example',
    'https://acme.salesforce.com.example',
    'https://acme.lightning.force.co',
    'http://acme.lightning.force.com',
  ],
});
