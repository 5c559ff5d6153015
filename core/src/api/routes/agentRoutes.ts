import { SCOPES } from '../../auth/scopes.js';
import {
  agentStateRequestSchema,
  callDataUpdateSchema,
  contactTargetSchema,
  dtmfRequestSchema,
  outdialRequestSchema,
  stationLoginSchema,
  wrapUpRequestSchema,
} from '../../contract/index.js';
import type { ContactCenterRuntime } from '../../service/runtime/ContactCenterRuntime.js';
import { ServiceError } from '../../service/ServiceError.js';
import type { AgentAccess } from '../access/createAgentAccess.js';
import { defineRoute, type AnyApiRoute, type ApiRequest } from '../ApiRoute.js';

const AGENT_SCOPES = [SCOPES.AGENT_SELF, SCOPES.SUPERVISE];
const CONTACT_ACTIONS = ['accept', 'decline', 'hold', 'resume', 'end'] as const;
/** Consult steps without a body: path segment, runtime method, summary. */
const CONSULT_STEPS = [
  ['consult-transfer', 'consultTransfer', 'Hand the customer to the consulted party; the agent wraps up'],
  ['conference', 'conference', 'Bring the held customer into the consult: all three talk'],
  ['consult-end', 'consultEnd', 'Drop the consulted party; the customer stays on hold until resumed'],
] as const;

/** Agent sessions, states and contact control: what the desktop (and supervisors) drive. */
export function agentRoutes(runtime: ContactCenterRuntime, access: AgentAccess): AnyApiRoute[] {
  const base = '/api/v1/agents/:agentId';
  const target = async (request: ApiRequest<unknown>) => {
    if (!request.principal) throw new ServiceError({ code: 'NOT_FOUND', message: 'no principal' });
    const agentId = await access.resolveAgent(request.principal, request.params['agentId'] ?? '');
    return { tenantId: request.principal.tenantId, agentId, interactionId: request.params['interactionId'] ?? '' };
  };
  const common = { tag: 'agents', scope: AGENT_SCOPES } as const;

  return [
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/station-login`,
      summary: 'Station login: where the agent phone rings (E.164 or extension); takes over an existing session',
      body: stationLoginSchema,
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        return { body: await runtime.stationLogin(tenantId, agentId, { dialNumber: request.body.dialNumber }) };
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/logout`,
      summary: 'Log the agent out (only when Available, Idle or RONA)',
      successStatus: 204,
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        await runtime.logout(tenantId, agentId);
        return {};
      },
    }),
    defineRoute({
      ...common,
      method: 'PUT',
      path: `${base}/state`,
      summary: 'Set the agent Available, or Idle with an idle code (pending until wrap-up ends during a call)',
      body: agentStateRequestSchema,
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        return { body: await runtime.setAgentState(tenantId, agentId, request.body) };
      },
    }),
    defineRoute({
      ...common,
      method: 'GET',
      path: `${base}/session`,
      summary: "The agent's session and state",
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        const session = runtime.getSession(tenantId, agentId);
        if (!session) throw new ServiceError({ code: 'NOT_FOUND', message: `agent ${agentId} is not logged in` });
        return { body: session };
      },
    }),
    defineRoute({
      ...common,
      method: 'GET',
      path: `${base}/contacts`,
      summary: "The agent's live contacts",
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        return { body: runtime.listAgentContacts(tenantId, agentId) };
      },
    }),
    ...CONTACT_ACTIONS.map((action) =>
      defineRoute({
        ...common,
        method: 'POST',
        path: `${base}/contacts/:interactionId/${action}`,
        summary: `${action[0]?.toUpperCase() ?? ''}${action.slice(1)} the contact`,
        handler: async (request) => {
          const { tenantId, agentId, interactionId } = await target(request);
          return { body: await runtime[action](tenantId, agentId, interactionId) };
        },
      }),
    ),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/outdial`,
      summary: 'Click-to-call: ring the agent phone, then the destination (E.164 or extension) from the outdial ANI',
      body: outdialRequestSchema,
      handler: async (request) => {
        const { tenantId, agentId } = await target(request);
        return { body: await runtime.outdial(tenantId, agentId, request.body) };
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/contacts/:interactionId/consult`,
      summary: 'Consult an agent, a queue, a number or an entry point while the customer is on hold',
      body: contactTargetSchema,
      handler: async (request) => {
        const { tenantId, agentId, interactionId } = await target(request);
        return { body: await runtime.consult(tenantId, agentId, interactionId, request.body) };
      },
    }),
    ...CONSULT_STEPS.map(([segment, method, summary]) =>
      defineRoute({
        ...common,
        method: 'POST',
        path: `${base}/contacts/:interactionId/${segment}`,
        summary,
        handler: async (request) => {
          const { tenantId, agentId, interactionId } = await target(request);
          return { body: await runtime[method](tenantId, agentId, interactionId) };
        },
      }),
    ),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/contacts/:interactionId/transfer`,
      summary: 'Blind transfer to an agent (waits for them), a queue, a number or an entry point; the agent wraps up',
      body: contactTargetSchema,
      handler: async (request) => {
        const { tenantId, agentId, interactionId } = await target(request);
        return { body: await runtime.transfer(tenantId, agentId, interactionId, request.body) };
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/contacts/:interactionId/dtmf`,
      summary: 'Send DTMF digits to the party the agent talks to (the customer, or the consulted party)',
      body: dtmfRequestSchema,
      handler: async (request) => {
        const { tenantId, agentId, interactionId } = await target(request);
        return { body: await runtime.sendDigits(tenantId, agentId, interactionId, request.body.digits) };
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      path: `${base}/contacts/:interactionId/wrap-up`,
      summary: 'Wrap up with a wrap-up code',
      body: wrapUpRequestSchema,
      handler: async (request) => {
        const { tenantId, agentId, interactionId } = await target(request);
        return { body: await runtime.wrapUp(tenantId, agentId, interactionId, request.body) };
      },
    }),
    defineRoute({
      ...common,
      method: 'PATCH',
      path: `${base}/contacts/:interactionId/call-data`,
      summary: 'Update agent-editable call-associated data',
      body: callDataUpdateSchema,
      handler: async (request) => {
        const { tenantId, agentId, interactionId } = await target(request);
        return { body: await runtime.updateCallData(tenantId, agentId, interactionId, request.body.values) };
      },
    }),
  ];
}
