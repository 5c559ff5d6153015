import * as z from 'zod/mini';
import { labelledRecordRefSchema } from './crmRecordSchemas.js';
import { emailSchema, idSchema, labelSchema } from './primitives.js';

/**
 * The CRMs a shell can run in. It repeats connector-kit's `CRM_IDS` (a test keeps the two equal)
 * because the contract imports nothing but zod/mini.
 */
export const BRIDGE_CRM_IDS = ['salesforce', 'servicenow', 'dynamics', 'zendesk', 'freshdesk'] as const;

/** The CRM user signed in to the page around the shell. */
export const crmUserSchema = z.object({
  id: idSchema,
  name: z.optional(labelSchema),
  email: z.optional(emailSchema),
});

/** `getCrmContext` result: which CRM, who is signed in, and the record on screen, if any. */
export const getCrmContextResultSchema = z.object({
  crm: z.enum(BRIDGE_CRM_IDS),
  user: crmUserSchema,
  record: z.optional(labelledRecordRefSchema),
});

/** A CRM the bridge knows. */
export type BridgeCrmId = (typeof BRIDGE_CRM_IDS)[number];
/** The CRM context as the shell reports it. */
export type CrmContext = z.infer<typeof getCrmContextResultSchema>;
