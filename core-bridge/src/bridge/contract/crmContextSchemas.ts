import * as v from 'valibot';
import { labelledRecordRefSchema } from './crmRecordSchemas.js';
import { emailSchema, idSchema, labelSchema, plainObject } from './primitives.js';

/**
 * The CRMs a shell can run in. It repeats connector-kit's `CRM_IDS` (a test keeps the two equal)
 * because the contract imports nothing but valibot.
 */
export const BRIDGE_CRM_IDS = ['salesforce', 'servicenow', 'dynamics', 'zendesk', 'freshdesk'] as const;

/** The CRM user signed in to the page around the shell. */
export const crmUserSchema = plainObject({
  id: idSchema,
  name: v.optional(labelSchema),
  email: v.optional(emailSchema),
});

/** `getCrmContext` result: which CRM, who is signed in, and the record on screen, if any. */
export const getCrmContextResultSchema = plainObject({
  crm: v.picklist(BRIDGE_CRM_IDS),
  user: crmUserSchema,
  record: v.optional(labelledRecordRefSchema),
});

/** A CRM the bridge knows. */
export type BridgeCrmId = (typeof BRIDGE_CRM_IDS)[number];
/** The CRM context as the shell reports it. */
export type CrmContext = v.InferOutput<typeof getCrmContextResultSchema>;
