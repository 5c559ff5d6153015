import {
  ACTIVITY_CREATE_MOMENTS,
  MULTIPLE_MATCH_CHOICES,
  PRESENCE_SYNC_CHOICES,
  SCREEN_POP_MOMENT_CHOICES,
} from './settingChoices.js';
import type { CallCenterPolicyDocument } from './CallCenterPolicy.js';
import {
  callCenterSettingKey,
  type CallCenterSettingItemName,
  type CallCenterSettingSectionName,
} from './callCenterSettingItems.js';
import {
  invalidSetting,
  readBoolean,
  readChoice,
  readFieldMappings,
  readList,
  readPresenceMappings,
  readTemplate,
  readText,
  readTimeZone,
  SETTING_PATTERNS,
} from './settingValues.js';

/** What Open CTI `getCallCenterSettings` returns: `/<section>/<item>` → value (plus label and sortOrder keys). */
export type CallCenterSettings = Readonly<Record<string, string | undefined>>;

type Reader = <Section extends CallCenterSettingSectionName, Value>(
  section: Section,
  item: CallCenterSettingItemName<Section> & string,
  read: (value: string, field: string) => Value,
) => Value | undefined;

/**
 * Reads the widget policy document back from the call center settings. Empty or missing items are
 * left out so the policy's defaults apply; a value it cannot read throws a ConnectorError
 * (`INVALID_INPUT`, field `/<section>/<item>`). The desktop validates the result in full.
 */
export function callCenterSettingsToPolicy(settings: CallCenterSettings): CallCenterPolicyDocument {
  const read: Reader = (section, item, readValue) => {
    const field = callCenterSettingKey(section, item);
    const value = settings[field];
    return value === undefined || value.trim() === '' ? undefined : readValue(value, field);
  };
  const prefixes = (value: string, field: string) =>
    readList(value, SETTING_PATTERNS.prefix, 'prefixes of 1-8 digits', field);
  const countryCode = (value: string, field: string) =>
    readText(value, SETTING_PATTERNS.countryCode, 'a country code of 1-3 digits such as 39', field);
  const objectType = (value: string, field: string) =>
    readText(value, SETTING_PATTERNS.objectType, 'an object API name such as Contact', field);
  const cadVariable = (value: string, field: string) =>
    readText(value, SETTING_PATTERNS.cadVariable, 'a CAD variable name (letter first, at most 64)', field);

  const advanced = read('advancedScreenPopConfig', 'advancedScreenPopEnabled', readBoolean) ?? false;
  const phoneNormalization = {
    stripPrefixes: read('advancedScreenPopConfig', 'removeAniPrefixes', prefixes) ?? [],
    defaultCountryCode: read('advancedScreenPopConfig', 'aniCountryCode', countryCode),
  };
  const searchBy = advanced
    ? {
        kind: 'cad',
        variable: required(
          read('advancedScreenPopConfig', 'cadSearchVariable', cadVariable),
          'advancedScreenPopConfig',
          'cadSearchVariable',
        ),
        objectType: read('advancedScreenPopConfig', 'cadSearchObjectType', objectType),
        fallbackToAni: read('advancedScreenPopConfig', 'fallbackToAni', readBoolean),
        ...phoneNormalization,
      }
    : { kind: 'ani', ...phoneNormalization };

  const createRecord = read('noRecordMatchConfig', 'noRecordMatchCreateEnabled', readBoolean) ?? false;
  const noMatch = createRecord
    ? {
        action: 'createRecord',
        objectType: required(
          read('noRecordMatchConfig', 'noRecordMatchObjectName', objectType),
          'noRecordMatchConfig',
          'noRecordMatchObjectName',
        ),
        fieldMappings: read('noRecordMatchConfig', 'noRecordMatchFieldMappings', readFieldMappings),
      }
    : { action: 'nothing' };

  return withoutUndefined({
    screenPop: {
      when: read('advancedScreenPopConfig', 'screenPopMoment', (value, field) =>
        readChoice(value, SCREEN_POP_MOMENT_CHOICES, field),
      ),
      searchBy: withoutUndefined(searchBy),
      multipleMatches: read('advancedScreenPopConfig', 'multipleMatches', (value, field) =>
        readChoice(value, MULTIPLE_MATCH_CHOICES, field),
      ),
      noMatch: withoutUndefined(noMatch),
      urlTemplate: read('advancedScreenPopConfig', 'screenPopUrlTemplate', readTemplate),
    },
    activity: {
      create: read('activityRecordConfig', 'activityCreateAt', (value, field) =>
        readChoice(value, ACTIVITY_CREATE_MOMENTS, field),
      ),
      updateAtWrapUp: read('activityRecordConfig', 'activityUpdateAtWrapUp', readBoolean),
      subjectTemplate: read('activityRecordConfig', 'subjectTemplate', readTemplate),
      dateFormat: read('activityRecordConfig', 'subjectDateFormat', (value, field) =>
        readText(value, SETTING_PATTERNS.dateFormat, 'a date format of YYYY MM DD HH mm ss and punctuation', field),
      ),
      timeZone: read('activityRecordConfig', 'subjectTimeZone', readTimeZone),
      fieldMappings: read('activityRecordConfig', 'activityFieldMappings', readFieldMappings),
      activityIdVariable: read('activityRecordConfig', 'cadVarNameWithActivityId', cadVariable),
    },
    caseCreation: {
      inbound: read('caseCreationConfig', 'createCaseInbound', readBoolean),
      outbound: read('caseCreationConfig', 'createCaseOutbound', readBoolean),
      objectType: read('caseCreationConfig', 'caseObjectName', objectType),
      fieldMappings: read('caseCreationConfig', 'caseFieldMappings', readFieldMappings),
    },
    clickToDial: {
      enabled: read('outDialConfig', 'clickToDialEnabled', readBoolean),
      stripPrefixes: read('outDialConfig', 'outDialRemovePrefixes', prefixes),
      defaultCountryCode: read('outDialConfig', 'outDialCountryCode', countryCode),
    },
    presenceSync: {
      enabled: read('omniStateSyncConfig', 'omniStateSyncEnabled', readBoolean),
      direction: read('omniStateSyncConfig', 'omniStateSyncDirection', (value, field) =>
        readChoice(value, PRESENCE_SYNC_CHOICES, field),
      ),
      mappings: read('omniStateSyncConfig', 'omniStateMappings', readPresenceMappings),
    },
  });
}

function required<Value, Section extends CallCenterSettingSectionName>(
  value: Value | undefined,
  section: Section,
  item: CallCenterSettingItemName<Section> & string,
): Value {
  if (value === undefined)
    throw invalidSetting(callCenterSettingKey(section, item), 'a value (the section is enabled)');
  return value;
}

// JSON has no undefined: an item left empty is an absent key, so the policy default applies.
function withoutUndefined(shape: Record<string, unknown>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(shape)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, isPlainObject(value) ? withoutUndefined(value) : value]),
  ) as Record<string, Record<string, unknown>>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
