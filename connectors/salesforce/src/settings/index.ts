export type {
  CallCenterFieldMapping,
  CallCenterFieldSource,
  CallCenterPolicy,
  CallCenterPolicyDocument,
  CallCenterPresenceMapping,
} from './CallCenterPolicy.js';
export type { CallCenterItem, CallCenterSection } from './CallCenterSection.js';
export {
  CALL_CENTER_SETTING_SECTIONS,
  callCenterSettingKey,
  DESKTOP_URL_SETTING,
  type CallCenterSettingItemName,
  type CallCenterSettingSectionName,
} from './callCenterSettingItems.js';
export { callCenterSettingsToPolicy, type CallCenterSettings } from './callCenterSettingsToPolicy.js';
export { policyToCallCenterSections, type PolicyToCallCenterSectionsOptions } from './policyToCallCenterSections.js';
export { readDesktopUrlSetting } from './readDesktopUrlSetting.js';
