import * as z from 'zod/mini';
import { recordRefSchema } from './crmRecordSchemas.js';
import { boundedString, callDirectionSchema, epochMsSchema, idSchema, requiredString } from './primitives.js';

/** The most records one activity may be related to. */
export const MAX_ACTIVITY_RELATIONS = 10;

/** The longest call an activity may report: a week, in seconds. */
export const MAX_ACTIVITY_SECONDS = 604_800;

/**
 * `saveActivity` params: log a call in the CRM (a Task, an interaction record, a ticket comment).
 * Without `activityId` it creates; with it, it updates that activity. The shell keeps
 * `idempotencyKey` -> activity id, so a retried save (after a timeout, a reload, the outbox
 * replaying) never logs a call twice.
 */
export const saveActivityParamsSchema = z
  .object({
    /** Same key, same activity: the desktop's outbox derives it from the interaction and the step. */
    idempotencyKey: idSchema,
    interactionId: idSchema,
    subject: requiredString(255),
    description: z.optional(boundedString(32_000)),
    direction: callDirectionSchema,
    startedAt: epochMsSchema,
    endedAt: z.optional(epochMsSchema),
    durationSeconds: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_ACTIVITY_SECONDS))),
    /** The wrap-up outcome as the agent chose it (its label). */
    disposition: z.optional(requiredString(255)),
    relatedTo: z.optional(z.array(recordRefSchema).check(z.maxLength(MAX_ACTIVITY_RELATIONS))),
    /** Update this activity instead of creating one. */
    activityId: z.optional(idSchema),
  })
  .check(
    z.refine((params) => params.endedAt === undefined || params.endedAt >= params.startedAt, {
      error: 'must not be before startedAt',
      path: ['endedAt'],
    }),
  );

/** `saveActivity` result: the activity's CRM id and whether this call created it. */
export const saveActivityResultSchema = z.object({
  activityId: idSchema,
  created: z.boolean(),
});
