import * as z from 'zod/mini';
import { callAssociatedDataSchema } from './callAssociatedDataSchema.js';
import { boundedString, callDirectionSchema, idSchema } from './primitives.js';

/** Who ended a call: the agent, the customer, or the contact center (timeouts, failures). */
export const CONTACT_ENDED_BY = ['agent', 'customer', 'system'] as const;

/**
 * A contact as the desktop tells the shell about it (`contactOffered`, `contactConnected`): what a
 * connector needs to act on it, not the core's whole view of it.
 */
export const contactSummarySchema = z.object({
  interactionId: idSchema,
  direction: callDirectionSchema,
  /** The caller's number (or `anonymous`), as the core reports it. */
  ani: boundedString(64),
  /** The dialled number, as the core reports it. */
  dnis: boundedString(64),
  queueId: z.optional(idSchema),
  /** Agent-viewable, non-sensitive variables only: see {@link callAssociatedDataSchema}. */
  callAssociatedData: z.optional(callAssociatedDataSchema),
});

/** `contactEnded` event: the summary and who hung up. */
export const contactEndedSchema = z.extend(contactSummarySchema, {
  endedBy: z.optional(z.enum(CONTACT_ENDED_BY)),
});

/** A contact summary. */
export type ContactSummary = z.infer<typeof contactSummarySchema>;
/** An ended contact's summary. */
export type ContactEndedSummary = z.infer<typeof contactEndedSchema>;
