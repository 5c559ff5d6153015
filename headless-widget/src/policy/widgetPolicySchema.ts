import * as z from 'zod';
import {
  CAD_PREFIX,
  CAD_VARIABLE_NAME_PATTERN,
  describePlaceholders,
  isValidTemplate,
  TEMPLATE_PLACEHOLDER_PATTERN,
} from './templatePlaceholders.js';

// One document per tenant and connector: how the headless widget turns contact-center events into
// CRM commands. Every section and field has a default, so `{}` is a working (quiet) policy; every
// object refuses unknown keys, so a misspelt option fails when saved instead of being ignored.
// Error messages are phrased as what was expected: `parseWidgetPolicy` reports them as `expected`.

/** When the caller's record pops: on the offer, once the agent is connected, or never. */
export const SCREEN_POP_MOMENTS = ['offered', 'connected', 'never'] as const;
/** Who shows several matches: the CRM's own search page, or the desktop's picker. */
export const MULTIPLE_MATCH_MODES = ['crmSearch', 'desktopPicker'] as const;
/** When the call activity is logged. */
export const ACTIVITY_MOMENTS = ['connected', 'ended', 'never'] as const;
/** Which way presence is synchronised. */
export const PRESENCE_SYNC_DIRECTIONS = ['crmToAgent', 'agentToCrm', 'both'] as const;

/** Placeholders of `screenPop.urlTemplate` (plus `{cad.NAME}`). */
export const URL_TEMPLATE_PLACEHOLDERS = ['ani', 'interactionId'] as const;
/** Placeholders of `activity.subjectTemplate`. */
export const SUBJECT_TEMPLATE_PLACEHOLDERS = ['direction', 'datetime', 'ani', 'dnis', 'queue'] as const;

/** The default CAD variable that carries the CRM activity id to the next agent after a transfer. */
export const DEFAULT_ACTIVITY_ID_VARIABLE = 'patchbayActivityId';

/** The most field mappings of one section: the bridge takes at most 100 fields per record. */
const MAX_FIELD_MAPPINGS = 100;

const cadVariableNameSchema = z
  .string()
  .regex(CAD_VARIABLE_NAME_PATTERN, 'a CAD variable name such as customerId (letter first, at most 64)');

const objectTypeSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/, 'a CRM object type such as contact or case');

const fieldNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,79}$/, 'a CRM field name such as Phone');

/** Where a mapped field's value comes from: the caller's number, the dialled number or a CAD variable. */
export type FieldSource = 'ani' | 'dnis' | `${typeof CAD_PREFIX}${string}`;

function isFieldSource(value: unknown): value is FieldSource {
  if (typeof value !== 'string') return false;
  if (value === 'ani' || value === 'dnis') return true;
  return value.startsWith(CAD_PREFIX) && CAD_VARIABLE_NAME_PATTERN.test(value.slice(CAD_PREFIX.length));
}

const fieldMappingsSchema = z
  .array(
    z.strictObject({
      from: z.custom<FieldSource>(isFieldSource, 'ani, dnis or cad.NAME'),
      field: fieldNameSchema,
    }),
  )
  .max(MAX_FIELD_MAPPINGS, `at most ${MAX_FIELD_MAPPINGS} field mappings`)
  .default([]);

/** Prefixes removed from a national number before it is made E.164 (an outside-line `9`, a trunk `0`). */
const stripPrefixesSchema = z
  .array(z.string().regex(/^\d{1,8}$/, 'a prefix of 1-8 digits'))
  .max(20, 'at most 20 prefixes')
  .default([]);

/** The country code a national number gets, without `+`: `39` for Italy. */
const countryCodeSchema = z.string().regex(/^[1-9]\d{0,2}$/, 'a country code of 1-3 digits such as 39');

const phoneNormalizationEntries = {
  stripPrefixes: stripPrefixesSchema,
  defaultCountryCode: z.optional(countryCodeSchema),
};

function templateSchema(names: readonly string[], allowCad: boolean) {
  return z
    .string()
    .max(2048, 'a template of at most 2048 characters')
    .refine((template) => isValidTemplate(template, names, allowCad), describePlaceholders(names, allowCad));
}

