import {
  createOpenCtiHost,
  type OpenCtiHost,
  type OpenCtiHostOptions,
  type SoftphoneLayout,
} from '../../../src/emulator/host/index.js';
import { OPEN_CTI_API_VERSION } from '../../../src/emulator/library/index.js';
import {
  createSalesforceOrg,
  seedSandboxOrg,
  type SalesforceOrg,
  type SandboxOrgIds,
} from '../../../src/emulator/org/index.js';
import { createFakeFramePair, type FakeFramePair } from './createFakeFramePair.js';

export const ORG_ORIGIN = 'https://fakeorg.lightning.force.com';
export const SOFTPHONE_ORIGIN = 'https://agent.patchbay.example';
export const FIXED_NOW = new Date('2026-03-02T09:30:00.000Z');

export const CALL_CENTER_SETTINGS: Readonly<Record<string, string>> = {
  '/reqGeneralInfo/reqInternalName': 'PatchbayCti',
  '/reqGeneralInfo/reqDisplayName': 'Patchbay',
  '/reqGeneralInfo/reqAdapterUrl': 'https://agent.patchbay.example/salesforce',
  '/reqGeneralInfo/reqUseApi': 'true',
  '/reqGeneralInfo/reqSoftphoneHeight': '550',
  '/reqGeneralInfo/reqSoftphoneWidth': '400',
  '/reqGeneralInfo/reqSalesforceCompatibilityMode': 'Lightning',
  '/reqGeneralInfo/label': 'General Information',
  '/reqGeneralInfo/sortOrder': '0.0',
  '/displayNameLabel': 'Display Name',
  '/internalNameLabel': 'Internal Name',
  '/label': 'Call Center',
};

const searched = {
  Account: [{ displayName: 'Phone', apiName: 'Phone' }],
  Contact: [
    { displayName: 'Phone', apiName: 'Phone' },
    { displayName: 'Account ID', apiName: 'AccountId' },
  ],
  Lead: [{ displayName: 'Company', apiName: 'Company' }],
};

export const SOFTPHONE_LAYOUT: SoftphoneLayout = {
  Inbound: {
    callRelatedFields: ['ANI', 'DNIS'],
    objects: searched,
    screenPopSettings: { NoMatch: { screenPopType: 'PopToEntity', screenPopData: 'Contact' } },
  },
  Outbound: { callRelatedFields: ['ANI'], objects: searched, screenPopSettings: {} },
  Internal: { callRelatedFields: [], objects: { Contact: [] }, screenPopSettings: {} },
};

export type EmulatedLightningPage = {
  readonly org: SalesforceOrg;
  readonly ids: SandboxOrgIds;
  readonly pair: FakeFramePair;
  readonly host: OpenCtiHost;
};

/** A seeded org, a fake page/iframe pair and the host listening on the page, without the library. */
export function createEmulatedLightningPage(
  overrides: Partial<Pick<OpenCtiHostOptions, 'apiVersion' | 'runApex' | 'activeScreenFlows'>> & {
    childSearch?: string;
  } = {},
): EmulatedLightningPage {
  const org = createSalesforceOrg({ now: () => FIXED_NOW });
  const ids = seedSandboxOrg(org);
  const pair = createFakeFramePair({
    parentOrigin: ORG_ORIGIN,
    childOrigin: SOFTPHONE_ORIGIN,
    childSearch: overrides.childSearch ?? `?sfdcIframeOrigin=${encodeURIComponent(ORG_ORIGIN)}&mode=Lightning`,
  });
  const host = createOpenCtiHost({
    window: pair.parentWindow,
    softphoneWindow: () => pair.childHandle,
    softphoneOrigin: SOFTPHONE_ORIGIN,
    apiVersion: overrides.apiVersion ?? OPEN_CTI_API_VERSION,
    org,
    orgOrigin: ORG_ORIGIN,
    callCenterSettings: CALL_CENTER_SETTINGS,
    softphoneLayout: SOFTPHONE_LAYOUT,
    ...(overrides.runApex === undefined ? {} : { runApex: overrides.runApex }),
    ...(overrides.activeScreenFlows === undefined ? {} : { activeScreenFlows: overrides.activeScreenFlows }),
  });
  return { org, ids, pair, host };
}
