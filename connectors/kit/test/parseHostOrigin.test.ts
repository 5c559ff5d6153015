import { runHostOriginContract } from '@patchbay/connector-kit/testing';

// The generic attacks of the shared table, against a rule with two suffixes.
runHostOriginContract(
  { crm: 'salesforce', field: 'origin', hostSuffixes: ['.example.com', '.example.org'], source: 'test' },
  {
    accepted: ['https://acme.example.com', 'https://a.b.example.org', 'https://acme.example.com:8443'],
    rejected: ['https://acme.example.net', 'https://example.org', 'https://acme.example.org.', 'acme.example.com'],
  },
);
