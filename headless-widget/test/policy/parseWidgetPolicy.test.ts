import { describe, expect, it } from '@jest/globals';
import { parseWidgetPolicy } from '../../src/policy/parseWidgetPolicy.js';
import { WidgetPolicyError, type WidgetPolicyIssue } from '../../src/policy/WidgetPolicyError.js';

function issuesOf(input: unknown): readonly WidgetPolicyIssue[] {
  try {
    parseWidgetPolicy(input);
  } catch (error) {
    if (error instanceof WidgetPolicyError) return error.issues;
    throw error;
  }
  throw new Error('expected the policy to be refused');
}

describe('parseWidgetPolicy defaults', () => {
  it('turns an empty document into a complete, quiet policy', () => {
    expect(parseWidgetPolicy({})).toEqual({
      screenPop: {
        when: 'offered',
        searchBy: { kind: 'ani', stripPrefixes: [] },
        multipleMatches: 'crmSearch',
        noMatch: { action: 'nothing' },
      },
      activity: {
        create: 'connected',
        updateAtWrapUp: true,
        subjectTemplate: '{direction} Call {datetime}',
        dateFormat: 'YYYY-MM-DD HH:mm',
        timeZone: 'UTC',
        fieldMappings: [],
        activityIdVariable: 'patchbayActivityId',
      },
      caseCreation: { inbound: false, outbound: false, objectType: 'case', fieldMappings: [] },
      clickToDial: { enabled: true, stripPrefixes: [] },
      presenceSync: { enabled: false, direction: 'both', mappings: [] },
    });
  });

  it('fills the defaults inside a section that is only partly given', () => {
    const policy = parseWidgetPolicy({
      screenPop: { searchBy: { kind: 'cad', variable: 'customerId' } },
      caseCreation: { inbound: true },
    });
    expect(policy.screenPop.searchBy).toEqual({
      kind: 'cad',
      variable: 'customerId',
      fallbackToAni: true,
      stripPrefixes: [],
    });
    expect(policy.caseCreation).toEqual({ inbound: true, outbound: false, objectType: 'case', fieldMappings: [] });
  });
});

describe('parseWidgetPolicy accepts every branch', () => {
  it.each([
    ['screen pop when offered', { screenPop: { when: 'offered' } }],
    ['screen pop when connected', { screenPop: { when: 'connected' } }],
    ['screen pop never', { screenPop: { when: 'never' } }],
    [
      'search by ani with prefixes and country',
      { screenPop: { searchBy: { kind: 'ani', stripPrefixes: ['9', '0'], defaultCountryCode: '39' } } },
    ],
    [
      'search by cad record id without ani fallback',
      { screenPop: { searchBy: { kind: 'cad', variable: 'crm.id', objectType: 'contact', fallbackToAni: false } } },
    ],
    ['multiple matches in the CRM search', { screenPop: { multipleMatches: 'crmSearch' } }],
    ['multiple matches in the desktop picker', { screenPop: { multipleMatches: 'desktopPicker' } }],
    ['no match does nothing', { screenPop: { noMatch: { action: 'nothing' } } }],
    [
      'no match creates a record',
      {
        screenPop: {
          noMatch: {
            action: 'createRecord',
            objectType: 'Lead',
            fieldMappings: [
              { from: 'ani', field: 'Phone' },
              { from: 'dnis', field: 'Line__c' },
              { from: 'cad.customerName', field: 'LastName' },
            ],
          },
        },
      },
    ],
    ['a url template', { screenPop: { urlTemplate: 'https://crm.example/s?q={ani}&i={interactionId}&c={cad.x}' } }],
    ['activity at connected', { activity: { create: 'connected' } }],
    ['activity at ended', { activity: { create: 'ended', updateAtWrapUp: false } }],
    ['no activity', { activity: { create: 'never' } }],
    [
      'a custom subject, format and zone',
      {
        activity: {
          subjectTemplate: '{direction} {ani}->{dnis} {queue} {datetime}',
          dateFormat: 'DD/MM/YYYY HH:mm:ss',
          timeZone: 'Europe/Rome',
          fieldMappings: [{ from: 'cad.reason', field: 'Reason__c' }],
          activityIdVariable: 'crmTaskId',
        },
      },
    ],
    ['cases both ways', { caseCreation: { inbound: true, outbound: true, objectType: 'incident' } }],
    [
      'click-to-dial with number normalisation',
      { clickToDial: { enabled: false, stripPrefixes: ['0'], defaultCountryCode: '44' } },
    ],
    [
      'presence sync with both mapping kinds',
      {
        presenceSync: {
          enabled: true,
          direction: 'crmToAgent',
          mappings: [
            { crmPresenceId: '0N5-available', agentState: 'Available' },
            { crmPresenceId: '0N5-lunch', agentState: { idleCodeId: 'lunch' } },
          ],
        },
      },
    ],
    ['presence agent to CRM', { presenceSync: { direction: 'agentToCrm' } }],
  ])('%s', (_name, input) => {
    expect(() => parseWidgetPolicy(input)).not.toThrow();
  });
});

