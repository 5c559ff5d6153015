import { contactTargetSchema, parseContract, type ContactTarget } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { TenantState } from './TenantState.js';
import { invalidField } from './runtimeErrors.js';

/**
 * A consult or transfer target checked against the tenant: an agent of the tenant, one of its
 * queues, or a number to dial (an entry point is reached by dialling its first number, so it
 * arrives there as a new inbound call, as it would from outside).
 */
export type ResolvedTarget =
  | { readonly kind: 'agent'; readonly agentId: string }
  | { readonly kind: 'queue'; readonly queueId: string }
  | { readonly kind: 'number'; readonly number: string };

/**
 * Parses a target body (INVALID_REQUEST on the failing field) and resolves it in the tenant: an
 * unknown agent, queue or entry point is INVALID_REQUEST on its id field, and so is the agent
 * themself (`selfAgentId`).
 */
export async function resolveTarget(
  ctx: RuntimeContext,
  tenant: TenantState,
  body: unknown,
  selfAgentId: string,
): Promise<{ target: ContactTarget; resolved: ResolvedTarget }> {
  const parsed = parseContract(contactTargetSchema, body);
  if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
  const target = parsed.value;
  switch (target.kind) {
    case 'agent': {
      if (target.agentId === selfAgentId) throw invalidField('agentId', 'must be another agent');
      const user = await ctx.config.getUser(tenant.tenantId, target.agentId);
      if (!user?.roles.includes('agent')) throw invalidField('agentId', 'is not an agent of this tenant');
      return { target, resolved: { kind: 'agent', agentId: target.agentId } };
    }
    case 'queue':
      if (!tenant.queues.has(target.queueId)) throw invalidField('queueId', 'is not a queue of this tenant');
      return { target, resolved: { kind: 'queue', queueId: target.queueId } };
    case 'number':
      return { target, resolved: { kind: 'number', number: target.number } };
    case 'entryPoint': {
      const entryPoint = await ctx.config.getEntryPoint(tenant.tenantId, target.entryPointId);
      const number = entryPoint?.numbers[0];
      if (number === undefined) throw invalidField('entryPointId', 'is not an entry point of this tenant');
      return { target, resolved: { kind: 'number', number } };
    }
  }
}
