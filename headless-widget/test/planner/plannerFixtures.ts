import type { ContactView, EventPayload } from '@patchbay/core/contract';
import type { WidgetCommand } from '../../src/commands/WidgetCommand.js';
import { parseWidgetPolicy } from '../../src/policy/parseWidgetPolicy.js';
import type { WidgetPolicy } from '../../src/policy/widgetPolicySchema.js';
import { planWidgetCommands } from '../../src/planner/planWidgetCommands.js';
import type { WidgetPlannerContext } from '../../src/planner/WidgetPlannerContext.js';
import type { WidgetPlannerEvent } from '../../src/planner/WidgetPlannerEvent.js';
import { INITIAL_WIDGET_PLANNER_STATE, type WidgetPlannerState } from '../../src/planner/WidgetPlannerState.js';

export const AGENT = 'agent-1';
export const OTHER_AGENT = 'agent-2';
/** 2024-03-05 14:07:09 UTC. */
export const CONNECTED_AT = Date.UTC(2024, 2, 5, 14, 7, 9);

export const CONTEXT: WidgetPlannerContext = {
  agentId: AGENT,
  now: CONNECTED_AT + 600_000,
  wrapUpCodeLabels: { sale: 'Sale made' },
  queueNames: { support: 'Support' },
};

export function buildContact(overrides: Partial<ContactView> = {}): ContactView {
  return {
    interactionId: 'i-42',
    mediaType: 'telephony',
    direction: 'inbound',
    state: 'connected',
    ani: '+390212345678',
    dnis: '+390287654321',
    queueId: 'support',
    agentId: AGENT,
    callAssociatedData: {},
    createdAt: CONNECTED_AT - 30_000,
    connectedAt: CONNECTED_AT,
    ...overrides,
  };
}

/** A CAD variable as the agent sees it. */
export function cad(value: string, flags: { sensitive?: boolean; agentViewable?: boolean } = {}) {
  return {
    value,
    agentViewable: flags.agentViewable ?? true,
    agentEditable: true,
    sensitive: flags.sensitive ?? false,
  };
}

export function policyOf(input: unknown = {}): WidgetPolicy {
  return parseWidgetPolicy(input);
}

export function core(event: EventPayload): WidgetPlannerEvent {
  return { kind: 'core', event };
}

export const offered = (contact: ContactView, agentId = AGENT): WidgetPlannerEvent =>
  core({
    type: 'contact.offered',
    contact: { ...contact, state: 'offered' },
    agentId,
    expiresAt: 0,
    answerByPhone: false,
  });
export const assigned = (contact: ContactView): WidgetPlannerEvent => core({ type: 'contact.assigned', contact });
export const ended = (contact: ContactView): WidgetPlannerEvent =>
  core({
    type: 'contact.ended',
    contact: { ...contact, state: 'ended', endedAt: CONNECTED_AT + 125_400 },
    endedBy: 'customer',
  });
export const wrappedUp = (contact: ContactView, wrapUpCodeId = 'sale'): WidgetPlannerEvent =>
  core({
    type: 'contact.wrappedUp',
    contact: { ...contact, state: 'ended', endedAt: CONNECTED_AT + 125_400, wrapUpCodeId },
  });

/** Plans the events in order from `state`: the commands of each event, and the final state. */
export function run(
  events: readonly WidgetPlannerEvent[],
  policy: WidgetPolicy,
  state: WidgetPlannerState = INITIAL_WIDGET_PLANNER_STATE,
  context: WidgetPlannerContext = CONTEXT,
): { commands: WidgetCommand[][]; state: WidgetPlannerState } {
  const commands: WidgetCommand[][] = [];
  let current = state;
  for (const event of events) {
    const plan = planWidgetCommands(event, current, policy, context);
    commands.push(plan.commands);
    current = plan.state;
  }
  return { commands, state: current };
}

/** Plans the events and returns all the commands, flattened. */
export function allCommands(events: readonly WidgetPlannerEvent[], policy: WidgetPolicy): WidgetCommand[] {
  return run(events, policy).commands.flat();
}
