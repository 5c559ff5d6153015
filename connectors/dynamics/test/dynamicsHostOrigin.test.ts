import { runHostOriginContract } from '@patchbay/connector-kit/testing';
import { dynamicsHostOrigin } from '@patchbay/connector-dynamics';

runHostOriginContract(dynamicsHostOrigin, {
  accepted: [
    'https://contoso.crm.dynamics.com',
    'https://contoso.crm4.dynamics.com',
    'https://contoso.crm11.dynamics.com',
  ],
  rejected: ['https://contoso.crm.dynamics.co', 'https://contoso.dynamics.com.evil.example', 'https://dynamics.com'],
});
