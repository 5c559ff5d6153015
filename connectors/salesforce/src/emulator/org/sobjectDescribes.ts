/** The sobjects the emulated org holds. Custom objects are not modelled. */
export const SOBJECT_NAMES = ['Account', 'Contact', 'Lead', 'Case', 'Task'] as const;
export type SObjectName = (typeof SOBJECT_NAMES)[number];

/** Salesforce's fixed key prefixes: the first three characters of every id of that object. */
export const KEY_PREFIXES: Readonly<Record<SObjectName, string>> = {
  Account: '001',
  Contact: '003',
  Lead: '00Q',
  Case: '500',
  Task: '00T',
};

export type FieldType = 'string' | 'textarea' | 'phone' | 'email' | 'url' | 'picklist' | 'reference' | 'date' | 'int';

/** The part of a field's describe that the emulator enforces. */
export type FieldDescribe = {
  readonly type: FieldType;
  readonly label: string;
  /** Maximum length of a text value. */
  readonly length?: number;
  /** Required on create (and cannot be cleared on update) unless `defaultValue` fills it. */
  readonly required?: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly picklistValues?: readonly string[];
  /** Only values of `picklistValues` are accepted. */
  readonly restrictedPicklist?: boolean;
  readonly defaultValue?: string;
  /** Objects a reference may point to. */
  readonly referenceTo?: readonly SObjectName[];
};

export type SObjectDescribe = {
  readonly name: SObjectName;
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldDescribe>>;
  /** Read-only fields the org computes (Name of a person, CaseNumber, audit dates). */
  readonly computedFields: readonly string[];
};

const text = (label: string, length: number, extra: Partial<FieldDescribe> = {}): FieldDescribe => ({
  type: 'string',
  label,
  length,
  createable: true,
  updateable: true,
  ...extra,
});
const typed = (type: FieldType, label: string, length: number): FieldDescribe => ({ ...text(label, length), type });
const picklist = (label: string, values: readonly string[], extra: Partial<FieldDescribe> = {}): FieldDescribe => ({
  ...text(label, 255),
  type: 'picklist',
  picklistValues: values,
  ...extra,
});
const reference = (label: string, referenceTo: readonly SObjectName[]): FieldDescribe => ({
  type: 'reference',
  label,
  createable: true,
  updateable: true,
  referenceTo,
});
const description = typed('textarea', 'Description', 32000);
const AUDIT_FIELDS = ['Id', 'CreatedDate', 'LastModifiedDate'];

/**
 * Field sets of a fresh Developer Edition org, trimmed to what a softphone reads and writes.
 * Picklist values are the out-of-the-box ones [I: orgs can change them]; the restricted ones are
 * those the brief and §1.6 of the host API reference name.
 */
export const SOBJECT_DESCRIBES: Readonly<Record<SObjectName, SObjectDescribe>> = {
  Account: {
    name: 'Account',
    label: 'Account',
    computedFields: AUDIT_FIELDS,
    fields: {
      Name: text('Account Name', 255, { required: true }),
      Phone: typed('phone', 'Account Phone', 40),
      Type: picklist('Account Type', ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Partner', 'Other']),
      Industry: picklist('Industry', ['Banking', 'Energy', 'Insurance', 'Retail', 'Telecommunications', 'Other']),
      Website: typed('url', 'Website', 255),
      BillingCity: text('Billing City', 40),
      BillingCountry: text('Billing Country', 80),
      Description: description,
    },
  },
  Contact: {
    name: 'Contact',
    label: 'Contact',
    computedFields: [...AUDIT_FIELDS, 'Name'],
    fields: {
      Salutation: picklist('Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']),
      FirstName: text('First Name', 40),
      LastName: text('Last Name', 80, { required: true }),
      AccountId: reference('Account ID', ['Account']),
      Title: text('Title', 128),
      Email: typed('email', 'Email', 80),
      Phone: typed('phone', 'Business Phone', 40),
      MobilePhone: typed('phone', 'Mobile Phone', 40),
      Description: description,
    },
  },
  Lead: {
    name: 'Lead',
    label: 'Lead',
    computedFields: [...AUDIT_FIELDS, 'Name'],
    fields: {
      Salutation: picklist('Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']),
      FirstName: text('First Name', 40),
      LastName: text('Last Name', 80, { required: true }),
      Company: text('Company', 255, { required: true }),
      Email: typed('email', 'Email', 80),
      Phone: typed('phone', 'Phone', 40),
      Status: picklist(
        'Lead Status',
        ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'],
        { restrictedPicklist: true, required: true, defaultValue: 'Open - Not Contacted' },
      ),
      Description: description,
    },
  },
  Case: {
    name: 'Case',
    label: 'Case',
    computedFields: [...AUDIT_FIELDS, 'CaseNumber'],
    fields: {
      Subject: text('Subject', 255),
      Description: description,
      Status: picklist('Status', ['New', 'Working', 'Escalated', 'Closed'], {
        restrictedPicklist: true,
        required: true,
        defaultValue: 'New',
      }),
      Origin: picklist('Case Origin', ['Phone', 'Email', 'Web'], { restrictedPicklist: true }),
      Priority: picklist('Priority', ['High', 'Medium', 'Low'], { defaultValue: 'Medium' }),
      AccountId: reference('Account ID', ['Account']),
      ContactId: reference('Contact ID', ['Contact']),
      SuppliedPhone: text('Web Phone', 40),
    },
  },
  Task: {
    name: 'Task',
    label: 'Task',
    computedFields: AUDIT_FIELDS,
    fields: {
      Subject: text('Subject', 255),
      WhoId: reference('Name ID', ['Contact', 'Lead']),
      // Opportunities and custom objects are valid WhatId targets in Salesforce; this org has none.
      WhatId: reference('Related To ID', ['Account', 'Case']),
      Status: picklist('Status', ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'], {
        restrictedPicklist: true,
        required: true,
        defaultValue: 'Not Started',
      }),
      Priority: picklist('Priority', ['High', 'Normal', 'Low'], {
        restrictedPicklist: true,
        required: true,
        defaultValue: 'Normal',
      }),
      ActivityDate: typed('date', 'Due Date Only', 0),
      Description: description,
      Type: picklist('Type', ['Call', 'Email', 'Meeting', 'Other'], { length: 40 }),
      CallType: picklist('Call Type', ['Inbound', 'Outbound', 'Internal'], { restrictedPicklist: true, length: 40 }),
      CallDurationInSeconds: typed('int', 'Call Duration', 0),
      CallObject: text('Call Object Identifier', 255),
      CallDisposition: text('Call Result', 255),
      // [I] createable but not updateable: a Task cannot be turned into a Call after the fact.
      TaskSubtype: picklist('Task Subtype', ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'], {
        restrictedPicklist: true,
        updateable: false,
        length: 40,
      }),
    },
  },
};

export function isSObjectName(name: unknown): name is SObjectName {
  return typeof name === 'string' && (SOBJECT_NAMES as readonly string[]).includes(name);
}

/** The object whose key prefix starts `id18`, if it is one of ours. */
export function sobjectOfId(id18: string): SObjectName | undefined {
  const prefix = id18.slice(0, 3);
  return SOBJECT_NAMES.find((name) => KEY_PREFIXES[name] === prefix);
}
