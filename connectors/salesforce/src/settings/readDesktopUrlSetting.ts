import { findOriginProblem } from '@patchbay/connector-kit';
import type { CallCenterSettings } from './callCenterSettingsToPolicy.js';
import { callCenterSettingKey, DESKTOP_URL_SETTING } from './callCenterSettingItems.js';
import { invalidSetting } from './settingValues.js';

/**
 * The Patchbay desktop URL from the call center settings: https, or http on loopback only (local
 * development), the same rule as the connector config's origins.
 */
export function readDesktopUrlSetting(settings: CallCenterSettings): URL {
  const field = callCenterSettingKey(DESKTOP_URL_SETTING.section, DESKTOP_URL_SETTING.item);
  const expected = 'an https URL of the Patchbay desktop (http only on loopback)';
  let url: URL;
  try {
    url = new URL(settings[field]?.trim() ?? '');
  } catch {
    throw invalidSetting(field, expected);
  }
  if (!['http:', 'https:'].includes(url.protocol) || findOriginProblem(url.origin, { allowLoopbackHttp: true })) {
    throw invalidSetting(field, expected);
  }
  return url;
}
