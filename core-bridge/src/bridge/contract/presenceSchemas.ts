import * as z from 'zod/mini';
import { idSchema, labelSchema } from './primitives.js';

// The CRM's own agent presence (Salesforce Omni-Channel status, ServiceNow's agent presence,
// Zendesk Talk availability). The desktop syncs it with the contact center's agent state.

/** A CRM presence status: the CRM's id for it and its display label. */
export const crmPresenceSchema = z.object({
  id: idSchema,
  label: z.optional(labelSchema),
});

/** `getPresence` result. */
export const getPresenceResultSchema = z.object({
  presence: crmPresenceSchema,
});

/** `setPresence` params: the CRM presence status to switch to. */
export const setPresenceParamsSchema = z.object({
  presenceId: idSchema,
});

/** `presenceChanged` event: the agent (or the CRM) changed the CRM presence. */
export const presenceChangedSchema = z.object({
  presence: crmPresenceSchema,
});

/** A CRM presence status. */
export type CrmPresence = z.infer<typeof crmPresenceSchema>;
