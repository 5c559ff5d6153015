import type { CallCenterPolicy } from './CallCenterPolicy.js';
import type { CallCenterSection } from './CallCenterSection.js';
import {
  CALL_CENTER_SETTING_SECTIONS,
  callCenterSettingKey,
  type CallCenterSettingItemName,
  type CallCenterSettingSectionName,
} from './callCenterSettingItems.js';
import { formatBoolean, formatFieldMappings, formatList, formatPresenceMappings } from './settingValues.js';

export type PolicyToCallCenterSectionsOptions = {
  /** Where the Patchbay desktop is served; the Salesforce shell frames it. */
  desktopUrl: string;
};

type SectionValues = { [Section in CallCenterSettingSectionName]: Record<CallCenterSettingItemName<Section>, string> };

/**
 * Writes a parsed widget policy as the Patchbay sections of a call center definition, in Setup's
 * order. Absent optional values are written as empty items so an admin sees every switch in Setup.
 */
export function policyToCallCenterSections(
  policy: CallCenterPolicy,
  { desktopUrl }: PolicyToCallCenterSectionsOptions,
): CallCenterSection[] {
  const { screenPop, activity, caseCreation, clickToDial, presenceSync } = policy;
  const { searchBy, noMatch } = screenPop;
  const values: SectionValues = {
    patchbayGeneral: { desktopUrl },
    advancedScreenPopConfig: {
      screenPopMoment: screenPop.when,
      advancedScreenPopEnabled: formatBoolean(searchBy.kind === 'cad'),
      cadSearchVariable: searchBy.kind === 'cad' ? searchBy.variable : '',
      cadSearchObjectType: searchBy.kind === 'cad' ? (searchBy.objectType ?? '') : '',
      fallbackToAni: formatBoolean(searchBy.kind === 'cad' ? searchBy.fallbackToAni : true),
      removeAniPrefixes: formatList(searchBy.stripPrefixes),
      aniCountryCode: searchBy.defaultCountryCode ?? '',
      multipleMatches: screenPop.multipleMatches,
      screenPopUrlTemplate: screenPop.urlTemplate ?? '',
    },
    noRecordMatchConfig: {
      noRecordMatchCreateEnabled: formatBoolean(noMatch.action === 'createRecord'),
      noRecordMatchObjectName: noMatch.action === 'createRecord' ? noMatch.objectType : '',
      noRecordMatchFieldMappings: noMatch.action === 'createRecord' ? formatFieldMappings(noMatch.fieldMappings) : '',
    },
    activityRecordConfig: {
      activityCreateAt: activity.create,
      activityUpdateAtWrapUp: formatBoolean(activity.updateAtWrapUp),
      subjectTemplate: activity.subjectTemplate,
      subjectDateFormat: activity.dateFormat,
      subjectTimeZone: activity.timeZone,
      activityFieldMappings: formatFieldMappings(activity.fieldMappings),
      cadVarNameWithActivityId: activity.activityIdVariable,
    },
    caseCreationConfig: {
      createCaseInbound: formatBoolean(caseCreation.inbound),
      createCaseOutbound: formatBoolean(caseCreation.outbound),
      caseObjectName: caseCreation.objectType,
      caseFieldMappings: formatFieldMappings(caseCreation.fieldMappings),
    },
    outDialConfig: {
      clickToDialEnabled: formatBoolean(clickToDial.enabled),
      outDialRemovePrefixes: formatList(clickToDial.stripPrefixes),
      outDialCountryCode: clickToDial.defaultCountryCode ?? '',
    },
    omniStateSyncConfig: {
      omniStateSyncEnabled: formatBoolean(presenceSync.enabled),
      omniStateSyncDirection: presenceSync.direction,
      omniStateMappings: formatPresenceMappings(
        presenceSync.mappings,
        callCenterSettingKey('omniStateSyncConfig', 'omniStateMappings'),
      ),
    },
  };
  return Object.entries(CALL_CENTER_SETTING_SECTIONS).map(([sectionName, section]) => {
    const sectionValues: Record<string, string> = values[sectionName as CallCenterSettingSectionName];
    return {
      name: sectionName,
      label: section.label,
      items: Object.entries(section.items).map(([name, label]: [string, string]) => ({
        name,
        label,
        value: sectionValues[name] ?? '',
      })),
    };
  });
}
