import * as v from 'valibot';
import { idSchema, labelSchema, plainObject } from './primitives.js';

// The CRM's own agent presence (Salesforce Omni-Channel status, ServiceNow's agent presence,
// Zendesk Talk availability). The desktop syncs it with the contact center's agent state.

/** A CRM presence status: the CRM's id for it and its display label. */
export const crmPresenceSchema = plainObject({
  id: idSchema,
  label: v.optional(labelSchema),
});

/** `getPresence` result. */
export const getPresenceResultSchema = plainObject({
  presence: crmPresenceSchema,
});

/** `setPresence` params: the CRM presence status to switch to. */
export const setPresenceParamsSchema = plainObject({
  presenceId: idSchema,
});

/** `presenceChanged` event: the agent (or the CRM) changed the CRM presence. */
export const presenceChangedSchema = plainObject({
  presence: crmPresenceSchema,
});

/** A CRM presence status. */
export type CrmPresence = v.InferOutput<typeof crmPresenceSchema>;
