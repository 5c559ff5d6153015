import { parseContract, queueSchema, userSchema } from '../../contract/index.js';
import type { RuntimeConfigChange } from './RuntimeConfig.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { TenantState } from './TenantState.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { applyDecisions } from './offerLifecycle.js';
import { routingAgentOf, routingQueueOf } from './tenantStates.js';

/**
 * The configuration collections the runtime follows while a tenant is live. Everything else
 * (idle and wrap-up codes, desktop profiles, entry points) is read when it is used.
 */
export const RUNTIME_CONFIG_COLLECTIONS = { queues: 'queues', users: 'users' } as const;

/**
 * Keeps live tenants' routing current: queues are upserted or removed in the engine, and a
 * logged-in agent's new team or skills take effect at once. Tenants not live yet load everything
 * when they start, so their changes are skipped.
 */
export function reactToConfigChange(ctx: RuntimeContext, change: RuntimeConfigChange): void {
  const { collection, tenantId, id } = change;
  if (collection === RUNTIME_CONFIG_COLLECTIONS.queues) {
    ctx.react(tenantId, ctx.scheduler.now(), `queue ${id} ${change.change}`, (tx, tenant) =>
      applyQueueChange(ctx, tx, tenant, change),
    );
  } else if (collection === RUNTIME_CONFIG_COLLECTIONS.users) {
    ctx.react(tenantId, ctx.scheduler.now(), `user ${id} ${change.change}`, (tx, tenant) =>
      applyUserChange(ctx, tx, tenant, change),
    );
  }
}

async function applyQueueChange(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  change: RuntimeConfigChange,
): Promise<void> {
  if (change.change === 'deleted') {
    tenant.queues.delete(change.id);
    removeQueue(ctx, tenant, change.id);
    return;
  }
  const parsed = parseContract(queueSchema, change.entity);
  if (!parsed.ok) throw new Error(`queue ${change.id} changed into an invalid entity: ${parsed.issues[0].field}`);
  tenant.queues.set(parsed.value.id, parsed.value);
  await applyDecisions(ctx, tx, tenant, tenant.engine.upsertQueue(routingQueueOf(parsed.value), tx.at));
}

/** The engine refuses while contacts wait in the queue: they stay routable, and the report says why. */
function removeQueue(ctx: RuntimeContext, tenant: TenantState, queueId: string): void {
  try {
    tenant.engine.removeQueue(queueId);
  } catch (error) {
    ctx.report(error, `removing queue ${queueId}`);
  }
}

async function applyUserChange(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  change: RuntimeConfigChange,
): Promise<void> {
  const session = tenant.sessions.get(change.id);
  // A deleted user's session lives on until it logs out: their calls must not be cut.
  if (!session || change.change === 'deleted') return;
  const parsed = parseContract(userSchema, change.entity);
  if (!parsed.ok) throw new Error(`user ${change.id} changed into an invalid entity: ${parsed.issues[0].field}`);
  const user = parsed.value;
  if (!user.roles.includes('agent') || user.teamId === undefined) {
    throw new Error(`logged-in agent ${change.id} is no longer an agent with a team; the session keeps its routing`);
  }
  session.user = user;
  session.teamId = user.teamId;
  tx.saveSession(session);
  await applyDecisions(ctx, tx, tenant, tenant.engine.upsertAgent(routingAgentOf(session), tx.at));
}
