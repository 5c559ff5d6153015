import type { Queue } from '../../contract/index.js';
import { RoutingEngine } from '../../engine/RoutingEngine.js';
import type { RoutingAgent, RoutingQueue } from '../../engine/routingModel.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, TenantState } from './TenantState.js';

/** What routing needs of a configured queue. */
export function routingQueueOf(queue: Queue): RoutingQueue {
  const routing = queue.routing;
  return {
    queueId: queue.id,
    routing:
      routing.strategy === 'skills'
        ? {
            ...routing,
            requirements: routing.requirements.map(({ skill, minProficiency }) =>
              minProficiency === undefined ? { skill } : { skill, minProficiency },
            ),
          }
        : routing,
    distribution: queue.distribution,
    ...(queue.maxWaitSeconds === undefined ? {} : { maxWaitSeconds: queue.maxWaitSeconds }),
  };
}

/** What routing needs of a logged-in agent. */
export function routingAgentOf(session: AgentSession): RoutingAgent {
  return { agentId: session.agentId, teamId: session.teamId, skills: session.user.skills };
}

/**
 * The tenant's live state, created on first use (a login or a call) with its queues loaded into
 * a new routing engine; configuration changes keep them current from then on. Runs on the
 * tenant's lane, so it is created once.
 */
export async function ensureTenant(ctx: RuntimeContext, tenantId: string, at: number): Promise<TenantState> {
  const existing = ctx.tenants.get(tenantId);
  if (existing) return existing;
  const queues = await ctx.config.listQueues(tenantId);
  const tenant: TenantState = {
    tenantId,
    engine: new RoutingEngine(),
    queues: new Map(),
    sessions: new Map(),
    contacts: new Map(),
    consultRequests: new Map(),
    wake: undefined,
  };
  for (const queue of queues) {
    tenant.queues.set(queue.id, queue);
    tenant.engine.upsertQueue(routingQueueOf(queue), at);
  }
  ctx.tenants.set(tenantId, tenant);
  return tenant;
}
