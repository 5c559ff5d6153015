import type { CoreStore, StoreDocument } from '../../store/CoreStore.js';
import type { RuntimeContext } from './RuntimeContext.js';
import { TENANT_STREAM } from './createTransaction.js';
import { recoverTenant, type TenantRecovery } from './recoverTenant.js';
import { CONTACT_KIND, SESSION_KIND } from './runtimeDocuments.js';
import { ensureTenant } from './tenantStates.js';

/** What recovery did, summed over tenants. */
export type RecoveryReport = TenantRecovery & {
  /** Tenants whose live state came back (those with stored sessions or contacts). */
  tenants: number;
  /** Tenants whose recovery failed; each failure went to the runtime's `onError`. */
  failedTenants: number;
};

/**
 * Reads back every tenant's stored sessions and live contacts and recovers each tenant on its
 * lane (see `recoverTenant`). A tenant that fails is reported and left out; the others go on.
 */
export async function recoverRuntime(ctx: RuntimeContext, store: CoreStore, now: number): Promise<RecoveryReport> {
  const byTenant = new Map<string, { sessions: StoreDocument[]; contacts: StoreDocument[] }>();
  const add = (documents: readonly StoreDocument[], part: 'sessions' | 'contacts') => {
    for (const document of documents) {
      let entry = byTenant.get(document.tenantId);
      if (!entry) {
        entry = { sessions: [], contacts: [] };
        byTenant.set(document.tenantId, entry);
      }
      entry[part].push(document);
    }
  };
  add(await store.listAllDocuments(SESSION_KIND), 'sessions');
  add(await store.listAllDocuments(CONTACT_KIND), 'contacts');

  const report: RecoveryReport = {
    tenants: 0,
    failedTenants: 0,
    sessionsRestored: 0,
    sessionsEnded: 0,
    contactsEnded: 0,
    wrapUpsRestored: 0,
    unreadable: 0,
  };
  await Promise.all(
    [...byTenant].map(async ([tenantId, stored]) => {
      try {
        const lastWrite = [...stored.sessions, ...stored.contacts].reduce(
          (latest, document) => Math.max(latest, document.updatedAt),
          0,
        );
        const at = Math.min(now, Math.max(await lastEventAt(store, tenantId), lastWrite));
        const recovery = await ctx.run(tenantId, at, async (tx) =>
          recoverTenant(ctx, tx, await ensureTenant(ctx, tenantId, at), stored),
        );
        report.tenants++;
        for (const key of Object.keys(recovery) as (keyof TenantRecovery)[]) report[key] += recovery[key];
      } catch (error) {
        report.failedTenants++;
        ctx.report(error, `recovering tenant ${tenantId}`);
      }
    }),
  );
  return report;
}

/**
 * The time of the tenant's last event. With its documents' last writes, it is the last moment the
 * tenant is known to have been live, which is when its calls are taken to have ended.
 */
async function lastEventAt(store: CoreStore, tenantId: string): Promise<number> {
  const { lastSeq } = await store.streamBounds(tenantId, TENANT_STREAM);
  const [last] = lastSeq === 0 ? [] : await store.readEvents(tenantId, TENANT_STREAM, lastSeq - 1, 1);
  return last?.time ?? 0;
}
