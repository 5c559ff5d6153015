import * as z from 'zod/mini';

// Building blocks shared by the bridge's schemas. The contract imports nothing but zod/mini and its
// own files, because both the shell bundle (inside the CRM page) and the desktop bundle ship it.
// Every string and array is bounded: a payload comes from another window, and a bound turns a
// runaway or hostile payload into an INVALID_PAYLOAD instead of a frozen CRM tab.

/** A string of at most `max` characters (possibly empty). */
export function boundedString(max: number) {
  return z.string().check(z.maxLength(max));
}

/** A non-empty string of at most `max` characters. */
export function requiredString(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max));
}

/**
 * An opaque identifier chosen by the CRM or the core: 1-128 printable ASCII characters, no spaces.
 * Wide enough for Salesforce ids, ServiceNow sys_ids, Dynamics GUIDs and Zendesk/Freshdesk numbers.
 */
export const idSchema = z
  .string()
  .check(z.regex(/^[\x21-\x7E]{1,128}$/, 'must be 1-128 printable characters without spaces'));

/** A display label: a record's name, a user's name, a presence status. */
export const labelSchema = requiredString(255);

/**
 * A number as a CRM shows it or an agent types it (`+39 02 1234 5678`, `(555) 123-4567`,
 * `1-800-FLOWERS`): the desktop normalises it, so the bridge only bounds it and needs one digit.
 */
export const phoneNumberSchema = z
  .string()
  .check(
    z.maxLength(64),
    z.regex(/^[0-9A-Za-z+()\-.\s#*,;/]+$/, 'must be a phone number'),
    z.regex(/\d/, 'must contain a digit'),
  );

/** An email address, as long as SMTP allows. */
export const emailSchema = z.email().check(z.maxLength(254));

/** A moment as epoch milliseconds, as the core's contract counts time. */
export const epochMsSchema = z.number().check(z.int(), z.gte(0), z.lte(8_640_000_000_000_000));

/** Which way a call goes, seen from the contact center. */
export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;

/** `inbound` (a customer called) or `outbound` (the agent dialled). */
export const callDirectionSchema = z.enum(CALL_DIRECTIONS);

/** A page address the CRM reports: http(s) only, so no `javascript:` or `data:` URL gets through. */
export const pageUrlSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));

/** A method or event name as the handshake lists them. */
export const memberNameSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be a method name'));

/** A call, in either direction. */
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
