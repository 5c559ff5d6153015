import * as z from 'zod/mini';
import {
  crmFieldValuesSchema,
  objectTypeSchema,
  recordRefSchema,
  recordSummariesSchema,
  recordSummarySchema,
} from './crmRecordSchemas.js';
import { emailSchema, phoneNumberSchema, requiredString } from './primitives.js';

// The record commands a desktop sends the CRM: find, open, create. Activity logging has its own
// file because it carries the idempotency rules.

/** The most object types one search may name. */
export const MAX_SEARCH_OBJECT_TYPES = 10;

/** The most records one search may ask for. */
export const MAX_SEARCH_LIMIT = 50;

/** What to search by: exactly one of a phone number, an email address or free text. */
export const searchQuerySchema = z
  .object({
    phone: z.optional(phoneNumberSchema),
    email: z.optional(emailSchema),
    text: z.optional(requiredString(255)),
  })
  .check(
    z.refine((query) => [query.phone, query.email, query.text].filter((value) => value !== undefined).length === 1, {
      error: 'must give exactly one of phone, email or text',
    }),
  );

/** `searchRecords` params. */
export const searchRecordsParamsSchema = z.object({
  query: searchQuerySchema,
  /** Restricts the search to these object types; absent: the connector's configured ones. */
  objectTypes: z.optional(z.array(objectTypeSchema).check(z.minLength(1), z.maxLength(MAX_SEARCH_OBJECT_TYPES))),
  /** At most this many records (1-50); absent: the connector's default. */
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_SEARCH_LIMIT))),
});

/** `searchRecords` result: the matches, best first. */
export const searchRecordsResultSchema = z.object({
  records: recordSummariesSchema,
});

/** `openRecord` params: show this record in the CRM's main view. */
export const openRecordParamsSchema = z.object({
  record: recordRefSchema,
});

/** `createRecord` params. */
export const createRecordParamsSchema = z.object({
  objectType: objectTypeSchema,
  fields: crmFieldValuesSchema,
  /** Open the new record once created. Default false. */
  open: z.optional(z.boolean()),
});

/** `createRecord` result: the new record. */
export const createRecordResultSchema = z.object({
  record: recordSummarySchema,
});
