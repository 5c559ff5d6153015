import * as v from 'valibot';
import { boundedString, plainRecord } from './primitives.js';

/** The most call-associated data variables one payload carries. */
export const MAX_CALL_DATA_ENTRIES = 50;

/**
 * Call-associated data (CAD) as it crosses the bridge: variable name to string value. Only the
 * variables the agent may view go here, and NEVER sensitive ones (card numbers, PINs, ids the IVR
 * collected): the shell is a CRM page with its own scripts and logs, so the desktop leaves every
 * variable flagged sensitive out rather than masking it. Numbers and booleans travel as strings,
 * so every CRM field mapping sees one type.
 */
export const callAssociatedDataSchema = v.pipe(
  plainRecord(
    v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must be a variable name')),
    boundedString(1024),
  ),
  v.check(
    (data) => Object.keys(data).length <= MAX_CALL_DATA_ENTRIES,
    `must have at most ${MAX_CALL_DATA_ENTRIES} variables`,
  ),
);

/** Call-associated data as the bridge carries it. */
export type CallAssociatedData = v.InferOutput<typeof callAssociatedDataSchema>;
