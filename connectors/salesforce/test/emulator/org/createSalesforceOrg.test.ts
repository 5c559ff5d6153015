import { describe, expect, it } from '@jest/globals';
import {
  createSalesforceOrg,
  SANDBOX_SHARED_PHONE,
  SANDBOX_SINGLE_MATCH_PHONE,
  seedSandboxOrg,
  SalesforceOrgError,
  type SalesforceOrgErrorCode,
} from '../../../src/emulator/org/index.js';

function seededOrg() {
  let now = new Date('2026-03-02T09:30:00.000Z');
  const org = createSalesforceOrg({ now: () => now });
  const ids = seedSandboxOrg(org);
  const advance = (to: string) => {
    now = new Date(to);
  };
  return { org, ids, advance };
}

function refusal(action: () => unknown): { code: SalesforceOrgErrorCode; fields: readonly string[] } {
  try {
    action();
  } catch (error) {
    if (error instanceof SalesforceOrgError) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error('expected a SalesforceOrgError');
}

describe('createSalesforceOrg', () => {
  it('creates records with prefixed 18-character ids, defaults and audit dates', () => {
    const { org, ids } = seededOrg();
    const taskId = org.create('Task', { Subject: 'Call', WhoId: ids.contacts.giuliaRossi });
    expect(taskId).toMatch(/^00T[a-zA-Z0-9]{15}$/);
    expect(ids.accounts.rossiImpianti.startsWith('001')).toBe(true);
    expect(ids.leads.lucaEsposito.startsWith('00Q')).toBe(true);
    expect(ids.cases.boilerFault.startsWith('500')).toBe(true);
    const task = org.get(taskId.slice(0, 15));
    expect(task.fields).toMatchObject({
      Status: 'Not Started',
      Priority: 'Normal',
      CreatedDate: '2026-03-02T09:30:00.000+0000',
      LastModifiedDate: '2026-03-02T09:30:00.000+0000',
    });
    expect(org.get(ids.contacts.giuliaRossi).fields['Name']).toBe('Giulia Rossi');
    expect(org.get(ids.cases.boilerFault).fields['CaseNumber']).toBe('00001001');
  });

  it('updates a record and moves LastModifiedDate with the injected clock', () => {
    const { org, ids, advance } = seededOrg();
    const taskId = org.create('Task', { Subject: 'Call', TaskSubtype: 'Call', CallType: 'Inbound' });
    advance('2026-03-02T09:45:00.000Z');
    org.update(taskId, { Status: 'Completed', CallDurationInSeconds: '73', WhatId: ids.accounts.rossiImpianti });
    expect(org.get(taskId).fields).toMatchObject({
      Status: 'Completed',
      CallDurationInSeconds: 73,
      CreatedDate: '2026-03-02T09:30:00.000+0000',
      LastModifiedDate: '2026-03-02T09:45:00.000+0000',
    });
  });

  it('finds records by phone digits, including several for a shared line', () => {
    const { org, ids } = seededOrg();
    const shared = org.searchByPhone('0039-02-87654321'.replace('0039', '+39')).map((record) => record.id);
    expect(shared.sort()).toEqual(
      [ids.accounts.rossiImpianti, ids.contacts.giuliaRossi, ids.contacts.marcoRossi].sort(),
    );
    expect(org.searchByPhone(SANDBOX_SINGLE_MATCH_PHONE).map((r) => r.id)).toEqual([ids.contacts.francescaBianchi]);
    expect(org.searchByPhone(SANDBOX_SHARED_PHONE.replace(/\s/g, '')).length).toBe(3);
    expect(org.searchByPhone('+39 000')).toEqual([]);
  });

  it('finds records by a part of their name, ignoring case', () => {
    const { org, ids } = seededOrg();
    expect(
      org
        .searchByName('rossi')
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids.accounts.rossiImpianti, ids.contacts.giuliaRossi, ids.contacts.marcoRossi].sort());
    expect(org.searchByName('Carter').map((r) => r.type)).toEqual(['Lead']);
  });

  it('lists records of one object and refuses unknown objects', () => {
    const { org } = seededOrg();
    expect(org.list('Account').map((r) => r.fields['Name'])).toEqual([
      'Rossi Impianti S.r.l.',
      'Banca della Laguna S.p.A.',
      'Thames Freight Ltd',
    ]);
    expect(refusal(() => org.list('Opportunity')).code).toBe('INVALID_TYPE');
    expect(refusal(() => org.create('Widget__c', {})).code).toBe('INVALID_TYPE');
  });

  it('refuses unknown and malformed ids on read and update', () => {
    const { org } = seededOrg();
    expect(refusal(() => org.get('003Hr0000009999')).code).toBe('NOT_FOUND');
    expect(refusal(() => org.get('not-an-id')).code).toBe('MALFORMED_ID');
    expect(refusal(() => org.update('00THr0000009999', { Subject: 'x' })).code).toBe('NOT_FOUND');
    expect(org.find('garbage')).toBeUndefined();
  });

  const long = (length: number) => 'x'.repeat(length);
  it.each<[string, string, Record<string, unknown>, SalesforceOrgErrorCode, string[]]>([
    ['Contact without LastName', 'Contact', { FirstName: 'Anna' }, 'REQUIRED_FIELD_MISSING', ['LastName']],
    ['Lead without LastName and Company', 'Lead', {}, 'REQUIRED_FIELD_MISSING', ['LastName', 'Company']],
    ['Account without Name', 'Account', { Phone: '1' }, 'REQUIRED_FIELD_MISSING', ['Name']],
    ['unknown field', 'Task', { Foo__c: 'x' }, 'INVALID_FIELD', ['Foo__c']],
    ['computed field', 'Contact', { LastName: 'X', Name: 'X' }, 'INVALID_FIELD_FOR_INSERT_UPDATE', ['Name']],
    ['Subject over 255', 'Task', { Subject: long(256) }, 'STRING_TOO_LONG', ['Subject']],
    ['CallObject over 255', 'Task', { CallObject: long(256) }, 'STRING_TOO_LONG', ['CallObject']],
    ['CallDisposition over 255', 'Task', { CallDisposition: long(256) }, 'STRING_TOO_LONG', ['CallDisposition']],
    ['Description over 32000', 'Task', { Description: long(32001) }, 'STRING_TOO_LONG', ['Description']],
    [
      'CallType outside picklist',
      'Task',
      { CallType: 'inbound' },
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      ['CallType'],
    ],
    [
      'TaskSubtype outside picklist',
      'Task',
      { TaskSubtype: 'Fax' },
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      ['TaskSubtype'],
    ],
    ['Task Status outside picklist', 'Task', { Status: 'Done' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['Status']],
    [
      'Task Priority outside picklist',
      'Task',
      { Priority: 'Urgent' },
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      ['Priority'],
    ],
    ['Case Status outside picklist', 'Case', { Status: 'Open' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['Status']],
    ['Case Origin outside picklist', 'Case', { Origin: 'Fax' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['Origin']],
    [
      'ActivityDate not YYYY-MM-DD',
      'Task',
      { ActivityDate: '02/03/2026' },
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      ['ActivityDate'],
    ],
    [
      'ActivityDate impossible day',
      'Task',
      { ActivityDate: '2026-02-30' },
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      ['ActivityDate'],
    ],
    [
      'duration not an integer',
      'Task',
      { CallDurationInSeconds: 7.5 },
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      ['CallDurationInSeconds'],
    ],
    [
      'negative duration',
      'Task',
      { CallDurationInSeconds: -1 },
      'FIELD_INTEGRITY_EXCEPTION',
      ['CallDurationInSeconds'],
    ],
    ['malformed WhoId', 'Task', { WhoId: '003xyz' }, 'MALFORMED_ID', ['WhoId']],
    ['Email not an address', 'Contact', { LastName: 'X', Email: 'nope' }, 'INVALID_EMAIL_ADDRESS', ['Email']],
    ['text field given a number', 'Task', { Subject: 42 }, 'INVALID_TYPE_ON_FIELD_IN_RECORD', ['Subject']],
  ])('refuses %s', (_, sobject, fields, code, failing) => {
    const { org } = seededOrg();
    expect(refusal(() => org.create(sobject, fields))).toEqual({ code, fields: failing });
  });

  it('accepts the limits themselves', () => {
    const { org } = seededOrg();
    const id = org.create('Task', {
      Subject: long(255),
      Description: long(32000),
      ActivityDate: '2028-02-29',
      CallDurationInSeconds: 0,
      TaskSubtype: 'Call',
      CallType: 'Internal',
    });
    expect(org.get(id).fields['ActivityDate']).toBe('2028-02-29');
  });

  it('checks WhoId and WhatId targets', () => {
    const { org, ids } = seededOrg();
    expect(refusal(() => org.create('Task', { WhoId: ids.accounts.bancaLaguna }))).toEqual({
      code: 'FIELD_INTEGRITY_EXCEPTION',
      fields: ['WhoId'],
    });
    expect(refusal(() => org.create('Task', { WhatId: ids.contacts.oliverHughes }))).toEqual({
      code: 'FIELD_INTEGRITY_EXCEPTION',
      fields: ['WhatId'],
    });
    expect(refusal(() => org.create('Task', { WhoId: '003Hr0000009999' }))).toEqual({
      code: 'INVALID_CROSS_REFERENCE_KEY',
      fields: ['WhoId'],
    });
    const id = org.create('Task', { WhoId: ids.leads.emilyCarter, WhatId: ids.cases.cardBlocked.toLowerCase() });
    expect(org.get(id).fields['WhatId']).toBe(ids.cases.cardBlocked);
  });

  it('lets TaskSubtype be set on create but not on update, and keeps required fields on update', () => {
    const { org, ids } = seededOrg();
    const id = org.create('Task', { TaskSubtype: 'Call' });
    expect(refusal(() => org.update(id, { TaskSubtype: 'Task' }))).toEqual({
      code: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['TaskSubtype'],
    });
    expect(refusal(() => org.update(ids.contacts.marcoRossi, { LastName: null }))).toEqual({
      code: 'REQUIRED_FIELD_MISSING',
      fields: ['LastName'],
    });
    expect(refusal(() => org.update(id, { CreatedDate: '2020-01-01' })).code).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
  });
});
