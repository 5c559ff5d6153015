import type { AgentStateView, ContactView, EventPayload } from '@patchbay/core/contract';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { planActivitySaved } from './planActivity.js';
import { planClickToDial, planDialability } from './planClickToDial.js';
import { planContactEvent } from './planContactEvent.js';
import { planAgentPresence, planCrmPresenceChanged } from './planPresenceSync.js';
import { planRecordPicked, planScreenPopResult } from './planScreenPop.js';
import type { WidgetPlannerContext } from './WidgetPlannerContext.js';
import type { CrmRecordRef, ShellWidgetEvent, WidgetPlannerEvent } from './WidgetPlannerEvent.js';
import {
  withInteractionPlan,
  type InteractionStep,
  type InteractionPlan,
  type WidgetPlan,
  type WidgetPlannerState,
} from './WidgetPlannerState.js';

/**
 * The widget's planner: what the CRM and the core should do about one event, given what was
 * already planned. Pure: no I/O, no clock but `context.now`, the same inputs give the same plan,
 * and an event planned once (a replay, a duplicate, a second tab's copy) plans nothing more.
 */
export function planWidgetCommands(
  event: WidgetPlannerEvent,
  state: WidgetPlannerState,
  policy: WidgetPolicy,
  context: WidgetPlannerContext,
): WidgetPlan {
  switch (event.kind) {
    case 'core':
      return planCoreEvent(event.event, state, policy, context);
    case 'shell':
      return planShellEvent(event, state, policy);
    case 'sessionRead':
      // Events are the truth from the moment the widget listens: the read only fills in for them.
      return event.session === undefined || state.agentState !== undefined
        ? { commands: [], state }
        : planAgentState(event.session.state, state, policy);
    case 'screenPopResult':
      return onKnownInteraction(state, event.interactionId, (plan) => planScreenPopResult(plan, event, policy));
    case 'activitySaved':
      return onKnownInteraction(state, event.interactionId, (plan) =>
        planActivitySaved(plan, event.interactionId, event.activityId, policy),
      );
    case 'recordCreated':
      return onKnownInteraction(state, event.interactionId, (plan) => ({
        commands: [],
        plan: { ...plan, record: event.record },
      }));
    case 'recordPicked':
      return onKnownInteraction(state, event.interactionId, (plan) => planRecordPicked(plan, event));
  }
}

function planCoreEvent(
  event: EventPayload,
  state: WidgetPlannerState,
  policy: WidgetPolicy,
  context: WidgetPlannerContext,
): WidgetPlan {
  if ('contact' in event) return planContactEvent(event, state, policy, context);
  switch (event.type) {
    case 'agent.stateChanged':
      return event.agentId === context.agentId ? planAgentState(event.state, state, policy) : { commands: [], state };
    case 'agent.loggedIn':
      return event.session.agentId === context.agentId
        ? planAgentState(event.session.state, state, policy)
        : { commands: [], state };
    case 'agent.loggedOut':
      return event.agentId === context.agentId
        ? planAgentState({ name: 'LoggedOut', since: context.now }, state, policy)
        : { commands: [], state };
  }
}

/** A new agent state may turn click-to-dial on or off and move the CRM presence. */
function planAgentState(agentState: AgentStateView, state: WidgetPlannerState, policy: WidgetPolicy): WidgetPlan {
  const dialability = planDialability({ ...state, agentState }, policy);
  const presence = planAgentPresence(dialability.state, policy);
  return { commands: [...dialability.commands, ...presence.commands], state: presence.state };
}

function planShellEvent(event: ShellWidgetEvent, state: WidgetPlannerState, policy: WidgetPolicy): WidgetPlan {
  switch (event.name) {
    case 'clickToDial':
      return planClickToDial(event.payload, state, policy);
    case 'presenceChanged':
      return planCrmPresenceChanged(event.payload.presence.id, state, policy);
    case 'navigationChanged':
      return planNavigation(event.payload.record, state);
    case 'panelVisibilityChanged':
      return { commands: [], state };
  }
}

/**
 * Remembers the record on screen; a call still going without a record of its own takes it, as
 * the record the agent opened for it (from the CRM's search page, say).
 */
function planNavigation(record: CrmRecordRef | undefined, state: WidgetPlannerState): WidgetPlan {
  if (record === undefined) {
    return { commands: [], state: { ...state, onScreenRecord: undefined } };
  }
  const onScreenRecord = { objectType: record.objectType, id: record.id };
  let next: WidgetPlannerState = { ...state, onScreenRecord };
  for (const [interactionId, plan] of Object.entries(state.interactions)) {
    if (plan.record === undefined && !plan.ended && isTalking(plan.contact)) {
      next = withInteractionPlan(next, interactionId, { ...plan, record: onScreenRecord });
    }
  }
  return { commands: [], state: next };
}

function isTalking(contact: ContactView | undefined): boolean {
  return (
    contact !== undefined && contact.state !== 'offered' && contact.state !== 'ended' && contact.state !== 'wrapUp'
  );
}

/** Feedback about an interaction the planner never saw (or forgot) changes nothing. */
function onKnownInteraction(
  state: WidgetPlannerState,
  interactionId: string,
  step: (plan: InteractionPlan) => InteractionStep,
): WidgetPlan {
  const plan = state.interactions[interactionId];
  if (plan === undefined) return { commands: [], state };
  const result = step(plan);
  return { commands: result.commands, state: withInteractionPlan(state, interactionId, result.plan) };
}
