import { tenantSchema, type Tenant } from '../../contract/index.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import { configErrors } from './configErrors.js';
import { createConfigWrite } from './createConfigWrite.js';
import { GLOBAL_TENANT_ID } from './documentKinds.js';
import { parseEntityBody } from './parseEntityBody.js';
import type { Versioned } from './Versioned.js';

/** Parses a tenant create body (`id` optional); INVALID_REQUEST for the reserved global id. */
export function parseTenantBody(context: ConfigContext, body: unknown): Tenant {
  const tenant = parseEntityBody(tenantSchema, body, { newId: context.newId });
  if (tenant.id === GLOBAL_TENANT_ID) throw configErrors.invalidField('id', `${GLOBAL_TENANT_ID} is reserved`);
  return tenant;
}

/**
 * Creates a parsed tenant: one document (kind `tenant`) stored under its own id, plus a
 * `config.changed` event (collection `tenants`) in the new tenant's stream.
 */
export async function createTenant(
  context: ConfigContext,
  tenant: Tenant,
): Promise<{ entity: Versioned<Tenant>; changes: ConfigChange[] }> {
  const exists = configErrors.exists('tenant', tenant.id);
  if (await context.reader.findTenant(tenant.id)) throw exists;
  const write = createConfigWrite(tenant.id);
  write.putEntity('tenants', tenant, 0, exists);
  const changes = await write.commit(context.store, context.now());
  return { entity: { ...tenant, version: 1 }, changes };
}
