import type { ContactView } from '@patchbay/core/contract';
import type { ShellMethodParams } from '@patchbay/core-bridge/desktop';
import type { WidgetCommand } from '../commands/WidgetCommand.js';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { normalizePhoneNumber } from './normalizePhoneNumber.js';
import { mapFields, readCallData } from './readCallData.js';
import type { RecordPickedEvent, ScreenPopResultEvent } from './WidgetPlannerEvent.js';
import { noMatchRecordKey } from '../commands/noMatchRecordKey.js';
import type { InteractionPlan, InteractionStep } from './WidgetPlannerState.js';
import { renderUrlTemplate } from './renderUrlTemplate.js';

type ScreenPopMatch = ShellMethodParams<'screenPop'>['match'];

/** The moments of a contact at which a screen pop may happen. */
export type ScreenPopMoment = 'offered' | 'connected';

/** A phone number as the bridge carries it (it normalises nothing, but bounds and checks). */
const BRIDGE_PHONE = /^(?=.*\d)[0-9A-Za-z+()\-.\s#*,;/]{1,64}$/;
/** A record id as the bridge carries it. */
const BRIDGE_ID = /^[\x21-\x7E]{1,128}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;

/**
 * Pops the caller's record once per inbound interaction, at the policy's moment or, when the
 * desktop came up late (a reload), at the first later moment. Outbound calls start from a record
 * the agent already has open, so they never pop.
 */
export function planScreenPop(
  plan: InteractionPlan,
  contact: ContactView,
  moment: ScreenPopMoment,
  policy: WidgetPolicy,
): InteractionStep {
  const { when } = policy.screenPop;
  const due = when === 'offered' || (when === 'connected' && moment === 'connected');
  if (!due || plan.screenPopPlanned || contact.direction !== 'inbound') return { commands: [], plan };
  const popped = { ...plan, screenPopPlanned: true };
  const callData = readCallData(contact);
  const commands: WidgetCommand[] = [];
  const match = screenPopMatch(contact, policy.screenPop.searchBy);
  if (match !== undefined) {
    const params: ShellMethodParams<'screenPop'> = {
      interactionId: contact.interactionId,
      match,
      mode: policy.screenPop.multipleMatches === 'desktopPicker' ? 'searchOnly' : 'auto',
      ...(BRIDGE_PHONE.test(contact.ani) ? { ani: contact.ani } : {}),
      ...(BRIDGE_PHONE.test(contact.dnis) ? { dnis: contact.dnis } : {}),
      ...(Object.keys(callData).length > 0 ? { callAssociatedData: callData } : {}),
    };
    commands.push({ target: 'crm', method: 'screenPop', params });
  }
  const { urlTemplate } = policy.screenPop;
  if (urlTemplate !== undefined) {
    // The page the tenant points at (an order system, a knowledge base) pops beside the record.
    const url = renderUrlTemplate(urlTemplate, { ani: contact.ani, interactionId: contact.interactionId, callData });
    commands.push({ target: 'crm', method: 'openUrl', params: { url, interactionId: contact.interactionId } });
  }
  return { commands, plan: popped };
}

function screenPopMatch(
  contact: ContactView,
  searchBy: WidgetPolicy['screenPop']['searchBy'],
): ScreenPopMatch | undefined {
  const byAni = () => {
    const phone = normalizePhoneNumber(contact.ani, searchBy);
    return phone === undefined ? undefined : { phone };
  };
  if (searchBy.kind === 'ani') return byAni();
  const value = readCallData(contact)[searchBy.variable];
  const byCad = value === undefined ? undefined : cadMatch(value, searchBy.objectType, searchBy);
  return byCad ?? (searchBy.fallbackToAni ? byAni() : undefined);
}

function cadMatch(
  value: string,
  objectType: string | undefined,
  normalization: WidgetPolicy['screenPop']['searchBy'],
): ScreenPopMatch | undefined {
  if (objectType !== undefined) return BRIDGE_ID.test(value) ? { recordId: value, objectType } : undefined;
  if (EMAIL.test(value) && value.length <= 254) return { email: value };
  const phone = normalizePhoneNumber(value, normalization);
  return phone === undefined ? undefined : { phone };
}

/**
 * Acts on what the screen pop did: remembers the record it opened or created, and on no match
 * creates the caller's record when the policy says so (a durable write, once per interaction).
 */
export function planScreenPopResult(
  plan: InteractionPlan,
  event: ScreenPopResultEvent,
  policy: WidgetPolicy,
): InteractionStep {
  const [first] = event.records;
  if ((event.outcome === 'opened' || event.outcome === 'created') && first !== undefined) {
    return { commands: [], plan: { ...plan, record: { objectType: first.objectType, id: first.id } } };
  }
  const { noMatch } = policy.screenPop;
  if (event.outcome !== 'noMatch' || noMatch.action !== 'createRecord' || plan.noMatchRecordPlanned) {
    return { commands: [], plan };
  }
  if (plan.contact === undefined) return { commands: [], plan };
  const command: WidgetCommand = {
    target: 'crm',
    method: 'createRecord',
    params: { objectType: noMatch.objectType, fields: mapFields(noMatch.fieldMappings, plan.contact), open: true },
    durable: { key: noMatchRecordKey(event.interactionId) },
  };
  return { commands: [command], plan: { ...plan, noMatchRecordPlanned: true } };
}

/** The agent picked one of several matches in the desktop: open it and relate the call to it. */
export function planRecordPicked(plan: InteractionPlan, event: RecordPickedEvent): InteractionStep {
  if (plan.record?.objectType === event.record.objectType && plan.record.id === event.record.id) {
    return { commands: [], plan };
  }
  return {
    commands: [{ target: 'crm', method: 'openRecord', params: { record: event.record } }],
    plan: { ...plan, record: event.record },
  };
}
