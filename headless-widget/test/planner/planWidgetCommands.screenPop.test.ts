import { describe, expect, it } from '@jest/globals';
import { OTHER_AGENT, allCommands, assigned, buildContact, cad, offered, policyOf, run } from './plannerFixtures.js';

const contact = buildContact({
  ani: '02 1234 5678',
  callAssociatedData: { customerId: cad('C-1'), pin: cad('1234', { sensitive: true }) },
});
const ANI_POLICY = { screenPop: { searchBy: { kind: 'ani', defaultCountryCode: '39' } } };

describe('planWidgetCommands: screen pop', () => {
  it('pops on the offer by normalised ANI, with the viewable, non-sensitive CAD', () => {
    expect(run([offered(contact)], policyOf(ANI_POLICY)).commands[0]).toEqual([
      {
        target: 'crm',
        method: 'screenPop',
        params: {
          interactionId: 'i-42',
          match: { phone: '+390212345678' },
          mode: 'auto',
          ani: '02 1234 5678',
          dnis: '+390287654321',
          callAssociatedData: { customerId: 'C-1' },
        },
      },
    ]);
  });

  it.each<[string, unknown, number]>([
    ['when offered, on the offer', { when: 'offered' }, 0],
    ['when connected, on the assignment', { when: 'connected' }, 1],
  ])('pops %s, once', (_name, screenPop, index) => {
    const { commands } = run(
      [offered(contact), assigned(contact), assigned(contact), offered(contact)],
      policyOf({ screenPop: { ...ANI_POLICY.screenPop, ...(screenPop as object) } }),
    );
    expect(
      commands.map(
        (planned) => planned.filter((command) => 'method' in command && command.method === 'screenPop').length,
      ),
    ).toEqual([0, 1, 2, 3].map((position) => (position === index ? 1 : 0)));
  });

  it('pops on the assignment when the offer was missed (a reload)', () => {
    expect(allCommands([assigned(contact)], policyOf(ANI_POLICY))).toContainEqual(
      expect.objectContaining({ method: 'screenPop' }),
    );
  });

  it.each<[string, unknown, ReturnType<typeof buildContact>]>([
    ['never', { when: 'never' }, contact],
    ['for an outbound call', {}, buildContact({ direction: 'outbound' })],
    ['for an anonymous caller', {}, buildContact({ ani: 'anonymous' })],
    ['for a national number without a default country', { searchBy: { kind: 'ani' } }, contact],
  ])('does not pop %s', (_name, screenPop, popped) => {
    expect(
      allCommands([offered(popped), assigned(popped)], policyOf({ screenPop, activity: { create: 'never' } })),
    ).toEqual([]);
  });

  it('pops the policy URL beside the record, values encoded, once', () => {
    const policy = policyOf({
      screenPop: { ...ANI_POLICY.screenPop, urlTemplate: 'https://orders.example/find?phone={ani}&c={cad.customerId}' },
    });
    const commands = allCommands([offered(contact), assigned(contact)], policy);
    expect(commands.filter((command) => 'method' in command && command.method !== 'saveActivity')).toEqual([
      expect.objectContaining({ method: 'screenPop' }),
      {
        target: 'crm',
        method: 'openUrl',
        params: { url: 'https://orders.example/find?phone=02%201234%205678&c=C-1', interactionId: 'i-42' },
      },
    ]);
  });

  it('pops the policy URL even when the caller cannot be searched, and never a sensitive value', () => {
    const anonymous = buildContact({ ani: 'anonymous', callAssociatedData: { pin: cad('1234', { sensitive: true }) } });
    const policy = policyOf({
      screenPop: { urlTemplate: 'https://kb.example/call/{interactionId}?pin={cad.pin}' },
      activity: { create: 'never' },
    });
    expect(allCommands([offered(anonymous)], policy)).toEqual([
      { target: 'crm', method: 'openUrl', params: { url: 'https://kb.example/call/i-42?pin=', interactionId: 'i-42' } },
    ]);
  });

  it('ignores an offer to another agent', () => {
    expect(run([offered(contact, OTHER_AGENT)], policyOf(ANI_POLICY))).toEqual({
      commands: [[]],
      state: { interactions: {} },
    });
  });

  it.each<[string, unknown, object | undefined]>([
    [
      'a record id of the configured type',
      { kind: 'cad', variable: 'customerId', objectType: 'contact' },
      { recordId: 'C-1', objectType: 'contact' },
    ],
    ['an email address', { kind: 'cad', variable: 'mail' }, { email: 'ada@example.com' }],
    ['a number', { kind: 'cad', variable: 'callback', defaultCountryCode: '39' }, { phone: '+390299999999' }],
    [
      'the ANI when the variable is missing',
      { kind: 'cad', variable: 'absent', defaultCountryCode: '39' },
      { phone: '+390212345678' },
    ],
    [
      'nothing when the variable is missing and ANI fallback is off',
      { kind: 'cad', variable: 'absent', fallbackToAni: false },
      undefined,
    ],
    [
      'nothing for a sensitive variable',
      { kind: 'cad', variable: 'pin', objectType: 'contact', fallbackToAni: false },
      undefined,
    ],
  ])('searches by CAD: %s', (_name, searchBy, match) => {
    const withCad = buildContact({
      ani: '02 1234 5678',
      callAssociatedData: {
        customerId: cad('C-1'),
        mail: cad('ada@example.com'),
        callback: cad('02 9999 9999'),
        pin: cad('1234', { sensitive: true }),
      },
    });
    const commands = allCommands([offered(withCad)], policyOf({ screenPop: { searchBy } }));
    expect(
      commands.map((command) => ('params' in command && 'match' in command.params ? command.params.match : undefined)),
    ).toEqual(match === undefined ? [] : [match]);
  });

  it('asks for a search only when the desktop picker shows several matches, then opens the pick', () => {
    const policy = policyOf({ screenPop: { ...ANI_POLICY.screenPop, multipleMatches: 'desktopPicker' } });
    const record = { objectType: 'contact', id: '003A' };
    const { commands } = run(
      [
        offered(contact),
        {
          kind: 'screenPopResult',
          interactionId: 'i-42',
          outcome: 'multipleMatches',
          records: [record, { objectType: 'contact', id: '003B' }],
        },
        { kind: 'recordPicked', interactionId: 'i-42', record },
        { kind: 'recordPicked', interactionId: 'i-42', record },
      ],
      policy,
    );
    expect(commands[0]).toEqual([expect.objectContaining({ params: expect.objectContaining({ mode: 'searchOnly' }) })]);
    expect(commands.slice(1)).toEqual([[], [{ target: 'crm', method: 'openRecord', params: { record } }], []]);
  });

  it('creates the caller record once on no match, with the mapped fields', () => {
    const policy = policyOf({
      screenPop: {
        ...ANI_POLICY.screenPop,
        noMatch: {
          action: 'createRecord',
          objectType: 'Lead',
          fieldMappings: [
            { from: 'ani', field: 'Phone' },
            { from: 'dnis', field: 'Line__c' },
            { from: 'cad.customerId', field: 'External__c' },
            { from: 'cad.absent', field: 'Nothing__c' },
          ],
        },
      },
    });
    const noMatch = { kind: 'screenPopResult', interactionId: 'i-42', outcome: 'noMatch', records: [] } as const;
    const { commands } = run([offered(contact), noMatch, noMatch], policy);
    expect(commands.slice(1)).toEqual([
      [
        {
          target: 'crm',
          method: 'createRecord',
          params: {
            objectType: 'Lead',
            fields: { Phone: '02 1234 5678', Line__c: '+390287654321', External__c: 'C-1' },
            open: true,
          },
          durable: { key: 'i-42:noMatchRecord' },
        },
      ],
      [],
    ]);
  });

  it('does nothing on no match when the policy says nothing, or for an unknown interaction', () => {
    const noMatch = { kind: 'screenPopResult', interactionId: 'i-42', outcome: 'noMatch', records: [] } as const;
    expect(run([offered(contact), noMatch], policyOf(ANI_POLICY)).commands[1]).toEqual([]);
    expect(
      run([noMatch], policyOf({ screenPop: { noMatch: { action: 'createRecord', objectType: 'Lead' } } })),
    ).toEqual({
      commands: [[]],
      state: { interactions: {} },
    });
  });
});
