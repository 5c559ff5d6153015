import { policyToCallCenterSections, type CallCenterSection } from '@patchbay/connector-salesforce';
import type { SalesforceConfig } from './salesforceConfigSchema.js';
import { salesforceShellUrl } from './salesforceShellUrl.js';

export const GENERAL_SECTION = { name: 'reqGeneralInfo', label: 'General Information' } as const;

/** Labels Setup shows for the two items the metadata form keeps outside `sections`. */
export const INTERNAL_NAME_LABEL = 'Internal Name';
export const DISPLAY_NAME_LABEL = 'Display Name';

/**
 * Every section of the call center definition, `reqGeneralInfo` first with its items in the order
 * Salesforce documents (internal name at sortOrder 0, display name at 1), then Patchbay's.
 */
export function buildCallCenterSections(config: SalesforceConfig, desktopUrl: string): CallCenterSection[] {
  const general: CallCenterSection = {
    ...GENERAL_SECTION,
    items: [
      { name: 'reqInternalName', label: INTERNAL_NAME_LABEL, value: config.internalName },
      { name: 'reqDisplayName', label: DISPLAY_NAME_LABEL, value: config.displayName },
      { name: 'reqAdapterUrl', label: 'CTI Adapter URL', value: salesforceShellUrl(desktopUrl) },
      { name: 'reqUseApi', label: 'Use CTI API', value: 'true' },
      { name: 'reqSoftphoneHeight', label: 'Softphone Height', value: String(config.softphoneHeight) },
      { name: 'reqSoftphoneWidth', label: 'Softphone Width', value: String(config.softphoneWidth) },
      { name: 'reqSalesforceCompatibilityMode', label: 'Salesforce Compatibility Mode', value: 'Lightning' },
    ],
  };
  return [general, ...policyToCallCenterSections(config.widgetPolicy, { desktopUrl })];
}
