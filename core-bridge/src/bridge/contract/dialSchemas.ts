import * as v from 'valibot';
import { recordRefSchema } from './crmRecordSchemas.js';
import { idSchema, phoneNumberSchema, plainObject } from './primitives.js';

// Click-to-dial, both halves: the shell reports a click on a number in the CRM (an event, because
// the CRM does not wait for the call), and anyone may ask the desktop to dial (a method).

/** `clickToDial` event: the agent clicked a number in the CRM; `record` is where it was clicked. */
export const clickToDialSchema = plainObject({
  number: phoneNumberSchema,
  record: v.optional(recordRefSchema),
});

/** `dial` params: place an outbound call from the desktop. */
export const dialParamsSchema = plainObject({
  number: phoneNumberSchema,
  /** The CRM record the call is about: the activity is later related to it. */
  record: v.optional(recordRefSchema),
  /**
   * An opaque correlation token from the shell (e.g. the id of the CRM's click event or of a
   * dialler task): the desktop keeps it with the interaction and hands it back in later commands.
   */
  interactionHint: v.optional(idSchema),
});

/** `dial` result: the new interaction, absent when the desktop waits for the agent to confirm. */
export const dialResultSchema = plainObject({
  interactionId: v.optional(idSchema),
});
