import { nextAgentState, type AgentCommand, type AgentState } from '../../engine/agentStateMachine.js';
import type { RoutingDecision } from '../../engine/routingModel.js';
import type { AgentSession, TenantState } from './TenantState.js';
import { agentStateView } from './agentViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { asServiceError, conflict } from './runtimeErrors.js';

/**
 * The agent's next state after `command`, without changing anything: a CONFLICT carrying the
 * current state when the state machine forbids it. Commands plan first, so a refusal leaves no trace.
 */
export function planAgentState(session: AgentSession, command: AgentCommand): AgentState {
  try {
    return nextAgentState(session.state, command);
  } catch (error) {
    throw asServiceError(error);
  }
}

/**
 * The agent's state after several commands in a row, as one step: e.g. a consulted agent goes
 * straight back from Engaged to Available (contactEnded, wrapUp) when the consult ends, with one
 * `agent.stateChanged`. A CONFLICT with the current state when any step is refused.
 */
export function planAgentPath(session: AgentSession, commands: readonly AgentCommand[]): AgentState {
  let state = session.state;
  for (const command of commands) {
    try {
      state = nextAgentState(state, command);
    } catch (error) {
      // The conflict names the state the agent is in, not a step in between.
      throw conflict(session.state.name, `cannot ${command.type} while ${session.state.name}`, error);
    }
  }
  return state;
}

/**
 * Moves the agent to `next`: saves the session, emits `agent.stateChanged` and keeps routing in
 * step (only Available is routable). Returns routing's decisions when the agent became available:
 * the caller carries them out after its own events, so they follow in the stream.
 */
export function enterAgentState(
  tx: RuntimeTransaction,
  tenant: TenantState,
  session: AgentSession,
  next: AgentState,
): RoutingDecision[] {
  const previous = session.state;
  session.state = next;
  const idleCode = (state: AgentState) => (state.name === 'Idle' ? state.idleCodeId : undefined);
  if (previous.name !== next.name || idleCode(previous) !== idleCode(next)) session.since = tx.at;
  tx.saveSession(session);
  tx.emit({ type: 'agent.stateChanged', agentId: session.agentId, state: agentStateView(session) }, session.agentId);
  if (next.name === 'Available') return tenant.engine.setAgentAvailable(session.agentId, tx.at);
  tenant.engine.setAgentUnavailable(session.agentId);
  return [];
}

/** `planAgentState` then `enterAgentState`. */
export function moveAgent(
  tx: RuntimeTransaction,
  tenant: TenantState,
  session: AgentSession,
  command: AgentCommand,
): RoutingDecision[] {
  return enterAgentState(tx, tenant, session, planAgentState(session, command));
}
