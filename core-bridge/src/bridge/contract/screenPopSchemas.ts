import * as v from 'valibot';
import { callAssociatedDataSchema } from './callAssociatedDataSchema.js';
import { objectTypeSchema, recordSummariesSchema } from './crmRecordSchemas.js';
import { emailSchema, idSchema, phoneNumberSchema, plainObject, webUrl } from './primitives.js';

/**
 * How a screen pop behaves: `auto` opens a single match, lists several, and may create a record
 * when the CRM's connector is configured to; `searchOnly` only reports what matched.
 */
export const SCREEN_POP_MODES = ['auto', 'searchOnly'] as const;

/**
 * What a screen pop did: opened the one match, found several (the CRM shows a choice),
 * found none, or created a record (per the connector's no-match policy).
 */
export const SCREEN_POP_OUTCOMES = ['opened', 'multipleMatches', 'noMatch', 'created'] as const;

/** What to look the caller up by. */
export const screenPopMatchSchema = plainObject({
  phone: v.optional(phoneNumberSchema),
  email: v.optional(emailSchema),
  /** A record the IVR or the core already knows (e.g. from call-associated data). */
  recordId: v.optional(idSchema),
  /** Narrows the search to one object type; required with `recordId`, since ids are per table in most CRMs. */
  objectType: v.optional(objectTypeSchema),
});

/** `screenPop` params: pop the caller's record for an offered or connected contact. */
export const screenPopParamsSchema = v.pipe(
  plainObject({
    /** The core's interaction id: the shell uses it to avoid popping the same contact twice. */
    interactionId: idSchema,
    /** The caller's number, as the core reports it. */
    ani: v.optional(phoneNumberSchema),
    /** The dialled number, as the core reports it. */
    dnis: v.optional(phoneNumberSchema),
    callAssociatedData: v.optional(callAssociatedDataSchema),
    match: screenPopMatchSchema,
    /** Default `auto`. */
    mode: v.optional(v.picklist(SCREEN_POP_MODES)),
  }),
  v.forward(
    v.check(
      (params) => params.match.recordId === undefined || params.match.objectType !== undefined,
      'is required with recordId',
    ),
    ['match', 'objectType'],
  ),
  v.forward(
    v.check(
      (params) =>
        params.match.phone !== undefined ||
        params.match.email !== undefined ||
        params.match.recordId !== undefined ||
        params.ani !== undefined,
      'must name a phone, an email or a recordId, or the params an ani',
    ),
    ['match'],
  ),
);

/** `screenPop` result: the outcome and the records it concerns (the opened one, or the candidates). */
export const screenPopResultSchema = plainObject({
  outcome: v.picklist(SCREEN_POP_OUTCOMES),
  records: recordSummariesSchema,
});

/**
 * `openUrl` params: pop a page the tenant's policy points at (a URL template filled with the
 * caller's number or IVR data). http(s) only, so no `javascript:` or `data:` URL reaches the CRM.
 */
export const openUrlParamsSchema = plainObject({
  url: webUrl('https?', 'must be an http or https URL'),
  /** The contact the page is about, when there is one. */
  interactionId: v.optional(idSchema),
});

/** How a screen pop behaves. */
export type ScreenPopMode = (typeof SCREEN_POP_MODES)[number];
/** What a screen pop did. */
export type ScreenPopOutcome = (typeof SCREEN_POP_OUTCOMES)[number];
