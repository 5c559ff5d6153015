import * as v from 'valibot';
import { boundedString, finiteNumberSchema, idSchema, labelSchema, plainObject, plainRecord } from './primitives.js';

// CRM records as the bridge names them: at the level of intent, not of one CRM's SDK. A connector
// translates `{ objectType: 'contact', id }` into its CRM's own object and API names.

/**
 * A CRM object type: the canonical `contact`, `account`, `case`, `lead`, `ticket`, `incident`, or
 * a CRM-specific one (`Foo__c`, `x_acme_claim`), which the connector passes through as is.
 */
export const objectTypeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/, 'must be an object type such as contact or case'),
);

/** Field names of record values: what a CRM's API accepts as a field name. */
export const fieldNameSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,79}$/, 'must be a field name such as Phone or email'),
);

/** A field value written to or read from a CRM; null clears a field. */
export const crmFieldValueSchema = v.union([boundedString(32_000), finiteNumberSchema, v.boolean(), v.null()]);

/** The most fields one record payload may carry. */
export const MAX_RECORD_FIELDS = 100;

/** Field values by field name, e.g. `{ LastName: 'Rossi', Phone: '+390212345678' }`. */
export const crmFieldValuesSchema = v.pipe(
  plainRecord(fieldNameSchema, crmFieldValueSchema),
  v.check((fields) => Object.keys(fields).length <= MAX_RECORD_FIELDS, `must have at most ${MAX_RECORD_FIELDS} fields`),
);

/** Which record: its object type and its CRM id. */
export const recordRefSchema = plainObject({
  objectType: objectTypeSchema,
  id: idSchema,
});

/** A record reference with the name the CRM shows for it, as context and navigation report it. */
export const labelledRecordRefSchema = plainObject({
  ...recordRefSchema.entries,
  label: v.optional(labelSchema),
});

/** A record as a search or a screen pop found it: enough to show it in a list and open it. */
export const recordSummarySchema = plainObject({
  objectType: objectTypeSchema,
  id: idSchema,
  /** What the CRM shows as the record's name (`Ada Lovelace`, `Case 00001026`). */
  label: v.optional(labelSchema),
  /** A few display fields the connector chose (phone, email, account name); never the whole record. */
  fields: v.optional(crmFieldValuesSchema),
});

/** The most records one answer carries: a screen pop or a search shows a short list, never a report. */
export const MAX_RECORDS = 50;

/** A bounded list of found records. */
export const recordSummariesSchema = v.pipe(v.array(recordSummarySchema), v.maxLength(MAX_RECORDS));

/** A CRM record reference. */
export type RecordRef = v.InferOutput<typeof recordRefSchema>;
/** A CRM record reference with its display name. */
export type LabelledRecordRef = v.InferOutput<typeof labelledRecordRefSchema>;
/** A found CRM record. */
export type RecordSummary = v.InferOutput<typeof recordSummarySchema>;
/** Field values of a CRM record. */
export type CrmFieldValues = v.InferOutput<typeof crmFieldValuesSchema>;
