import type { RuntimeConfig } from './RuntimeConfig.js';

/**
 * The runtime's configuration reads, remembered until the configuration changes. Every call and
 * every offer reads the entry point, the queue list or an agent's desktop profile; configuration
 * changes are rare, so each read goes to the store once instead of once per contact.
 *
 * A change in a tenant forgets everything read of that tenant; a change of an entry point (or a
 * tenant) also forgets the number lookups, which cross tenants. The cache listens to `source`
 * before anyone subscribes through it, so a listener reacting to a change never reads the old
 * entity. A read in flight when a change lands still answers its callers, but is not kept. Failed
 * reads are not kept either. The values are shared between callers and must not be mutated.
 */
export function cacheRuntimeConfig(source: RuntimeConfig): RuntimeConfig {
  const byTenant = new Map<string, Map<string, Promise<unknown>>>();
  const byNumber = new Map<string, ReturnType<RuntimeConfig['findEntryPointByNumber']>>();

  const remember = <T>(entries: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    const cached = entries.get(key);
    if (cached) return cached;
    const reading = read();
    entries.set(key, reading);
    reading.catch(() => {
      if (entries.get(key) === reading) entries.delete(key);
    });
    return reading;
  };
  const tenantEntries = (tenantId: string) => {
    let entries = byTenant.get(tenantId);
    if (!entries) {
      entries = new Map();
      byTenant.set(tenantId, entries);
    }
    return entries;
  };
  const inTenant = <T>(tenantId: string, key: readonly string[], read: () => Promise<T>): Promise<T> =>
    remember(tenantEntries(tenantId) as Map<string, Promise<T>>, JSON.stringify(key), read);

  source.subscribe((change) => {
    byTenant.delete(change.tenantId);
    if (change.collection === 'entryPoints' || change.collection === 'tenants') byNumber.clear();
  });

  return {
    findEntryPointByNumber: (number) => remember(byNumber, number, () => source.findEntryPointByNumber(number)),
    getEntryPoint: (tenantId, id) => inTenant(tenantId, ['entryPoint', id], () => source.getEntryPoint(tenantId, id)),
    getUser: (tenantId, id) => inTenant(tenantId, ['user', id], () => source.getUser(tenantId, id)),
    getDesktopProfile: (tenantId, id) =>
      inTenant(tenantId, ['desktopProfile', id], () => source.getDesktopProfile(tenantId, id)),
    listQueues: (tenantId) => inTenant(tenantId, ['queues'], () => source.listQueues(tenantId)),
    listIdleCodes: (tenantId) => inTenant(tenantId, ['idleCodes'], () => source.listIdleCodes(tenantId)),
    listWrapUpCodes: (tenantId) => inTenant(tenantId, ['wrapUpCodes'], () => source.listWrapUpCodes(tenantId)),
    subscribe: (listener) => source.subscribe(listener),
  };
}
