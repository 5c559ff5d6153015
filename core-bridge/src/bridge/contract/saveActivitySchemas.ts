import * as v from 'valibot';
import { crmFieldValuesSchema, recordRefSchema } from './crmRecordSchemas.js';
import {
  boundedInt,
  boundedString,
  callDirectionSchema,
  epochMsSchema,
  idSchema,
  plainObject,
  requiredString,
} from './primitives.js';

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
export const saveActivityParamsSchema = v.pipe(
  plainObject({
    /** Same key, same activity: the desktop's outbox derives it from the interaction and the step. */
    idempotencyKey: idSchema,
    interactionId: idSchema,
    subject: requiredString(255),
    description: v.optional(boundedString(32_000)),
    direction: callDirectionSchema,
    startedAt: epochMsSchema,
    endedAt: v.optional(epochMsSchema),
    durationSeconds: v.optional(boundedInt(0, MAX_ACTIVITY_SECONDS)),
    /** The wrap-up outcome as the agent chose it (its label). */
    disposition: v.optional(requiredString(255)),
    relatedTo: v.optional(v.pipe(v.array(recordRefSchema), v.maxLength(MAX_ACTIVITY_RELATIONS))),
    /** Update this activity instead of creating one. */
    activityId: v.optional(idSchema),
    /** More fields of the activity, by the CRM's names (the tenant's CAD mappings, custom fields). */
    fields: v.optional(crmFieldValuesSchema),
  }),
  v.forward(
    v.check(
      (params) => params.endedAt === undefined || params.endedAt >= params.startedAt,
      'must not be before startedAt',
    ),
    ['endedAt'],
  ),
);

/** `saveActivity` result: the activity's CRM id and whether this call created it. */
export const saveActivityResultSchema = plainObject({
  activityId: idSchema,
  created: v.boolean(),
});
