import { SalesforceOrgError } from './SalesforceOrgError.js';
import { normalizeSalesforceId, toCaseSafeId } from './salesforceId.js';
import {
  KEY_PREFIXES,
  SOBJECT_DESCRIBES,
  isSObjectName,
  type SObjectDescribe,
  type SObjectName,
} from './sobjectDescribes.js';
import { validateRecordWrite, type FieldValue } from './validateRecordWrite.js';

/** One record as the org returns it: its object, its 18-character id, and a copy of its fields. */
export type SObjectRecord = {
  readonly type: SObjectName;
  readonly id: string;
  /** Every set field, plus Id, CreatedDate, LastModifiedDate and the computed ones. */
  readonly fields: Readonly<Record<string, FieldValue>>;
};

export type SalesforceOrgOptions = {
  /** The org's clock, for CreatedDate and LastModifiedDate. */
  now: () => Date;
};

/** An in-memory Salesforce org holding Accounts, Contacts, Leads, Cases and Tasks. */
export type SalesforceOrg = {
  /** Inserts a record and returns its 18-character id. Throws SalesforceOrgError. */
  create(sobject: string, fields: Readonly<Record<string, unknown>>): string;
  /** Updates the record with this 15- or 18-character id. Throws SalesforceOrgError. */
  update(id: string, fields: Readonly<Record<string, unknown>>): void;
  /** The record with this id; MALFORMED_ID or NOT_FOUND otherwise. */
  get(id: string): SObjectRecord;
  /** Like get, but undefined for a malformed or unknown id. */
  find(id: string): SObjectRecord | undefined;
  /** All records of one object, oldest first; INVALID_TYPE for an object the org does not have. */
  list(sobject: string): SObjectRecord[];
  /** Accounts, Contacts and Leads whose phone has exactly the digits of `phone`. */
  searchByPhone(phone: string): SObjectRecord[];
  /** Accounts, Contacts and Leads whose Name contains `text`, ignoring case. */
  searchByName(text: string): SObjectRecord[];
  describe(sobject: string): SObjectDescribe;
};

/** The phone fields searched, per the Open CTI search a softphone relies on. */
const PHONE_FIELDS: Partial<Record<SObjectName, readonly string[]>> = {
  Account: ['Phone'],
  Contact: ['Phone', 'MobilePhone'],
  Lead: ['Phone'],
};
const NAMED_OBJECTS: readonly SObjectName[] = ['Account', 'Contact', 'Lead'];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function createSalesforceOrg(options: SalesforceOrgOptions): SalesforceOrg {
  const records = new Map<string, { type: SObjectName; fields: Record<string, FieldValue> }>();
  let sequence = 0;
  let caseNumber = 1000;

  const describe = (sobject: string): SObjectDescribe => {
    if (!isSObjectName(sobject)) {
      throw new SalesforceOrgError({ code: 'INVALID_TYPE', message: `sObject type '${sobject}' is not supported.` });
    }
    return SOBJECT_DESCRIBES[sobject];
  };
  const lookup = (id18: string) => records.get(id18)?.type;
  const snapshot = (id: string, type: SObjectName, fields: Record<string, FieldValue>): SObjectRecord => ({
    type,
    id,
    fields: { ...fields, ...computedName(type, fields) },
  });
  const find = (id: string): SObjectRecord | undefined => {
    let id18: string;
    try {
      id18 = normalizeSalesforceId(id);
    } catch {
      return undefined;
    }
    const stored = records.get(id18);
    return stored === undefined ? undefined : snapshot(id18, stored.type, stored.fields);
  };
  const all = (types: readonly SObjectName[]) =>
    [...records].filter(([, stored]) => types.includes(stored.type)).map(([id, s]) => snapshot(id, s.type, s.fields));
  const timestamp = () => options.now().toISOString().replace('Z', '+0000');

  return {
    describe,
    create(sobject, input) {
      const objectDescribe = describe(sobject);
      const values = validateRecordWrite(objectDescribe, input, 'create', lookup);
      sequence += 1;
      // Salesforce ids are prefix + pod/instance characters + a sequence; ours keep that length.
      const id = toCaseSafeId(KEY_PREFIXES[objectDescribe.name] + 'Hr' + toBase62(sequence, 10));
      const created = timestamp();
      const fields: Record<string, FieldValue> = { Id: id, ...values, CreatedDate: created, LastModifiedDate: created };
      if (objectDescribe.name === 'Case') {
        caseNumber += 1;
        fields['CaseNumber'] = String(caseNumber).padStart(8, '0');
      }
      records.set(id, { type: objectDescribe.name, fields });
      return id;
    },
    update(id, input) {
      const id18 = normalizeSalesforceId(id);
      const stored = records.get(id18);
      if (stored === undefined) throw notFound(id);
      const values = validateRecordWrite(SOBJECT_DESCRIBES[stored.type], input, 'update', lookup);
      Object.assign(stored.fields, values, { LastModifiedDate: timestamp() });
    },
    get(id) {
      const id18 = normalizeSalesforceId(id);
      const found = find(id18);
      if (found === undefined) throw notFound(id);
      return found;
    },
    find,
    list: (sobject) => all([describe(sobject).name]),
    searchByPhone(phone) {
      const wanted = digitsOf(phone);
      if (wanted === '') return [];
      return all(NAMED_OBJECTS).filter((record) =>
        (PHONE_FIELDS[record.type] ?? []).some((field) => digitsOf(record.fields[field]) === wanted),
      );
    },
    searchByName(text) {
      const wanted = text.trim().toLowerCase();
      if (wanted === '') return [];
      return all(NAMED_OBJECTS).filter((record) =>
        String(record.fields['Name'] ?? '')
          .toLowerCase()
          .includes(wanted),
      );
    },
  };
}

/** Contact and Lead Name is a compound of FirstName and LastName; Salesforce computes it. */
function computedName(type: SObjectName, fields: Record<string, FieldValue>): Record<string, FieldValue> {
  if (type !== 'Contact' && type !== 'Lead') return {};
  return {
    Name: [fields['FirstName'], fields['LastName']].filter((part) => part !== null && part !== undefined).join(' '),
  };
}

function digitsOf(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value.replace(/\D/g, '') : '';
}

function toBase62(value: number, width: number): string {
  let out = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62.charAt(rest % 62) + out;
  return out.padStart(width, '0');
}

function notFound(id: string): SalesforceOrgError {
  return new SalesforceOrgError({ code: 'NOT_FOUND', message: `The requested resource does not exist: ${id}` });
}
