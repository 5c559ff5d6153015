/**
 * The call center sections that carry Patchbay's settings, in the order Setup shows them. Names
 * follow Salesforce's rules for call center items (alphanumeric, at most 40 characters, never
 * `req...`, which Salesforce reserves) and mirror the reference product's call center file, so an
 * admin who knows one finds the same switches in the other. Labels are what Setup displays.
 */
export const CALL_CENTER_SETTING_SECTIONS = {
  patchbayGeneral: {
    label: 'Patchbay',
    items: { desktopUrl: 'Patchbay Desktop URL' },
  },
  advancedScreenPopConfig: {
    label: 'Screen Pop',
    items: {
      screenPopMoment: 'Screen Pop Moment (offered, connected, never)',
      advancedScreenPopEnabled: 'Advanced Screen Pop Enabled (search by CAD variable)',
      cadSearchVariable: 'CAD Variable Name',
      cadSearchObjectType: 'Object Type Of The CAD Record Id',
      fallbackToAni: 'Fall Back To ANI Search',
      removeAniPrefixes: 'Remove ANI Prefix Strings',
      aniCountryCode: 'Country Code Of National Numbers',
      multipleMatches: 'Multiple Matches (crmSearch, desktopPicker)',
      screenPopUrlTemplate: 'Screen Pop URL Template',
    },
  },
  noRecordMatchConfig: {
    label: 'No Matching Record',
    items: {
      noRecordMatchCreateEnabled: 'Pop A New Record When Nothing Matches',
      noRecordMatchObjectName: 'Salesforce Object Name',
      noRecordMatchFieldMappings: 'Object Field Mappings',
    },
  },
  activityRecordConfig: {
    label: 'Call Activity',
    items: {
      activityCreateAt: 'Create Activity Record At (connected, ended, never)',
      activityUpdateAtWrapUp: 'Update Activity Record At Wrap-Up',
      subjectTemplate: 'Subject Template',
      subjectDateFormat: 'Date Format In Subject',
      subjectTimeZone: 'Time Zone In Subject',
      activityFieldMappings: 'Activity Field Mappings',
      cadVarNameWithActivityId: 'CAD Variable That Holds The Activity Id',
    },
  },
  caseCreationConfig: {
    label: 'Case Creation',
    items: {
      createCaseInbound: 'Auto Case Creation For Inbound Calls',
      createCaseOutbound: 'Auto Case Creation For Outbound Calls',
      caseObjectName: 'Case Object Name',
      caseFieldMappings: 'Case Field Mappings',
    },
  },
  outDialConfig: {
    label: 'Click To Dial',
    items: {
      clickToDialEnabled: 'Click To Dial Enabled',
      outDialRemovePrefixes: 'Remove Phone Number Prefix Strings',
      outDialCountryCode: 'Country Code Of National Numbers',
    },
  },
  omniStateSyncConfig: {
    label: 'Omni-Channel State Sync',
    items: {
      omniStateSyncEnabled: 'Omni-Channel State Sync Enabled',
      omniStateSyncDirection: 'Sync Direction (crmToAgent, agentToCrm, both)',
      omniStateMappings: 'Presence Status Mappings',
    },
  },
} as const;

export type CallCenterSettingSectionName = keyof typeof CALL_CENTER_SETTING_SECTIONS;

/** The item names of one section. */
export type CallCenterSettingItemName<Section extends CallCenterSettingSectionName> =
  keyof (typeof CALL_CENTER_SETTING_SECTIONS)[Section]['items'];

/** The item that tells the Salesforce shell where the Patchbay desktop lives. */
export const DESKTOP_URL_SETTING = { section: 'patchbayGeneral', item: 'desktopUrl' } as const;

/** The key `getCallCenterSettings` uses for an item: `/<section>/<item>`. */
export function callCenterSettingKey<Section extends CallCenterSettingSectionName>(
  section: Section,
  item: CallCenterSettingItemName<Section> & string,
): string {
  return `/${section}/${item}`;
}
