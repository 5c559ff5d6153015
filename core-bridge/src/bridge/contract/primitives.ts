import * as v from 'valibot';

// Building blocks shared by the bridge's schemas. The contract imports nothing but valibot and its
// own files, because both the shell bundle (inside the CRM page) and the desktop bundle ship it.
// Every string and array is bounded: a payload comes from another window, and a bound turns a
// runaway or hostile payload into an INVALID_PAYLOAD instead of a frozen CRM tab.

/**
 * Makes an object or record schema refuse arrays. valibot's `object` and `record` take any
 * non-null object, so `[]` would pass as `{}`; a payload never means an array there, and the
 * contract refused them before it moved to valibot. The array goes on as `null`, so the schema
 * reports its own "expected Object" issue at the same path.
 */
function refuseArrays<S extends v.GenericSchema>(schema: S): S {
  const run = schema['~run'];
  return Object.assign(schema, {
    '~run'(this: S, dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      return run.call(this, Array.isArray(dataset.value) ? { value: null } : dataset, config);
    },
  });
}

/** An object payload: the given entries, unknown keys dropped, arrays refused. */
export function plainObject<const E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return refuseArrays(v.object(entries));
}

/** A key-to-value map payload, arrays refused. Keys `__proto__`, `prototype` and `constructor` are dropped. */
export function plainRecord<K extends v.GenericSchema<string, string | number | symbol>, V extends v.GenericSchema>(
  key: K,
  value: V,
): v.RecordSchema<K, V, undefined> {
  return refuseArrays(v.record(key, value));
}

/** A string of at most `max` characters (possibly empty). */
export function boundedString(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A non-empty string of at most `max` characters. */
export function requiredString(max: number) {
  return v.pipe(v.string(), v.minLength(1), v.maxLength(max));
}

/** An integer from `min` to `max`: safe integers only, so every bound used here stays below 2^53. */
export function boundedInt(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}

/** A number a CRM field or error detail may hold: finite, so it survives JSON as it is. */
export const finiteNumberSchema = v.pipe(v.number(), v.finite());

/**
 * An opaque identifier chosen by the CRM or the core: 1-128 printable ASCII characters, no spaces.
 * Wide enough for Salesforce ids, ServiceNow sys_ids, Dynamics GUIDs and Zendesk/Freshdesk numbers.
 */
export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[\x21-\x7E]{1,128}$/, 'must be 1-128 printable characters without spaces'),
);

/** A display label: a record's name, a user's name, a presence status. */
export const labelSchema = requiredString(255);

/**
 * A number as a CRM shows it or an agent types it (`+39 02 1234 5678`, `(555) 123-4567`,
 * `1-800-FLOWERS`): the desktop normalises it, so the bridge only bounds it and needs one digit.
 */
export const phoneNumberSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(/^[0-9A-Za-z+()\-.\s#*,;/]+$/, 'must be a phone number'),
  v.regex(/\d/, 'must contain a digit'),
);

/**
 * An email address, as long as SMTP allows. The pattern is the one the contract used under zod
 * (valibot's own `email` differs at the edges), so the same addresses pass.
 */
export const emailSchema = v.pipe(
  v.string(),
  v.regex(
    /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
    'must be an email address',
  ),
  v.maxLength(254),
);

/** A moment as epoch milliseconds, as the core's contract counts time. */
export const epochMsSchema = boundedInt(0, 8_640_000_000_000_000);

/** Which way a call goes, seen from the contact center. */
export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;

/** `inbound` (a customer called) or `outbound` (the agent dialled). */
export const callDirectionSchema = v.picklist(CALL_DIRECTIONS);

/**
 * A web address whose scheme matches `scheme` (`https?` or `https`), at most 2048 characters.
 * As the contract did under zod: surrounding spaces are trimmed; an http(s) page URL must be
 * written `http(s)://`; the URL parser must accept it; and the value handed on loses the tabs and
 * line breaks the parser ignores, so what a receiver reads is the host the check saw.
 */
export function webUrl(scheme: 'https?' | 'https', message: string) {
  const schemeOnly = new RegExp(`^${scheme}$`);
  const written = new RegExp(`^${scheme}://`, 'i');
  return v.pipe(
    v.string(),
    v.transform((text) => text.trim()),
    v.check((text) => {
      if (scheme === 'https?' && !written.test(text)) return false;
      try {
        return schemeOnly.test(new URL(text).protocol.slice(0, -1));
      } catch {
        return false;
      }
    }, message),
    v.transform((text) => text.replace(/[\t\n\r]/g, '')),
    v.maxLength(2048),
  );
}

/** A page address the CRM reports: http(s) only, so no `javascript:` or `data:` URL gets through. */
export const pageUrlSchema = webUrl('https?', 'must be an http or https URL');

/** A method or event name as the handshake lists them. */
export const memberNameSchema = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be a method name'));

/** A call, in either direction. */
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
