import { describe, expect, it } from '@jest/globals';
import {
  callCenterSettingsToPolicy,
  policyToCallCenterSections,
  readDesktopUrlSetting,
  type CallCenterSection,
} from '@patchbay/connector-salesforce';
import { parseWidgetPolicy, type WidgetPolicy } from '@patchbay/headless-widget';

const desktopUrl = 'https://cc.acme.example/desktop/';

/** What getCallCenterSettings returns for these sections, with its label and sortOrder noise. */
function flatten(sections: readonly CallCenterSection[]): Record<string, string> {
  const settings: Record<string, string> = { '/reqGeneralInfo/reqInternalName': 'AcmeCti' };
  sections.forEach((section, sectionIndex) => {
    settings[`/${section.name}/label`] = section.label;
    settings[`/${section.name}/sortOrder`] = String(sectionIndex);
    for (const item of section.items) settings[`/${section.name}/${item.name}`] = item.value;
  });
  return settings;
}

const roundTrip = (policy: WidgetPolicy) =>
  parseWidgetPolicy(callCenterSettingsToPolicy(flatten(policyToCallCenterSections(policy, { desktopUrl }))));

const fullPolicy = parseWidgetPolicy({
  screenPop: {
    when: 'connected',
    searchBy: {
      kind: 'cad',
      variable: 'customerId',
      objectType: 'Contact',
      fallbackToAni: false,
      stripPrefixes: ['9', '00'],
      defaultCountryCode: '39',
    },
    multipleMatches: 'desktopPicker',
    noMatch: {
      action: 'createRecord',
      objectType: 'Lead',
      fieldMappings: [
        { from: 'ani', field: 'Phone' },
        { from: 'cad.company', field: 'Company' },
      ],
    },
    urlTemplate: 'https://orders.example/lookup?phone={ani}&c={cad.customerId}',
  },
  activity: {
    create: 'ended',
    updateAtWrapUp: false,
    subjectTemplate: '{direction} call, {queue} {datetime}',
    dateFormat: 'DD/MM/YYYY HH:mm',
    timeZone: 'Europe/Rome',
    fieldMappings: [{ from: 'dnis', field: 'Dialled__c' }],
    activityIdVariable: 'sfActivityId',
  },
  caseCreation: {
    inbound: true,
    outbound: true,
    objectType: 'Case',
    fieldMappings: [{ from: 'cad.product', field: 'Product__c' }],
  },
  clickToDial: { enabled: false, stripPrefixes: ['0'], defaultCountryCode: '1' },
  presenceSync: {
    enabled: true,
    direction: 'crmToAgent',
    mappings: [
      { crmPresenceId: '0N5xx0000000001', agentState: 'Available' },
      { crmPresenceId: 'Busy_Lunch', agentState: { idleCodeId: 'lunch-1' } },
    ],
  },
});

describe('policyToCallCenterSections', () => {
  it('writes Setup-valid section and item names', () => {
    for (const section of policyToCallCenterSections(fullPolicy, { desktopUrl })) {
      for (const name of [section.name, ...section.items.map((item) => item.name)]) {
        expect(name).toMatch(/^[A-Za-z0-9]{1,40}$/);
        expect(name).not.toMatch(/^req/);
        expect(['label', 'sortOrder', 'internalNameLabel', 'displayNameLabel']).not.toContain(name);
      }
    }
  });

  it('writes mappings, lists and booleans as an admin edits them', () => {
    const sections = policyToCallCenterSections(fullPolicy, { desktopUrl });
    const settings = flatten(sections);
    expect(sections.map((section) => section.name)).toEqual([
      'patchbayGeneral',
      'advancedScreenPopConfig',
      'noRecordMatchConfig',
      'activityRecordConfig',
      'caseCreationConfig',
      'outDialConfig',
      'omniStateSyncConfig',
    ]);
    expect(settings).toMatchObject({
      '/patchbayGeneral/desktopUrl': desktopUrl,
      '/advancedScreenPopConfig/advancedScreenPopEnabled': 'true',
      '/advancedScreenPopConfig/removeAniPrefixes': '9,00',
      '/noRecordMatchConfig/noRecordMatchFieldMappings': 'Phone={ani},Company={cad.company}',
      '/omniStateSyncConfig/omniStateMappings': '0N5xx0000000001=Available,Busy_Lunch=idle:lunch-1',
    });
  });

  it('refuses a presence id the list syntax cannot carry', () => {
    const policy = parseWidgetPolicy({
      presenceSync: { mappings: [{ crmPresenceId: 'a=b', agentState: 'Available' }] },
    });
    expect(() => policyToCallCenterSections(policy, { desktopUrl })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: '/omniStateSyncConfig/omniStateMappings' }),
    );
  });
});

