import { ServiceError } from '../ServiceError.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import type { BootstrapOptions } from './ConfigService.js';
import { DOCUMENT_KINDS } from './documentKinds.js';
import { provisionTenant } from './provisionTenant.js';

/**
 * The first-run setup: when the store holds no tenant at all, provisions the first one (see
 * `provisionTenant`), so a fresh install can log in and take calls. When two processes bootstrap
 * at once, one commit fails as a whole and that process reports `created: false`.
 */
export async function runBootstrap(
  context: ConfigContext,
  options: BootstrapOptions,
): Promise<{ created: boolean; changes: ConfigChange[] }> {
  const notCreated = { created: false, changes: [] };
  if ((await context.store.listAllDocuments(DOCUMENT_KINDS.tenant)).length > 0) return notCreated;
  try {
    return { created: true, changes: (await provisionTenant(context, options)).changes };
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'CONFLICT') return notCreated;
    throw error;
  }
}
