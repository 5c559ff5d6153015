import type { AgentStateView } from '@patchbay/core/contract';
import type { PresenceMapping, WidgetPolicy } from '../policy/widgetPolicySchema.js';
import type { WidgetPlan, WidgetPlannerState } from './WidgetPlannerState.js';

// Loop avoidance: each side is changed only when its current value does not already stand for the
// other side's new one. The CRM presence is recorded as soon as it is set, so the CRM's echo of
// our own `setPresence` finds the agent state it maps to already in place; the agent state that
// our `setState` asks for arrives while the CRM presence still maps to it. Neither echo is sent back.

function mapsToAgentState(mapping: PresenceMapping, agentState: AgentStateView | undefined): boolean {
  if (agentState === undefined) return false;
  if (mapping.agentState === 'Available') return agentState.name === 'Available';
  return agentState.name === 'Idle' && agentState.idleCodeId === mapping.agentState.idleCodeId;
}

function mappingOf(policy: WidgetPolicy, crmPresenceId: string | undefined): PresenceMapping | undefined {
  return policy.presenceSync.mappings.find((mapping) => mapping.crmPresenceId === crmPresenceId);
}

/** The agent changed their CRM presence: set the agent state it maps to. */
export function planCrmPresenceChanged(
  crmPresenceId: string,
  state: WidgetPlannerState,
  policy: WidgetPolicy,
): WidgetPlan {
  const next = { ...state, crmPresenceId };
  const { enabled, direction } = policy.presenceSync;
  const mapping = mappingOf(policy, crmPresenceId);
  const agentState = state.agentState;
  if (!enabled || direction === 'agentToCrm' || mapping === undefined) return { commands: [], state: next };
  // A logged-out agent has no state to set; an unknown state is not known to differ.
  if (agentState === undefined || agentState.name === 'LoggedOut' || mapsToAgentState(mapping, agentState)) {
    return { commands: [], state: next };
  }
  const target = mapping.agentState;
  return {
    commands: [
      target === 'Available'
        ? { target: 'core', command: 'setState', state: 'Available' }
        : { target: 'core', command: 'setState', state: 'Idle', idleCodeId: target.idleCodeId },
    ],
    state: next,
  };
}

/** The agent state changed in the contact center: set the CRM presence mapped to it. */
export function planAgentPresence(state: WidgetPlannerState, policy: WidgetPolicy): WidgetPlan {
  const { enabled, direction, mappings } = policy.presenceSync;
  if (!enabled || direction === 'crmToAgent') return { commands: [], state };
  const current = mappingOf(policy, state.crmPresenceId);
  if (current !== undefined && mapsToAgentState(current, state.agentState)) return { commands: [], state };
  const mapping = mappings.find((candidate) => mapsToAgentState(candidate, state.agentState));
  if (mapping === undefined) return { commands: [], state };
  return {
    commands: [{ target: 'crm', method: 'setPresence', params: { presenceId: mapping.crmPresenceId } }],
    state: { ...state, crmPresenceId: mapping.crmPresenceId },
  };
}
