import * as z from 'zod/mini';
import { BRIDGE_ERROR_CODES } from './bridgeErrorCodes.js';

/** The bounds of an error on the wire; `toWireError` trims to them, so serializing never fails. */
export const WIRE_ERROR_LIMITS = {
  messageLength: 2000,
  fieldLength: 500,
  detailEntries: 20,
  detailKeyLength: 64,
  detailStringLength: 500,
} as const;

/** A detail value: a scalar, so details clone, log and display safely. */
export const wireErrorDetailValueSchema = z.union([
  z.string().check(z.maxLength(WIRE_ERROR_LIMITS.detailStringLength)),
  z.number(),
  z.boolean(),
  z.null(),
]);

/** Machine-readable specifics of an error, e.g. `{ crm: 'zendesk', connectorCode: 'RATE_LIMITED', retryable: true }`. */
export const wireErrorDetailsSchema = z
  .record(z.string().check(z.minLength(1), z.maxLength(WIRE_ERROR_LIMITS.detailKeyLength)), wireErrorDetailValueSchema)
  .check(
    z.refine((details) => Object.keys(details).length <= WIRE_ERROR_LIMITS.detailEntries, {
      error: `must have at most ${WIRE_ERROR_LIMITS.detailEntries} entries`,
    }),
  );

/**
 * A BridgeError as it crosses the wire. penpal keeps only an error's name and message, so the
 * link answers with this object instead of throwing. It never carries a stack.
 */
export const wireErrorSchema = z.object({
  code: z.enum(BRIDGE_ERROR_CODES),
  message: z.string().check(z.maxLength(WIRE_ERROR_LIMITS.messageLength)),
  field: z.optional(z.string().check(z.maxLength(WIRE_ERROR_LIMITS.fieldLength))),
  details: z.optional(wireErrorDetailsSchema),
});

/** An error on the wire. */
export type WireError = z.infer<typeof wireErrorSchema>;
/** The details of an error on the wire. */
export type WireErrorDetails = z.infer<typeof wireErrorDetailsSchema>;
