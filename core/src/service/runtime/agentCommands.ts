import { parseContract, stationLoginSchema, type AgentSessionView } from '../../contract/index.js';
import { nextAgentState, type AgentCommand, type AgentState } from '../../engine/agentStateMachine.js';
import { ServiceError } from '../ServiceError.js';
import type { AgentStateRequest } from './ContactCenterRuntime.js';
import type { RuntimeContext } from './RuntimeContext.js';
import { enterAgentState, planAgentState } from './agentTransitions.js';
import { agentSessionView } from './agentViews.js';
import { applyDecisions } from './offerLifecycle.js';
import { conflict, invalidField, notFound } from './runtimeErrors.js';
import { ensureTenant, routingAgentOf } from './tenantStates.js';

/** The agent commands of the runtime: station login, logout and state changes. */
export type AgentCommands = {
  stationLogin(tenantId: string, agentId: string, request: unknown, at: number): Promise<AgentSessionView>;
  logout(tenantId: string, agentId: string, at: number): Promise<void>;
  setAgentState(tenantId: string, agentId: string, request: unknown, at: number): Promise<AgentSessionView>;
};

/** The agent's session in a live tenant, or NOT_FOUND. */
export function requireSession(ctx: RuntimeContext, tenantId: string, agentId: string) {
  const tenant = ctx.tenants.get(tenantId);
  const session = tenant?.sessions.get(agentId);
  if (!tenant || !session) throw notFound(`session of agent ${agentId}`);
  return { tenant, session };
}

/** The agent commands over the runtime's shared context. */
export function createAgentCommands(ctx: RuntimeContext): AgentCommands {
  return {
    stationLogin: (tenantId, agentId, request, at) =>
      ctx.run(tenantId, at, async (tx) => {
        const parsed = parseContract(stationLoginSchema, request);
        if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
        const user = await ctx.config.getUser(tenantId, agentId);
        if (!user) throw notFound(`agent ${agentId}`);
        if (!user.roles.includes('agent')) throw invalidField('agentId', 'the user is not an agent');
        const teamId = user.teamId;
        if (teamId === undefined) throw invalidField('teamId', 'the agent belongs to no team');
        if (parsed.value.teamId !== undefined && parsed.value.teamId !== teamId) {
          throw invalidField('teamId', "is not the agent's team");
        }
        const tenant = await ensureTenant(ctx, tenantId, at);
        let session = tenant.sessions.get(agentId);
        if (session) {
          // Multi-login: the new station takes over the session's state and contacts.
          tx.emit({ type: 'agent.loggedOut', agentId, sessionId: session.sessionId, reason: 'takenOver' }, agentId);
          session.sessionId = ctx.newId();
          session.user = user;
          session.teamId = teamId;
          session.dialNumber = parsed.value.dialNumber;
          session.loggedInAt = at;
        } else {
          const idleCodeId = await defaultIdleCodeId(ctx, tenantId);
          session = {
            agentId,
            sessionId: ctx.newId(),
            user,
            teamId,
            dialNumber: parsed.value.dialNumber,
            loggedInAt: at,
            state: nextAgentState({ name: 'LoggedOut' }, { type: 'login', idleCodeId }),
            since: at,
          };
          tenant.sessions.set(agentId, session);
        }
        const decisions = tenant.engine.upsertAgent(routingAgentOf(session), at);
        tx.saveSession(session);
        tx.emit({ type: 'agent.loggedIn', session: agentSessionView(session) }, agentId);
        await applyDecisions(ctx, tx, tenant, decisions);
        return agentSessionView(session);
      }),

    logout: (tenantId, agentId, at) =>
      ctx.run(tenantId, at, (tx) => {
        const { tenant, session } = requireSession(ctx, tenantId, agentId);
        planAgentState(session, { type: 'logout' });
        tenant.sessions.delete(agentId);
        tenant.engine.removeAgent(agentId);
        tx.removeSession(agentId);
        tx.emit({ type: 'agent.loggedOut', agentId, sessionId: session.sessionId, reason: 'logout' }, agentId);
        return Promise.resolve();
      }),

    setAgentState: (tenantId, agentId, request, at) =>
      ctx.run(tenantId, at, async (tx) => {
        const { tenant, session } = requireSession(ctx, tenantId, agentId);
        const command = await stateCommandOf(ctx, tenantId, request);
        const next = planAgentState(session, command);
        if (!sameState(session.state, next)) {
          await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
        }
        return agentSessionView(session);
      }),
  };
}

/** The state machine's command for a request; an Idle request must name one of the tenant's idle codes. */
async function stateCommandOf(ctx: RuntimeContext, tenantId: string, request: unknown): Promise<AgentCommand> {
  const body: Partial<Record<keyof AgentStateRequest | 'idleCodeId', unknown>> =
    typeof request === 'object' && request !== null ? request : {};
  if (body.state === 'Available') return { type: 'setAvailable' };
  if (body.state !== 'Idle') throw invalidField('state', 'must be Available or Idle');
  const idleCodeId = body.idleCodeId;
  const codes = await ctx.config.listIdleCodes(tenantId);
  if (typeof idleCodeId !== 'string' || !codes.some((code) => code.id === idleCodeId)) {
    throw invalidField('idleCodeId', 'is not an idle code of this tenant');
  }
  return { type: 'setIdle', idleCodeId };
}

/** The idle code a new session starts with: the tenant's default, else its first. */
async function defaultIdleCodeId(ctx: RuntimeContext, tenantId: string): Promise<string> {
  const codes = await ctx.config.listIdleCodes(tenantId);
  const code = codes.find((candidate) => candidate.isDefault) ?? codes[0];
  if (!code) throw conflict('no-idle-code', 'the tenant has no idle code for agents to log in with');
  return code.id;
}

function sameState(a: AgentState, b: AgentState): boolean {
  const parts = (state: AgentState) => [
    state.name,
    state.name === 'Idle' ? state.idleCodeId : undefined,
    'contactId' in state ? state.contactId : undefined,
    'pendingIdleCodeId' in state ? state.pendingIdleCodeId : undefined,
  ];
  const [left, right] = [parts(a), parts(b)];
  return left.every((part, index) => part === right[index]);
}
