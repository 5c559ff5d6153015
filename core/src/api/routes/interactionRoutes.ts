import { SCOPES } from '../../auth/scopes.js';
import type { Principal } from '../../auth/Principal.js';
import { interactionListQuerySchema, parseContract, type InteractionListQuery } from '../../contract/index.js';
import type { InteractionReader } from '../../service/interactions/createInteractionReader.js';
import { ServiceError } from '../../service/ServiceError.js';
import type { SupervisionScope } from '../access/createSupervisionScope.js';
import { defineRoute, type AnyApiRoute, type ApiRequest } from '../ApiRoute.js';

/** The query parameters that carry numbers; a query string carries only text. */
const NUMERIC_PARAMETERS: ReadonlySet<string> = new Set(['from', 'to', 'limit']);
const DIGITS = /^\d{1,16}$/;

const QUERY_HELP =
  'query: from, to (epoch ms of endedAt, to exclusive), agentId, queueId, outcome, limit (1-500), cursor';

/**
 * The records finished contacts leave behind, for CRM activity logging and supervisors. Admins read
 * the whole tenant; supervisors the records an agent of their teams (or sites' teams) was offered;
 * agents their own. A record out of reach is NOT_FOUND, exactly like one that does not exist.
 */
export function interactionRoutes(reader: InteractionReader, scope: SupervisionScope): AnyApiRoute[] {
  const supervise = { tag: 'interactions', scope: SCOPES.SUPERVISE } as const;

  return [
    defineRoute({
      ...supervise,
      method: 'GET',
      path: '/api/v1/interactions',
      summary: `Interaction records of the agents you supervise (all for admins), newest first; ${QUERY_HELP}`,
      handler: async (request) => {
        const principal = principalOf(request);
        const query = parseListQuery(request.query);
        const visible = await scope.visibleAgents(principal);
        return { body: await reader.list(principal.tenantId, query, visible === 'all' ? undefined : visible) };
      },
    }),
    defineRoute({
      ...supervise,
      method: 'GET',
      path: '/api/v1/interactions/:interactionId',
      summary: 'One interaction record, if an agent you supervise was offered it (any for admins)',
      handler: async (request) => {
        const principal = principalOf(request);
        const interactionId = request.params['interactionId'] ?? '';
        const record = await reader.get(principal.tenantId, interactionId);
        const visible = await scope.visibleAgents(principal);
        if (!record || (visible !== 'all' && !record.agentIds.some(visible))) {
          throw new ServiceError({ code: 'NOT_FOUND', message: `unknown interaction ${interactionId}` });
        }
        return { body: record };
      },
    }),
    defineRoute({
      tag: 'interactions',
      scope: SCOPES.AGENT_SELF,
      method: 'GET',
      path: '/api/v1/agents/me/interactions',
      summary: `Interaction records you were offered, newest first; ${QUERY_HELP}`,
      handler: async (request) => {
        const principal = principalOf(request);
        const query = parseListQuery(request.query);
        return { body: await reader.list(principal.tenantId, query, (agentId) => agentId === principal.userId) };
      },
    }),
  ];
}

function principalOf(request: ApiRequest<unknown>): Principal {
  if (!request.principal) throw new ServiceError({ code: 'NOT_FOUND', message: 'no principal' });
  return request.principal;
}

/**
 * The list query, checked against the contract: digit strings become numbers first; anything
 * else is left as it came, so the contract names the field that is wrong (`limit`: expected number).
 */
function parseListQuery(raw: unknown): InteractionListQuery {
  const input: Record<string, unknown> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [name, value] of Object.entries(raw)) {
      input[name] =
        NUMERIC_PARAMETERS.has(name) && typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
    }
  }
  const parsed = parseContract(interactionListQuerySchema, input);
  if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
  return parsed.value;
}
