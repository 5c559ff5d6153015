import type { HostOriginRule } from '@patchbay/connector-kit';

/**
 * Dynamics 365 orgs live at `https://<org>.crm<N>.dynamics.com` (regional `crm4`, `crm11`, ...); the
 * CIF library `msdyn_ciLibrary.js` and the `data-crmurl` value come from there.
 */
export const dynamicsHostOrigin: HostOriginRule = {
  crm: 'dynamics',
  field: 'crmUrl',
  hostSuffixes: ['.dynamics.com'],
  source: 'CIF: msdyn_ciLibrary.js is served by https://<org>.crm[N].dynamics.com',
};
