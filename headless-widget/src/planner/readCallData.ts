import type { ContactView } from '@patchbay/core/contract';
import type { FieldMapping } from '../policy/widgetPolicySchema.js';
import { CAD_PREFIX, CAD_VARIABLE_NAME_PATTERN } from '../policy/templatePlaceholders.js';

/** The most CAD variables the bridge carries in one payload. */
const MAX_BRIDGE_VARIABLES = 50;
/** The longest CAD value the bridge carries. */
const MAX_BRIDGE_VALUE_LENGTH = 1024;

/**
 * The contact's call-associated data that may leave the desktop for the CRM page: variables the
 * agent may view and that are not sensitive, as strings (the bridge carries one type). Sensitive
 * ones are left out, not masked: the CRM page has its own scripts and logs.
 */
export function readCallData(contact: ContactView): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [name, variable] of Object.entries(contact.callAssociatedData)) {
    if (!variable.agentViewable || variable.sensitive || !CAD_VARIABLE_NAME_PATTERN.test(name)) continue;
    const value = String(variable.value);
    if (value.length > MAX_BRIDGE_VALUE_LENGTH) continue;
    if (Object.keys(data).length >= MAX_BRIDGE_VARIABLES) break;
    data[name] = value;
  }
  return data;
}

/** CRM field values from the policy's mappings; a mapping whose source is absent is skipped. */
export function mapFields(mappings: readonly FieldMapping[], contact: ContactView): Record<string, string> {
  const callData = readCallData(contact);
  const fields: Record<string, string> = {};
  for (const { from, field } of mappings) {
    const value =
      from === 'ani' ? contact.ani : from === 'dnis' ? contact.dnis : callData[from.slice(CAD_PREFIX.length)];
    if (value !== undefined && value !== '') fields[field] = value;
  }
  return fields;
}
