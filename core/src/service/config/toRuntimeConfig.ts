import type { DesktopProfile, EntryPoint, User } from '../../contract/index.js';
import { cacheRuntimeConfig } from '../runtime/cacheRuntimeConfig.js';
import type { RuntimeConfig } from '../runtime/RuntimeConfig.js';
import { ServiceError } from '../ServiceError.js';
import type { ConfigService } from './ConfigService.js';

/** NOT_FOUND becomes undefined: the runtime asks about ids that may have been removed meanwhile. */
async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** The slice of the configuration service the runtime reads, in the shape it expects, cached. */
export function toRuntimeConfig(config: ConfigService): RuntimeConfig {
  return cacheRuntimeConfig({
    findEntryPointByNumber: (number) => config.findEntryPointByNumber(number),
    getUser: (tenantId, userId): Promise<User | undefined> => orUndefined(config.get(tenantId, 'users', userId)),
    getDesktopProfile: (tenantId, profileId): Promise<DesktopProfile | undefined> =>
      orUndefined(config.get(tenantId, 'desktopProfiles', profileId)),
    getEntryPoint: (tenantId, entryPointId): Promise<EntryPoint | undefined> =>
      orUndefined(config.get(tenantId, 'entryPoints', entryPointId)),
    listQueues: (tenantId) => config.list(tenantId, 'queues'),
    listIdleCodes: (tenantId) => config.list(tenantId, 'idleCodes'),
    listWrapUpCodes: (tenantId) => config.list(tenantId, 'wrapUpCodes'),
    subscribe: (listener) => config.subscribe(listener),
  });
}
