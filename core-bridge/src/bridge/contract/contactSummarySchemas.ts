import * as v from 'valibot';
import { callAssociatedDataSchema } from './callAssociatedDataSchema.js';
import { boundedString, callDirectionSchema, idSchema, plainObject } from './primitives.js';

/** Who ended a call: the agent, the customer, or the contact center (timeouts, failures). */
export const CONTACT_ENDED_BY = ['agent', 'customer', 'system'] as const;

/**
 * A contact as the desktop tells the shell about it (`contactOffered`, `contactConnected`): what a
 * connector needs to act on it, not the core's whole view of it.
 */
export const contactSummarySchema = plainObject({
  interactionId: idSchema,
  direction: callDirectionSchema,
  /** The caller's number (or `anonymous`), as the core reports it. */
  ani: boundedString(64),
  /** The dialled number, as the core reports it. */
  dnis: boundedString(64),
  queueId: v.optional(idSchema),
  /** Agent-viewable, non-sensitive variables only: see {@link callAssociatedDataSchema}. */
  callAssociatedData: v.optional(callAssociatedDataSchema),
});

/** `contactEnded` event: the summary and who hung up. */
export const contactEndedSchema = plainObject({
  ...contactSummarySchema.entries,
  endedBy: v.optional(v.picklist(CONTACT_ENDED_BY)),
});

/** A contact summary. */
export type ContactSummary = v.InferOutput<typeof contactSummarySchema>;
/** An ended contact's summary. */
export type ContactEndedSummary = v.InferOutput<typeof contactEndedSchema>;
