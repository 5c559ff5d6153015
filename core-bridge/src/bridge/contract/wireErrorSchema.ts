import * as v from 'valibot';
import { BRIDGE_ERROR_CODES } from './bridgeErrorCodes.js';
import { boundedString, finiteNumberSchema, plainObject, plainRecord, requiredString } from './primitives.js';

/** The bounds of an error on the wire; `toWireError` trims to them, so serializing never fails. */
export const WIRE_ERROR_LIMITS = {
  messageLength: 2000,
  fieldLength: 500,
  detailEntries: 20,
  detailKeyLength: 64,
  detailStringLength: 500,
} as const;

/** A detail value: a scalar, so details clone, log and display safely. */
export const wireErrorDetailValueSchema = v.union([
  boundedString(WIRE_ERROR_LIMITS.detailStringLength),
  finiteNumberSchema,
  v.boolean(),
  v.null(),
]);

/** Machine-readable specifics of an error, e.g. `{ crm: 'zendesk', connectorCode: 'RATE_LIMITED', retryable: true }`. */
export const wireErrorDetailsSchema = v.pipe(
  plainRecord(requiredString(WIRE_ERROR_LIMITS.detailKeyLength), wireErrorDetailValueSchema),
  v.check(
    (details) => Object.keys(details).length <= WIRE_ERROR_LIMITS.detailEntries,
    `must have at most ${WIRE_ERROR_LIMITS.detailEntries} entries`,
  ),
);

/**
 * A BridgeError as it crosses the wire. penpal keeps only an error's name and message, so the
 * link answers with this object instead of throwing. It never carries a stack.
 */
export const wireErrorSchema = plainObject({
  code: v.enum(BRIDGE_ERROR_CODES),
  message: boundedString(WIRE_ERROR_LIMITS.messageLength),
  field: v.optional(boundedString(WIRE_ERROR_LIMITS.fieldLength)),
  details: v.optional(wireErrorDetailsSchema),
});

/** An error on the wire. */
export type WireError = v.InferOutput<typeof wireErrorSchema>;
/** The details of an error on the wire. */
export type WireErrorDetails = v.InferOutput<typeof wireErrorDetailsSchema>;
