import type { AgentStateView, ContactView } from '@patchbay/core/contract';
import type { WidgetCommand } from '../commands/WidgetCommand.js';
import type { CrmRecordRef } from './WidgetPlannerEvent.js';

/**
 * What the planner remembers of one interaction. The `planned` flags make every step happen once:
 * a replayed or duplicate event finds its step already planned and plans nothing.
 */
export type InteractionPlan = {
  readonly screenPopPlanned: boolean;
  readonly noMatchRecordPlanned: boolean;
  readonly activityCreatePlanned: boolean;
  readonly activityUpdatePlanned: boolean;
  readonly casePlanned: boolean;
  /** The activity id was written into the CAD for the next agent. */
  readonly activityIdShared: boolean;
  /** The CRM activity of this call, once saved or when taken over from the previous agent. */
  readonly activityId?: string;
  /** True when the activity came with a transferred contact: it is updated, never created again. */
  readonly activityTakenOver: boolean;
  /** The caller's record: popped, created on no match, or picked. */
  readonly record?: CrmRecordRef;
  /** The record the agent clicked to dial from, for an outbound call. */
  readonly dialedFrom?: CrmRecordRef;
  /** The contact as last seen: feedback events (a screen-pop result) map fields from it. */
  readonly contact?: ContactView;
  /** The contact ended or left this agent: no CAD writes any more. */
  readonly ended: boolean;
  readonly wrappedUp: boolean;
};

/** The planner's whole state: per interaction, plus the agent's and the CRM page's. */
export type WidgetPlannerState = {
  /** By interaction id, oldest first. */
  readonly interactions: Readonly<Record<string, InteractionPlan>>;
  readonly agentState?: AgentStateView;
  /** What the CRM was last told about click-to-dial; absent until told once. */
  readonly clickToDialEnabled?: boolean;
  /** The record the CRM page shows, from `navigationChanged`. */
  readonly onScreenRecord?: CrmRecordRef | undefined;
  /** The record of the last click-to-dial, until the outbound contact it starts appears. */
  readonly pendingDialRecord?: CrmRecordRef | undefined;
  /** The CRM presence as last reported or set. */
  readonly crmPresenceId?: string;
};

/** The state before any event. */
export const INITIAL_WIDGET_PLANNER_STATE: WidgetPlannerState = { interactions: {} };

/** Wrapped-up interactions kept so replays stay no-ops; older ones are forgotten first. */
export const MAX_FINISHED_INTERACTIONS = 50;

export const NEW_INTERACTION_PLAN: InteractionPlan = {
  screenPopPlanned: false,
  noMatchRecordPlanned: false,
  activityCreatePlanned: false,
  activityUpdatePlanned: false,
  casePlanned: false,
  activityIdShared: false,
  activityTakenOver: false,
  ended: false,
  wrappedUp: false,
};

/** The plan of `interactionId`, or a fresh one. */
export function interactionPlanOf(state: WidgetPlannerState, interactionId: string): InteractionPlan {
  return state.interactions[interactionId] ?? NEW_INTERACTION_PLAN;
}

/** `state` with the plan of `interactionId` replaced, forgetting the oldest wrapped-up interactions. */
export function withInteractionPlan(
  state: WidgetPlannerState,
  interactionId: string,
  plan: InteractionPlan,
): WidgetPlannerState {
  const entries = Object.entries({ ...state.interactions, [interactionId]: plan });
  const finished = entries.filter(([, entry]) => entry.wrappedUp).map(([id]) => id);
  const forgotten = new Set(finished.slice(0, Math.max(0, finished.length - MAX_FINISHED_INTERACTIONS)));
  return { ...state, interactions: Object.fromEntries(entries.filter(([id]) => !forgotten.has(id))) };
}

/** What planning one event gives: the commands, in order, and the next state. */
export type WidgetPlan = { readonly commands: WidgetCommand[]; readonly state: WidgetPlannerState };

/** What planning one step of an interaction gives: the commands and the interaction's next plan. */
export type InteractionStep = { readonly commands: WidgetCommand[]; readonly plan: InteractionPlan };
