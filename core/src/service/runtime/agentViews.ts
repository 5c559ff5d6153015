import type { AgentSessionView, AgentStateView } from '../../contract/index.js';
import type { AgentSession } from './TenantState.js';
import { definedOnly } from './definedOnly.js';

/** The agent's state as the desktop shows it. */
export function agentStateView(session: AgentSession): AgentStateView {
  const state = session.state;
  return definedOnly<AgentStateView>({
    name: state.name,
    idleCodeId: state.name === 'Idle' ? state.idleCodeId : undefined,
    interactionId: 'contactId' in state ? state.contactId : undefined,
    pendingIdleCodeId: 'pendingIdleCodeId' in state ? state.pendingIdleCodeId : undefined,
    since: session.since,
  });
}

/** The agent's station session as the API reports it. */
export function agentSessionView(session: AgentSession): AgentSessionView {
  return {
    agentId: session.agentId,
    sessionId: session.sessionId,
    teamId: session.teamId,
    dialNumber: session.dialNumber,
    loggedInAt: session.loggedInAt,
    state: agentStateView(session),
  };
}
