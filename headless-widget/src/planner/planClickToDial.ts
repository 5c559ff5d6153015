import type { AgentStateView } from '@patchbay/core/contract';
import type { ShellEventPayload } from '@patchbay/core-bridge/desktop';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { normalizePhoneNumber } from './normalizePhoneNumber.js';
import type { WidgetPlan, WidgetPlannerState } from './WidgetPlannerState.js';

/** Agent states in which an outdial may start: not on, offered or wrapping up a call. */
const DIALABLE_STATES: ReadonlySet<AgentStateView['name']> = new Set(['Available', 'Idle']);

/** Whether the agent may place a call now, per the policy and their state. */
export function canDial(state: WidgetPlannerState, policy: WidgetPolicy): boolean {
  return policy.clickToDial.enabled && state.agentState !== undefined && DIALABLE_STATES.has(state.agentState.name);
}

/**
 * A number clicked in the CRM becomes an outdial, E.164 per the policy, when the agent may dial.
 * The record it was clicked on waits for the outbound contact, whose activity is related to it.
 */
export function planClickToDial(
  payload: ShellEventPayload<'clickToDial'>,
  state: WidgetPlannerState,
  policy: WidgetPolicy,
): WidgetPlan {
  if (!canDial(state, policy)) return { commands: [], state };
  const number = normalizePhoneNumber(payload.number, policy.clickToDial);
  if (number === undefined) return { commands: [], state };
  return {
    // The click reached this tab only: this tab dials, leading or not.
    // E.164 as the core dials it: a trunk's access code is the core's concern, not the CRM's.
    commands: [{ target: 'core', command: 'outdial', number, anyTab: true }],
    state: { ...state, pendingDialRecord: payload.record },
  };
}

/** Tells the CRM when click-to-dial turns on or off, and only then; every tab's CRM page has its own switch. */
export function planDialability(state: WidgetPlannerState, policy: WidgetPolicy): WidgetPlan {
  const enabled = canDial(state, policy);
  if (state.clickToDialEnabled === enabled) return { commands: [], state };
  return {
    commands: [{ target: 'crm', method: 'setClickToDialEnabled', params: { enabled }, anyTab: true }],
    state: { ...state, clickToDialEnabled: enabled },
  };
}