describe('callCenterSettingsToPolicy', () => {
  it.each([
    ['every field set', fullPolicy],
    ['the defaults', parseWidgetPolicy({})],
    [
      'an ANI search with a country code',
      parseWidgetPolicy({ screenPop: { searchBy: { kind: 'ani', defaultCountryCode: '44' } } }),
    ],
    [
      'a CAD search without object type',
      parseWidgetPolicy({ screenPop: { searchBy: { kind: 'cad', variable: 'email' } } }),
    ],
  ])('reads back %s unchanged', (_name, policy) => {
    expect(roundTrip(policy)).toEqual(policy);
  });

  it('ignores label and sortOrder keys and reads empty items as the defaults', () => {
    expect(
      callCenterSettingsToPolicy({ '/outDialConfig/label': 'Click To Dial', '/outDialConfig/clickToDialEnabled': '' }),
    ).toEqual({
      screenPop: { searchBy: { kind: 'ani', stripPrefixes: [] }, noMatch: { action: 'nothing' } },
      activity: {},
      caseCreation: {},
      clickToDial: {},
      presenceSync: {},
    });
  });

  it.each([
    ['/advancedScreenPopConfig/screenPopMoment', 'always'],
    ['/advancedScreenPopConfig/advancedScreenPopEnabled', 'yes'],
    ['/advancedScreenPopConfig/fallbackToAni', '1'],
    ['/advancedScreenPopConfig/cadSearchVariable', '9lives'],
    ['/advancedScreenPopConfig/cadSearchObjectType', 'Contact Record'],
    ['/advancedScreenPopConfig/removeAniPrefixes', '+1,+91'],
    ['/advancedScreenPopConfig/aniCountryCode', '+39'],
    ['/advancedScreenPopConfig/multipleMatches', 'picker'],
    ['/advancedScreenPopConfig/screenPopUrlTemplate', 'https://x.example/?p={ani'],
    ['/noRecordMatchConfig/noRecordMatchCreateEnabled', 'on'],
    ['/noRecordMatchConfig/noRecordMatchObjectName', '__Lead'],
    ['/noRecordMatchConfig/noRecordMatchFieldMappings', 'Phone=ani'],
    ['/activityRecordConfig/activityCreateAt', 'wrapup'],
    ['/activityRecordConfig/activityUpdateAtWrapUp', 'True!'],
    ['/activityRecordConfig/subjectTemplate', '{direction} Call }'],
    ['/activityRecordConfig/subjectDateFormat', 'MM-dd-yyyy hh:mm a'],
    ['/activityRecordConfig/subjectTimeZone', 'Mars/Olympus'],
    ['/activityRecordConfig/activityFieldMappings', 'Language__c={cad.}'],
    ['/activityRecordConfig/cadVarNameWithActivityId', 'activity id'],
    ['/caseCreationConfig/createCaseInbound', 'maybe'],
    ['/caseCreationConfig/createCaseOutbound', 'no'],
    ['/caseCreationConfig/caseObjectName', 'Case;drop'],
    ['/caseCreationConfig/caseFieldMappings', 'AccountId={account}'],
    ['/outDialConfig/clickToDialEnabled', 'enabled'],
    ['/outDialConfig/outDialRemovePrefixes', '9,,0'],
    ['/outDialConfig/outDialCountryCode', '0039'],
    ['/omniStateSyncConfig/omniStateSyncEnabled', 'y'],
    ['/omniStateSyncConfig/omniStateSyncDirection', 'twoWay'],
    ['/omniStateSyncConfig/omniStateMappings', 'Busy=NotReady'],
  ])('refuses %s = %p', (field, value) => {
    const settings = {
      ...flatten(policyToCallCenterSections(fullPolicy, { desktopUrl })),
      [field]: value,
    };
    expect(() => callCenterSettingsToPolicy(settings)).toThrow(
      expect.objectContaining({ name: 'ConnectorError', crm: 'salesforce', code: 'INVALID_INPUT', field }),
    );
  });

  it.each([
    ['/advancedScreenPopConfig/cadSearchVariable', '/advancedScreenPopConfig/advancedScreenPopEnabled'],
    ['/noRecordMatchConfig/noRecordMatchObjectName', '/noRecordMatchConfig/noRecordMatchCreateEnabled'],
  ])('requires %s when %s is true', (field, toggle) => {
    expect(() => callCenterSettingsToPolicy({ [toggle]: 'true', [field]: ' ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field }),
    );
  });

  it('does not put the refused value in the message', () => {
    expect(() => callCenterSettingsToPolicy({ '/outDialConfig/outDialCountryCode': 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') as unknown }),
    );
  });
});

describe('readDesktopUrlSetting', () => {
  it.each([[desktopUrl], ['http://127.0.0.1:8080/'], [' https://cc.acme.example ']])('reads %p', (value) => {
    expect(readDesktopUrlSetting({ '/patchbayGeneral/desktopUrl': value }).href).toBe(new URL(value.trim()).href);
  });

  it.each([[undefined], [''], ['http://cc.acme.example/'], ['javascript:alert(1)'], ['not a url']])(
    'refuses %p',
    (value) => {
      const settings = value === undefined ? {} : { '/patchbayGeneral/desktopUrl': value };
      expect(() => readDesktopUrlSetting(settings)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', field: '/patchbayGeneral/desktopUrl' }),
      );
    },
  );
});