/** The template, with every placeholder standing for a plain value, is an http(s) address. */
function isWebUrlTemplate(template: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(template.replace(TEMPLATE_PLACEHOLDER_PATTERN, 'x')).protocol);
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const screenPopSchema = z.strictObject({
  when: z.enum(SCREEN_POP_MOMENTS).default('offered'),
  searchBy: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('ani'), ...phoneNormalizationEntries }),
      z.strictObject({
        kind: z.literal('cad'),
        variable: cadVariableNameSchema,
        /** The variable holds a record id of this object type; absent: an email address or a number. */
        objectType: z.optional(objectTypeSchema),
        fallbackToAni: z.boolean().default(true),
        ...phoneNormalizationEntries,
      }),
    ])
    .default({ kind: 'ani', stripPrefixes: [] }),
  multipleMatches: z.enum(MULTIPLE_MATCH_MODES).default('crmSearch'),
  noMatch: z
    .discriminatedUnion('action', [
      z.strictObject({ action: z.literal('nothing') }),
      z.strictObject({
        action: z.literal('createRecord'),
        objectType: objectTypeSchema,
        fieldMappings: fieldMappingsSchema,
      }),
    ])
    .default({ action: 'nothing' }),
  /** A page to pop beside the record, e.g. `https://orders.example/lookup?phone={ani}`; values are URI-encoded. */
  urlTemplate: z.optional(
    templateSchema(URL_TEMPLATE_PLACEHOLDERS, true).refine(
      isWebUrlTemplate,
      'an http or https URL template such as https://crm.example/search?phone={ani}',
    ),
  ),
});

const activitySchema = z.strictObject({
  create: z.enum(ACTIVITY_MOMENTS).default('connected'),
  updateAtWrapUp: z.boolean().default(true),
  subjectTemplate: templateSchema(SUBJECT_TEMPLATE_PLACEHOLDERS, false).default('{direction} Call {datetime}'),
  dateFormat: z
    .string()
    .regex(/^(?:YYYY|MM|DD|HH|mm|ss|[^A-Za-z]){1,64}$/, 'a date format of YYYY MM DD HH mm ss and punctuation')
    .default('YYYY-MM-DD HH:mm'),
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Rome').default('UTC'),
  fieldMappings: fieldMappingsSchema,
  activityIdVariable: cadVariableNameSchema.default(DEFAULT_ACTIVITY_ID_VARIABLE),
});

const caseCreationSchema = z.strictObject({
  inbound: z.boolean().default(false),
  outbound: z.boolean().default(false),
  objectType: objectTypeSchema.default('case'),
  fieldMappings: fieldMappingsSchema,
});

const clickToDialSchema = z.strictObject({
  enabled: z.boolean().default(true),
  ...phoneNormalizationEntries,
});

const presenceMappingSchema = z.strictObject({
  crmPresenceId: z.string().regex(/^[\x21-\x7E]{1,128}$/, 'a CRM presence id of 1-128 printable characters'),
  agentState: z.union([
    z.literal('Available'),
    z.strictObject({
      idleCodeId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an idle code id of 1-64 letters, digits, - or _'),
    }),
  ]),
});

const presenceSyncSchema = z.strictObject({
  enabled: z.boolean().default(false),
  direction: z.enum(PRESENCE_SYNC_DIRECTIONS).default('both'),
  mappings: z
    .array(presenceMappingSchema)
    .max(100, 'at most 100 presence mappings')
    .refine(
      (mappings) => new Set(mappings.map((mapping) => mapping.crmPresenceId)).size === mappings.length,
      'each crmPresenceId at most once',
    )
    .default([]),
});

/** The widget policy document. */
export const widgetPolicySchema = z.strictObject({
  screenPop: screenPopSchema.prefault({}),
  activity: activitySchema.prefault({}),
  caseCreation: caseCreationSchema.prefault({}),
  clickToDial: clickToDialSchema.prefault({}),
  presenceSync: presenceSyncSchema.prefault({}),
});

/** A parsed widget policy, defaults applied. */
export type WidgetPolicy = z.output<typeof widgetPolicySchema>;
/** A CAD/number-to-CRM-field mapping. */
export type FieldMapping = WidgetPolicy['caseCreation']['fieldMappings'][number];
/** One CRM presence and the agent state it stands for. */
export type PresenceMapping = WidgetPolicy['presenceSync']['mappings'][number];