describe('parseWidgetPolicy errors', () => {
  it('throws INVALID_POLICY with the first issue as field', () => {
    expect(() => parseWidgetPolicy({ screenPop: { when: 'later' } })).toThrow(
      expect.objectContaining({ name: 'WidgetPolicyError', code: 'INVALID_POLICY', field: 'screenPop.when' }),
    );
  });

  it.each<[string, unknown, WidgetPolicyIssue[]]>([
    ['a document that is not an object', [], [{ path: '', expected: 'object', got: 'array' }]],
    ['null', null, [{ path: '', expected: 'object', got: 'null' }]],
    [
      'an unknown moment',
      { screenPop: { when: 'later' } },
      [{ path: 'screenPop.when', expected: "'offered' | 'connected' | 'never'", got: 'string' }],
    ],
    [
      'an unknown search kind',
      { screenPop: { searchBy: { kind: 'email' } } },
      [{ path: 'screenPop.searchBy.kind', expected: "'ani' | 'cad'", got: 'string' }],
    ],
    [
      'a cad search without variable',
      { screenPop: { searchBy: { kind: 'cad' } } },
      [{ path: 'screenPop.searchBy.variable', expected: 'string', got: 'undefined' }],
    ],
    [
      'a wrong mapping field',
      {
        screenPop: {
          noMatch: { action: 'createRecord', objectType: 'lead', fieldMappings: [{ from: 'ani', field: 42 }] },
        },
      },
      [{ path: 'screenPop.noMatch.fieldMappings[0].field', expected: 'string', got: 'number' }],
    ],
    [
      'a wrong mapping source',
      { caseCreation: { fieldMappings: [{ from: 'caller', field: 'Phone' }] } },
      [{ path: 'caseCreation.fieldMappings[0].from', expected: 'ani, dnis or cad.NAME', got: 'string' }],
    ],
    [
      'an unknown url placeholder',
      { screenPop: { urlTemplate: 'https://crm.example/?q={phone}' } },
      [
        {
          path: 'screenPop.urlTemplate',
          expected: 'a template using only the placeholders {ani}, {interactionId}, {cad.NAME}',
          got: 'string',
        },
      ],
    ],
    [
      'a url template that is not a web address',
      { screenPop: { urlTemplate: 'javascript:alert({ani})' } },
      [
        {
          path: 'screenPop.urlTemplate',
          expected: 'an http or https URL template such as https://crm.example/search?phone={ani}',
          got: 'string',
        },
      ],
    ],
    [
      'a stray brace in the subject',
      { activity: { subjectTemplate: '{direction} call {' } },
      [
        {
          path: 'activity.subjectTemplate',
          expected: 'a template using only the placeholders {direction}, {datetime}, {ani}, {dnis}, {queue}',
          got: 'string',
        },
      ],
    ],
    [
      'a cad placeholder in the subject',
      { activity: { subjectTemplate: '{cad.x}' } },
      [
        {
          path: 'activity.subjectTemplate',
          expected: 'a template using only the placeholders {direction}, {datetime}, {ani}, {dnis}, {queue}',
          got: 'string',
        },
      ],
    ],
    [
      'an unknown time zone',
      { activity: { timeZone: 'Mars/Olympus' } },
      [{ path: 'activity.timeZone', expected: 'an IANA time zone such as Europe/Rome', got: 'string' }],
    ],
    [
      'an unknown date token',
      { activity: { dateFormat: 'YYYY-MMM' } },
      [
        {
          path: 'activity.dateFormat',
          expected: 'a date format of YYYY MM DD HH mm ss and punctuation',
          got: 'string',
        },
      ],
    ],
    [
      'a bad country code',
      { clickToDial: { defaultCountryCode: '+39' } },
      [{ path: 'clickToDial.defaultCountryCode', expected: 'a country code of 1-3 digits such as 39', got: 'string' }],
    ],
    [
      'a bad presence agent state',
      { presenceSync: { mappings: [{ crmPresenceId: 'busy', agentState: 'Busy' }] } },
      [{ path: 'presenceSync.mappings[0].agentState', expected: "'Available' or object", got: 'string' }],
    ],
    [
      'a bad idle code in a presence mapping',
      { presenceSync: { mappings: [{ crmPresenceId: 'busy', agentState: { idleCodeId: 7 } }] } },
      [{ path: 'presenceSync.mappings[0].agentState.idleCodeId', expected: 'string', got: 'number' }],
    ],
    [
      'a presence mapped twice',
      {
        presenceSync: {
          mappings: [
            { crmPresenceId: 'a', agentState: 'Available' },
            { crmPresenceId: 'a', agentState: { idleCodeId: 'x' } },
          ],
        },
      },
      [{ path: 'presenceSync.mappings', expected: 'each crmPresenceId at most once', got: 'array' }],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('refuses unknown keys by name, at every level', () => {
    expect(issuesOf({ screenpop: {}, activity: { subject: 'x' } })).toEqual([
      { path: 'activity.subject', expected: 'no such key', got: 'unknown key' },
      { path: 'screenpop', expected: 'no such key', got: 'unknown key' },
    ]);
  });

  it('reports every issue of a document, never its values', () => {
    const secret = 'sk_live_do_not_log';
    const issues = issuesOf({
      screenPop: { when: secret, multipleMatches: 3 },
      activity: { updateAtWrapUp: 'yes', timeZone: secret },
      clickToDial: { stripPrefixes: ['9', 'x'] },
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'screenPop.when',
      'screenPop.multipleMatches',
      'activity.updateAtWrapUp',
      'activity.timeZone',
      'clickToDial.stripPrefixes[1]',
    ]);
    expect(JSON.stringify(issues)).not.toContain(secret);
  });

  it('lists the issues in its message', () => {
    expect(() => parseWidgetPolicy({ caseCreation: { inbound: 'yes' } })).toThrow(
      '[policy] INVALID_POLICY (1 issue): caseCreation.inbound: expected boolean, got string',
    );
  });
});
