import * as z from 'zod/mini';
import { callAssociatedDataSchema } from './callAssociatedDataSchema.js';
import { objectTypeSchema, recordSummariesSchema } from './crmRecordSchemas.js';
import { emailSchema, idSchema, phoneNumberSchema } from './primitives.js';

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
export const screenPopMatchSchema = z.object({
  phone: z.optional(phoneNumberSchema),
  email: z.optional(emailSchema),
  /** A record the IVR or the core already knows (e.g. from call-associated data). */
  recordId: z.optional(idSchema),
  /** Narrows the search to one object type; required with `recordId`, since ids are per table in most CRMs. */
  objectType: z.optional(objectTypeSchema),
});

/** `screenPop` params: pop the caller's record for an offered or connected contact. */
export const screenPopParamsSchema = z
  .object({
    /** The core's interaction id: the shell uses it to avoid popping the same contact twice. */
    interactionId: idSchema,
    /** The caller's number, as the core reports it. */
    ani: z.optional(phoneNumberSchema),
    /** The dialled number, as the core reports it. */
    dnis: z.optional(phoneNumberSchema),
    callAssociatedData: z.optional(callAssociatedDataSchema),
    match: screenPopMatchSchema,
    /** Default `auto`. */
    mode: z.optional(z.enum(SCREEN_POP_MODES)),
  })
  .check(
    z.refine((params) => params.match.recordId === undefined || params.match.objectType !== undefined, {
      error: 'is required with recordId',
      path: ['match', 'objectType'],
    }),
    z.refine(
      (params) =>
        params.match.phone !== undefined ||
        params.match.email !== undefined ||
        params.match.recordId !== undefined ||
        params.ani !== undefined,
      { error: 'must name a phone, an email or a recordId, or the params an ani', path: ['match'] },
    ),
  );

/** `screenPop` result: the outcome and the records it concerns (the opened one, or the candidates). */
export const screenPopResultSchema = z.object({
  outcome: z.enum(SCREEN_POP_OUTCOMES),
  records: recordSummariesSchema,
});

/** How a screen pop behaves. */
export type ScreenPopMode = (typeof SCREEN_POP_MODES)[number];
/** What a screen pop did. */
export type ScreenPopOutcome = (typeof SCREEN_POP_OUTCOMES)[number];
