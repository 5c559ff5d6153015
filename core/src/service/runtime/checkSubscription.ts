import { idSchema, parseContract } from '../../contract/index.js';
import type { SubscribeOptions } from './ContactCenterRuntime.js';
import type { RuntimeConfig } from './RuntimeConfig.js';
import { TENANT_STREAM } from './createTransaction.js';
import { invalidField, notFound } from './runtimeErrors.js';

const AGENT_STREAM_PREFIX = 'agent:';

/**
 * Refuses a subscription to something that is not a stream of the tenant: INVALID_REQUEST for a
 * malformed stream or `afterSeq`, NOT_FOUND for an agent the tenant does not have.
 */
export async function checkSubscription(config: RuntimeConfig, options: SubscribeOptions): Promise<void> {
  const { tenantId, stream, afterSeq } = options;
  if (afterSeq !== undefined && (!Number.isSafeInteger(afterSeq) || afterSeq < 0)) {
    throw invalidField('afterSeq', 'must be an integer ≥ 0');
  }
  if (stream === TENANT_STREAM) return;
  const agentId = stream.startsWith(AGENT_STREAM_PREFIX) ? stream.slice(AGENT_STREAM_PREFIX.length) : undefined;
  if (agentId === undefined || !parseContract(idSchema, agentId).ok) {
    throw invalidField('stream', 'must be `tenant` or `agent:<agentId>`');
  }
  if (!(await config.getUser(tenantId, agentId))) throw notFound(`agent ${agentId}`);
}
