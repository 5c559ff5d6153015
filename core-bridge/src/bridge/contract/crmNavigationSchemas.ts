import * as v from 'valibot';
import { labelledRecordRefSchema } from './crmRecordSchemas.js';
import { pageUrlSchema, plainObject } from './primitives.js';

// What the shell tells the desktop about the CRM page around it.

/** `navigationChanged` event: the agent moved to another record or page; both absent on a list or home page. */
export const navigationChangedSchema = plainObject({
  record: v.optional(labelledRecordRefSchema),
  url: v.optional(pageUrlSchema),
});

/** `panelVisibilityChanged` event: the CRM showed or hid the softphone panel. */
export const panelVisibilityChangedSchema = plainObject({
  visible: v.boolean(),
});
