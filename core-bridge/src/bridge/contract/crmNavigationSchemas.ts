import * as z from 'zod/mini';
import { labelledRecordRefSchema } from './crmRecordSchemas.js';
import { pageUrlSchema } from './primitives.js';

// What the shell tells the desktop about the CRM page around it.

/** `navigationChanged` event: the agent moved to another record or page; both absent on a list or home page. */
export const navigationChangedSchema = z.object({
  record: z.optional(labelledRecordRefSchema),
  url: z.optional(pageUrlSchema),
});

/** `panelVisibilityChanged` event: the CRM showed or hid the softphone panel. */
export const panelVisibilityChangedSchema = z.object({
  visible: z.boolean(),
});
