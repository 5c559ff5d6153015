import * as z from 'zod/mini';
import { recordRefSchema } from './crmRecordSchemas.js';
import { idSchema, phoneNumberSchema } from './primitives.js';

// Click-to-dial, both halves: the shell reports a click on a number in the CRM (an event, because
// the CRM does not wait for the call), and anyone may ask the desktop to dial (a method).

/** `clickToDial` event: the agent clicked a number in the CRM; `record` is where it was clicked. */
export const clickToDialSchema = z.object({
  number: phoneNumberSchema,
  record: z.optional(recordRefSchema),
});

/** `dial` params: place an outbound call from the desktop. */
export const dialParamsSchema = z.object({
  number: phoneNumberSchema,
  /** The CRM record the call is about: the activity is later related to it. */
  record: z.optional(recordRefSchema),
  /**
   * An opaque correlation token from the shell (e.g. the id of the CRM's click event or of a
   * dialler task): the desktop keeps it with the interaction and hands it back in later commands.
   */
  interactionHint: z.optional(idSchema),
});

/** `dial` result: the new interaction, absent when the desktop waits for the agent to confirm. */
export const dialResultSchema = z.object({
  interactionId: z.optional(idSchema),
});
