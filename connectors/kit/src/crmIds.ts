/** Every CRM Patchbay connects to. Adding one is a breaking change of the connector contract. */
export const CRM_IDS = ['salesforce', 'servicenow', 'dynamics', 'zendesk', 'freshdesk'] as const;

/** Identifier of a supported CRM. */
export type CrmId = (typeof CRM_IDS)[number];

/** Type guard for values read from untrusted input (config files, query strings). */
export function isCrmId(value: unknown): value is CrmId {
  return typeof value === 'string' && (CRM_IDS as readonly string[]).includes(value);
}
