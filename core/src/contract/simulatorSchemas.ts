import * as z from 'zod/mini';
import { dialNumberSchema, e164Schema } from './primitives.js';

// Bodies of the admin-only simulator endpoints (the built-in telephony of the embedded default).

/** POST /api/v1/simulator/calls: a customer calls one of the tenant's entry point numbers. */
export const simulatedCallSchema = z.strictObject({
  ani: dialNumberSchema,
  dnis: e164Schema,
  callAssociatedData: z.optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(2_000))),
  ),
});

/** PUT /api/v1/simulator/phones/:number: how a simulated agent phone answers. */
export const phoneRegistrationSchema = z.strictObject({
  answer: z.enum(['manual', 'auto']),
  autoAnswerDelayMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60_000))),
});

export type SimulatedCall = z.infer<typeof simulatedCallSchema>;
export type PhoneRegistrationBody = z.infer<typeof phoneRegistrationSchema>;
