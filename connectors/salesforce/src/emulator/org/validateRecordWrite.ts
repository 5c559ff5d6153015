import { SalesforceOrgError } from './SalesforceOrgError.js';
import { normalizeSalesforceId } from './salesforceId.js';
import { sobjectOfId, type FieldDescribe, type SObjectDescribe, type SObjectName } from './sobjectDescribes.js';

/** A stored field value: text, whole numbers, or null for "blank". */
export type FieldValue = string | number | null;

export type WriteMode = 'create' | 'update';

/** Tells the type of an existing record, or undefined if there is none with that 18-char id. */
export type RecordTypeLookup = (id18: string) => SObjectName | undefined;

const TEXT_TYPES = new Set(['string', 'textarea', 'phone', 'email', 'url', 'picklist']);
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Deliberately loose, like Salesforce's own check: one @, something on each side, a dot after it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks one insert or update the way Salesforce's API does, and returns the values to store
 * (ids in 18-character form, numbers as numbers, defaults filled in on create). It stops at the
 * first error, as the API does for most of these codes. Messages never quote free-text values.
 */
export function validateRecordWrite(
  describe: SObjectDescribe,
  input: Readonly<Record<string, unknown>>,
  mode: WriteMode,
  lookup: RecordTypeLookup,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(input)) {
    // A key whose value is undefined is how a structured clone carries "not given": skip it.
    if (raw === undefined) continue;
    const field = describe.fields[name];
    if (field === undefined) {
      if (describe.computedFields.includes(name)) throw notWritable(name);
      throw new SalesforceOrgError({
        code: 'INVALID_FIELD',
        message: `No such column '${name}' on sobject of type ${describe.name}`,
        fields: [name],
      });
    }
    if (mode === 'create' ? !field.createable : !field.updateable) throw notWritable(name);
    values[name] = raw === null ? null : checkValue(name, field, raw, lookup);
    if (values[name] === '' && field.type !== 'textarea') values[name] = null;
  }
  if (mode === 'create') {
    for (const [name, field] of Object.entries(describe.fields)) {
      if ((values[name] ?? null) === null && field.defaultValue !== undefined) values[name] = field.defaultValue;
    }
  }
  const missing = Object.entries(describe.fields)
    .filter(([name, field]) => field.required === true && (mode === 'create' || name in values))
    .filter(([name]) => (values[name] ?? null) === null)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new SalesforceOrgError({
      code: 'REQUIRED_FIELD_MISSING',
      message: `Required fields are missing: [${missing.join(', ')}]`,
      fields: missing,
    });
  }
  return values;
}

function checkValue(name: string, field: FieldDescribe, raw: unknown, lookup: RecordTypeLookup): FieldValue {
  if (TEXT_TYPES.has(field.type)) return checkText(name, field, raw);
  switch (field.type) {
    case 'reference':
      return checkReference(name, field, raw, lookup);
    case 'date':
      return checkDate(name, raw);
    case 'int':
      return checkInteger(name, field, raw);
    default:
      throw wrongType(name, field.type);
  }
}

function checkText(name: string, field: FieldDescribe, raw: unknown): string {
  if (typeof raw !== 'string') throw wrongType(name, field.type);
  if (field.restrictedPicklist === true && raw !== '' && !(field.picklistValues ?? []).includes(raw)) {
    throw new SalesforceOrgError({
      code: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      message: `${field.label}: bad value for restricted picklist field: ${raw}`,
      fields: [name],
    });
  }
  if (field.length !== undefined && raw.length > field.length) {
    throw new SalesforceOrgError({
      code: 'STRING_TOO_LONG',
      message: `${field.label}: data value too large (max length=${field.length})`,
      fields: [name],
    });
  }
  if (field.type === 'email' && raw !== '' && !EMAIL.test(raw)) {
    throw new SalesforceOrgError({
      code: 'INVALID_EMAIL_ADDRESS',
      message: `${field.label}: invalid email address`,
      fields: [name],
    });
  }
  return raw;
}

function checkReference(name: string, field: FieldDescribe, raw: unknown, lookup: RecordTypeLookup): string | null {
  if (raw === '') return null;
  if (typeof raw !== 'string') throw wrongType(name, field.type);
  let id18: string;
  try {
    id18 = normalizeSalesforceId(raw);
  } catch {
    throw new SalesforceOrgError({
      code: 'MALFORMED_ID',
      message: `${field.label}: id value of incorrect type: ${raw}`,
      fields: [name],
    });
  }
  // The key prefix tells the object even of a record that does not exist, as in Salesforce:
  // an id of the wrong object is an integrity error, a missing record of the right one is not.
  const objectName = sobjectOfId(id18);
  if (objectName === undefined || !(field.referenceTo ?? []).includes(objectName)) {
    throw new SalesforceOrgError({
      code: 'FIELD_INTEGRITY_EXCEPTION',
      message: `${field.label}: id value of incorrect type: ${raw}`,
      fields: [name],
    });
  }
  if (lookup(id18) === undefined) {
    throw new SalesforceOrgError({
      code: 'INVALID_CROSS_REFERENCE_KEY',
      message: `invalid cross reference id`,
      fields: [name],
    });
  }
  return id18;
}

function checkDate(name: string, raw: unknown): string {
  const match = typeof raw === 'string' ? DATE_ONLY.exec(raw) : null;
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2025-02-30 over to March: a round trip catches impossible days.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return raw as string;
  }
  throw new SalesforceOrgError({
    code: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
    message: `${name}: value not of required type: expected YYYY-MM-DD`,
    fields: [name],
  });
}

function checkInteger(name: string, field: FieldDescribe, raw: unknown): number {
  // [I] Open CTI passes saveLog values through as given; adapters often send numbers as strings.
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(name, field.type);
  if (value < 0 || value > 99_999_999) {
    // [I] CallDurationInSeconds is int(8); Salesforce's exact refusal of negatives is not documented.
    throw new SalesforceOrgError({
      code: 'FIELD_INTEGRITY_EXCEPTION',
      message: `${field.label}: value out of range (0..99999999)`,
      fields: [name],
    });
  }
  return value;
}

function notWritable(name: string): SalesforceOrgError {
  return new SalesforceOrgError({
    code: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    message: `Unable to create/update fields: ${name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
    fields: [name],
  });
}

function wrongType(name: string, type: string): SalesforceOrgError {
  return new SalesforceOrgError({
    code: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
    message: `${name}: value not of required type: ${type}`,
    fields: [name],
  });
}
