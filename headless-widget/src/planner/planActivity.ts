import type { ContactView } from '@patchbay/core/contract';
import type { ShellMethodParams } from '@patchbay/core-bridge/desktop';
import type { WidgetCommand } from '../commands/WidgetCommand.js';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { formatDateTime } from './formatDateTime.js';
import { mapFields } from './readCallData.js';
import { renderTemplate } from './renderTemplate.js';
import type { WidgetPlannerContext } from './WidgetPlannerContext.js';
import type { CrmRecordRef } from './WidgetPlannerEvent.js';
import type { InteractionPlan, InteractionStep } from './WidgetPlannerState.js';

type SaveActivityParams = ShellMethodParams<'saveActivity'>;

/** The moments of a contact at which the activity may be logged or completed. */
export type ActivityMoment = 'connected' | 'ended' | 'wrappedUp';

/** The bridge's bounds: a subject of 255 characters, a call of at most a week. */
const MAX_SUBJECT_LENGTH = 255;
const MAX_ACTIVITY_SECONDS = 604_800;

/** What the activity steps need besides the plan and the contact. */
export type ActivityInputs = {
  readonly policy: WidgetPolicy;
  readonly context: WidgetPlannerContext;
  /** The record the CRM page shows now: the activity's record when the call has none of its own. */
  readonly onScreenRecord: CrmRecordRef | undefined;
};

/**
 * Takes over the activity a previous agent logged: a transferred contact carries its id in the
 * policy's CAD variable, and this agent updates it instead of logging the call a second time.
 * Only before this agent created one, so the id it wrote itself is never mistaken for a handover.
 */
export function takeOverActivity(plan: InteractionPlan, contact: ContactView, policy: WidgetPolicy): InteractionPlan {
  if (plan.activityCreatePlanned || plan.activityId !== undefined) return plan;
  const carried = contact.callAssociatedData[policy.activity.activityIdVariable]?.value;
  if (typeof carried !== 'string' || carried === '') return plan;
  return { ...plan, activityId: carried, activityTakenOver: true, activityIdShared: true };
}

/** Logs the call at the policy's moment (`<id>:activity`), or completes it at wrap-up (`<id>:activityUpdate`). */
export function planActivity(
  plan: InteractionPlan,
  contact: ContactView,
  moment: ActivityMoment,
  inputs: ActivityInputs,
): InteractionStep {
  const { activity } = inputs.policy;
  const id = contact.interactionId;
  if (moment === 'wrappedUp') {
    const hasActivity = plan.activityCreatePlanned || plan.activityId !== undefined;
    if (!activity.updateAtWrapUp || plan.activityUpdatePlanned || !hasActivity) return { commands: [], plan };
    const disposition = dispositionOf(contact, inputs.context);
    const params: SaveActivityParams = {
      ...activityParams(plan, contact, `${id}:activityUpdate`, inputs),
      ...(disposition === undefined ? {} : { disposition }),
      ...(plan.activityId === undefined ? {} : { activityId: plan.activityId }),
    };
    const command: WidgetCommand = {
      target: 'crm',
      method: 'saveActivity',
      params,
      durable: { key: `${id}:activityUpdate` },
      ...(plan.activityId === undefined ? { activityFrom: `${id}:activity` } : {}),
    };
    return { commands: [command], plan: { ...plan, activityUpdatePlanned: true } };
  }
  if (activity.create !== moment || plan.activityCreatePlanned || plan.activityTakenOver) {
    return { commands: [], plan };
  }
  const command: WidgetCommand = {
    target: 'crm',
    method: 'saveActivity',
    params: activityParams(plan, contact, `${id}:activity`, inputs),
    durable: { key: `${id}:activity` },
  };
  return { commands: [command], plan: { ...plan, activityCreatePlanned: true } };
}

/**
 * The CRM saved the activity: remember its id and, while the call is still with this agent,
 * write it into the CAD so an agent the call is transferred to updates it instead of logging again.
 */
export function planActivitySaved(
  plan: InteractionPlan,
  interactionId: string,
  activityId: string,
  policy: WidgetPolicy,
): InteractionStep {
  // Only the activity this agent created is news: a taken-over one is known, an unplanned one is not ours.
  if (!plan.activityCreatePlanned) return { commands: [], plan };
  const known = { ...plan, activityId };
  if (plan.activityIdShared || plan.ended) return { commands: [], plan: known };
  const command: WidgetCommand = {
    target: 'core',
    command: 'updateCallData',
    interactionId,
    variables: { [policy.activity.activityIdVariable]: activityId },
  };
  return { commands: [command], plan: { ...known, activityIdShared: true } };
}

function activityParams(
  plan: InteractionPlan,
  contact: ContactView,
  idempotencyKey: string,
  inputs: ActivityInputs,
): SaveActivityParams {
  const startedAt = contact.connectedAt ?? contact.createdAt;
  const endedAt = plan.ended ? Math.max(startedAt, endOf(contact, inputs.context)) : undefined;
  // While a screen pop is pending, the page on screen is where the agent was before the call.
  const relatedTo = plan.record ?? plan.dialedFrom ?? (plan.screenPopPlanned ? undefined : inputs.onScreenRecord);
  const fields = mapFields(inputs.policy.activity.fieldMappings, contact);
  return {
    idempotencyKey,
    interactionId: contact.interactionId,
    subject: subjectOf(contact, startedAt, inputs),
    direction: contact.direction,
    startedAt,
    ...(endedAt === undefined
      ? {}
      : {
          endedAt,
          durationSeconds: Math.min(MAX_ACTIVITY_SECONDS, Math.round((endedAt - startedAt) / 1000)),
        }),
    ...(relatedTo === undefined ? {} : { relatedTo: [relatedTo] }),
    ...(Object.keys(fields).length === 0 ? {} : { fields }),
  };
}

/** When the call ended for this agent: the contact's end, or when they left it (a transfer). */
function endOf(contact: ContactView, context: WidgetPlannerContext): number {
  const left = contact.formerAgents?.find((former) => former.agentId === context.agentId)?.leftAt;
  return contact.endedAt ?? left ?? context.now;
}

function subjectOf(contact: ContactView, startedAt: number, { policy, context }: ActivityInputs): string {
  const direction = contact.direction === 'inbound' ? 'Inbound' : 'Outbound';
  const values: Readonly<Record<string, string | undefined>> = {
    direction,
    datetime: formatDateTime(startedAt, policy.activity.dateFormat, policy.activity.timeZone),
    ani: contact.ani,
    dnis: contact.dnis,
    queue: contact.queueId === undefined ? undefined : context.queueNames[contact.queueId],
  };
  const subject = renderTemplate(policy.activity.subjectTemplate, (name) => values[name]).trim();
  return (subject === '' ? `${direction} Call` : subject).slice(0, MAX_SUBJECT_LENGTH);
}

/**
 * The wrap-up code's label. An agent who left the call (a transfer) has their code among the
 * contact's former agents; the owner's is the contact's own. An unknown code is sent as its id.
 */
function dispositionOf(contact: ContactView, context: WidgetPlannerContext): string | undefined {
  const former = contact.formerAgents?.find((entry) => entry.agentId === context.agentId);
  const codeId = former === undefined ? contact.wrapUpCodeId : former.wrapUpCodeId;
  if (codeId === undefined) return undefined;
  return (context.wrapUpCodeLabels[codeId] ?? codeId).slice(0, MAX_SUBJECT_LENGTH);
}
