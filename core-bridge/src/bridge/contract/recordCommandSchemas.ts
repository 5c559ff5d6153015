import * as v from 'valibot';
import {
  crmFieldValuesSchema,
  objectTypeSchema,
  recordRefSchema,
  recordSummariesSchema,
  recordSummarySchema,
} from './crmRecordSchemas.js';
import { boundedInt, emailSchema, phoneNumberSchema, plainObject, requiredString } from './primitives.js';

// The record commands a desktop sends the CRM: find, open, create. Activity logging has its own
// file because it carries the idempotency rules.

/** The most object types one search may name. */
export const MAX_SEARCH_OBJECT_TYPES = 10;

/** The most records one search may ask for. */
export const MAX_SEARCH_LIMIT = 50;

/** What to search by: exactly one of a phone number, an email address or free text. */
export const searchQuerySchema = v.pipe(
  plainObject({
    phone: v.optional(phoneNumberSchema),
    email: v.optional(emailSchema),
    text: v.optional(requiredString(255)),
  }),
  v.check(
    (query) => [query.phone, query.email, query.text].filter((value) => value !== undefined).length === 1,
    'must give exactly one of phone, email or text',
  ),
);

/** `searchRecords` params. */
export const searchRecordsParamsSchema = plainObject({
  query: searchQuerySchema,
  /** Restricts the search to these object types; absent: the connector's configured ones. */
  objectTypes: v.optional(v.pipe(v.array(objectTypeSchema), v.minLength(1), v.maxLength(MAX_SEARCH_OBJECT_TYPES))),
  /** At most this many records (1-50); absent: the connector's default. */
  limit: v.optional(boundedInt(1, MAX_SEARCH_LIMIT)),
});

/** `searchRecords` result: the matches, best first. */
export const searchRecordsResultSchema = plainObject({
  records: recordSummariesSchema,
});

/** `openRecord` params: show this record in the CRM's main view. */
export const openRecordParamsSchema = plainObject({
  record: recordRefSchema,
});

/** `createRecord` params. */
export const createRecordParamsSchema = plainObject({
  objectType: objectTypeSchema,
  fields: crmFieldValuesSchema,
  /** Open the new record once created. Default false. */
  open: v.optional(v.boolean()),
});

/** `createRecord` result: the new record. */
export const createRecordResultSchema = plainObject({
  record: recordSummarySchema,
});
