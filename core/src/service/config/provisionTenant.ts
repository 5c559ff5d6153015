import * as z from 'zod/mini';
import {
  idSchema,
  nameSchema,
  parseContract,
  reasonCodeSchema,
  siteSchema,
  teamSchema,
  tenantSchema,
  userSchema,
} from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';
import { checkPassword } from './checkPassword.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import type { Tenant } from '../../contract/index.js';
import type { BootstrapOptions } from './ConfigService.js';
import { configErrors } from './configErrors.js';
import { createConfigWrite } from './createConfigWrite.js';
import { DOCUMENT_KINDS, GLOBAL_TENANT_ID } from './documentKinds.js';

const provisionOptionsSchema = z.strictObject({
  tenantId: z._default(idSchema, 'default'),
  tenantName: nameSchema,
  adminId: idSchema,
  adminName: nameSchema,
  adminPassword: z.string(),
});

/** The ids of the site and team a new tenant starts with: readable, for a first look around. */
const MAIN_ID = 'main';

/**
 * A ready-to-use tenant in one commit: the tenant, a site and a team (`main`), an admin with a
 * password, and default idle (`Not ready`) and wrap-up (`Resolved`) codes, so its admin can sign
 * in and configure the rest. Every document is written with `expectedVersion: 0`: CONFLICT
 * `exists` (field `tenantId`) when the tenant already exists, and nothing is written.
 */
export async function provisionTenant(
  context: ConfigContext,
  options: BootstrapOptions,
): Promise<{ tenant: Tenant; changes: ConfigChange[] }> {
  const parsed = parseContract(provisionOptionsSchema, options);
  if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
  const { tenantId, tenantName, adminId, adminName } = parsed.value;
  if (tenantId === GLOBAL_TENANT_ID) throw configErrors.invalidField('tenantId', `${GLOBAL_TENANT_ID} is reserved`);
  const password = checkPassword(parsed.value.adminPassword, 'adminPassword');

  const write = createConfigWrite(tenantId);
  const exists = configErrors.exists('tenant', tenantId);
  write.putEntity('tenants', tenantSchema.parse({ id: tenantId, name: tenantName }), 0, exists);
  write.putEntity('sites', siteSchema.parse({ id: MAIN_ID, name: 'Main site' }), 0, exists);
  write.putEntity('teams', teamSchema.parse({ id: MAIN_ID, name: 'Main team', siteId: MAIN_ID }), 0, exists);
  write.putEntity('users', userSchema.parse({ id: adminId, name: adminName, roles: ['admin'] }), 0, exists);
  const notReady = reasonCodeSchema.parse({ id: 'not-ready', name: 'Not ready', isDefault: true });
  write.putEntity('idleCodes', notReady, 0, exists);
  const resolved = reasonCodeSchema.parse({ id: 'resolved', name: 'Resolved', isDefault: true });
  write.putEntity('wrapUpCodes', resolved, 0, exists);
  const hash = await context.passwords.hash(password);
  write.putDocument(
    { tenantId, kind: DOCUMENT_KINDS.credential, id: adminId, body: { hash }, expectedVersion: 0 },
    exists,
  );

  const tenant = tenantSchema.parse({ id: tenantId, name: tenantName });
  return { tenant, changes: await write.commit(context.store, context.now()) };
}
