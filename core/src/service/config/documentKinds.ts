/**
 * Store kinds beside the collections' own (each collection's documents use its name as `kind`).
 */
export const DOCUMENT_KINDS = {
  /** A tenant, stored under its own id as tenantId. */
  tenant: 'tenant',
  /** A user's password hash, `id` = the user id; kept apart from the user so it is never returned. */
  credential: 'credential',
  /** The dialled-number index, `id` = the number, under {@link GLOBAL_TENANT_ID}. */
  numberIndex: 'dnis',
} as const;

/**
 * The pseudo-tenant of cross-tenant documents: a dialled number must route to exactly one tenant,
 * so its index cannot live inside any one of them. No tenant may take this id.
 */
export const GLOBAL_TENANT_ID = '_global';
