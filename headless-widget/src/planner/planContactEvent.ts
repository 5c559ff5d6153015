import type { ContactView, EventPayload } from '@patchbay/core/contract';
import type { WidgetCommand } from '../commands/WidgetCommand.js';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { planActivity, takeOverActivity, type ActivityInputs } from './planActivity.js';
import { planCaseCreation } from './planCaseCreation.js';
import { planScreenPop } from './planScreenPop.js';
import type { WidgetPlannerContext } from './WidgetPlannerContext.js';
import {
  interactionPlanOf,
  withInteractionPlan,
  type InteractionPlan,
  type InteractionStep,
  type WidgetPlan,
  type WidgetPlannerState,
} from './WidgetPlannerState.js';

/** The moments of a contact the widget acts on, for this agent. */
type ContactMoment = 'offered' | 'connected' | 'left' | 'ended' | 'wrappedUp';

type Step = (plan: InteractionPlan) => InteractionStep;

/** Plans a core contact event: which moment of the call it is for this agent, then that moment's steps. */
export function planContactEvent(
  event: Extract<EventPayload, { contact: ContactView }>,
  state: WidgetPlannerState,
  policy: WidgetPolicy,
  context: WidgetPlannerContext,
): WidgetPlan {
  const { contact } = event;
  const known = state.interactions[contact.interactionId] !== undefined;
  const moment = momentOf(event, known, context.agentId);
  if (moment === undefined) return { commands: [], state };
  const inputs: ActivityInputs = { policy, context, onScreenRecord: state.onScreenRecord };
  const isFirstSight = !known;
  const steps: Step[] = [
    (plan) => ({ commands: [], plan: { ...plan, contact } }),
    (plan) => ({ commands: [], plan: takeOverActivity(plan, contact, policy) }),
  ];
  switch (moment) {
    case 'offered':
      steps.push((plan) => planScreenPop(plan, contact, 'offered', policy));
      break;
    case 'connected':
      steps.push(
        (plan) => planScreenPop(plan, contact, 'connected', policy),
        (plan) => planCaseCreation(plan, contact, policy),
        (plan) => planActivity(plan, contact, 'connected', inputs),
      );
      break;
    case 'left':
    case 'ended':
      steps.push(markEnded, (plan) => planActivity(plan, contact, 'ended', inputs));
      break;
    case 'wrappedUp':
      steps.push(
        markEnded,
        (plan) => planActivity(plan, contact, 'ended', inputs),
        (plan) => planActivity(plan, contact, 'wrappedUp', inputs),
        (plan) => ({ commands: [], plan: { ...plan, wrappedUp: true } }),
      );
      break;
  }
  const start = interactionPlanOf(state, contact.interactionId);
  // The outbound contact a click-to-dial started is the first one seen after it.
  const dialedFrom = isFirstSight && contact.direction === 'outbound' ? state.pendingDialRecord : undefined;
  const first = dialedFrom === undefined ? start : { ...start, dialedFrom };
  const commands: WidgetCommand[] = [];
  let plan = first;
  for (const step of steps) {
    const result = step(plan);
    commands.push(...result.commands);
    plan = result.plan;
  }
  return {
    commands,
    state: withInteractionPlan(
      dialedFrom === undefined ? state : { ...state, pendingDialRecord: undefined },
      contact.interactionId,
      plan,
    ),
  };
}

const markEnded: Step = (plan) => ({ commands: [], plan: { ...plan, ended: true } });

/**
 * Which moment an event is for this agent, or undefined when it is not about this agent's call:
 * an offer to someone else, the owner's wrap-up seen by an agent who left, a call never seen.
 */
function momentOf(
  event: Extract<EventPayload, { contact: ContactView }>,
  known: boolean,
  agentId: string,
): ContactMoment | undefined {
  const owned = event.contact.agentId === agentId;
  switch (event.type) {
    case 'contact.offered':
      return event.agentId === agentId ? 'offered' : undefined;
    case 'contact.assigned':
      return owned ? 'connected' : undefined;
    case 'contact.transferred':
      if (owned) return 'connected';
      return event.fromAgentId === agentId && known ? 'left' : undefined;
    case 'contact.ownerChanged':
      if (event.toAgentId === agentId) return 'connected';
      return event.fromAgentId === agentId && known ? 'left' : undefined;
    case 'contact.ended':
      return known || owned ? 'ended' : undefined;
    case 'contact.wrapUpStarted':
      return isOwnWrapUp(event.agentId, event.contact, known, agentId) ? 'ended' : undefined;
    case 'contact.wrappedUp':
      return isOwnWrapUp(event.agentId, event.contact, known, agentId) ? 'wrappedUp' : undefined;
    default:
      return undefined;
  }
}

/**
 * A wrap-up event names the agent when it is the wrap-up of one who left the call (a transfer);
 * without a name it is the owner's, which an agent who left must not take for their own.
 */
function isOwnWrapUp(
  formerAgentId: string | undefined,
  contact: ContactView,
  known: boolean,
  agentId: string,
): boolean {
  if (formerAgentId !== undefined) return formerAgentId === agentId;
  const wasOwner = contact.formerAgents?.some((former) => former.agentId === agentId) ?? false;
  return contact.agentId === agentId || (contact.agentId === undefined && known && !wasOwner);
}
