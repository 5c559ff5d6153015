import type { RuntimeContext } from './RuntimeContext.js';
import type { TenantState } from './TenantState.js';
import { applyDecisions } from './offerLifecycle.js';

/**
 * Keeps one timer per tenant at the routing engine's next wake-up (a distribution step opening, a
 * contact reaching its queue's max wait). Called after every piece of work on the tenant.
 */
export function scheduleWake(ctx: RuntimeContext, tenant: TenantState): void {
  const at = tenant.engine.nextWakeUpAt();
  if (tenant.wake?.at === at) return;
  ctx.clearTimer(tenant.wake?.handle);
  tenant.wake = undefined;
  if (at === undefined) return;
  const handle = ctx.setTimer(tenant.tenantId, at, 'routing wake-up', async (tx, current) => {
    if (current.wake?.handle === handle) current.wake = undefined;
    await applyDecisions(ctx, tx, current, current.engine.wake(tx.at));
  });
  tenant.wake = { at, handle };
}
