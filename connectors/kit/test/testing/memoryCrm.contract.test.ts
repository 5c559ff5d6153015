import { createMemoryCrm, runConnectorContract } from '@patchbay/connector-kit/testing';

// The suite runs against the kit's reference connector first: a case no complete connector can
// pass would show here, before any CRM's emulator is involved.
runConnectorContract('memory', {
  start: () => Promise.resolve(createMemoryCrm()),
  person: { objectType: 'contact', newFields: { name: 'Grace Hopper', phone: '+390233333333' } },
  refusedPanelHeight: 150,
});
