import type { CadValueView, ConsultView, ContactView, FormerAgentView } from '../../contract/index.js';
import type { CallDataEntry, FormerAgent, LiveConsult, LiveContact } from './TenantState.js';
import { definedOnly } from './definedOnly.js';

/** What a sensitive variable shows instead of its value, everywhere outside the runtime's memory. */
export const SENSITIVE_MASK = '••••';

/** Call-associated data as agents see it: sensitive values masked. */
export function callDataView(callData: ReadonlyMap<string, CallDataEntry>): Record<string, CadValueView> {
  const view: Record<string, CadValueView> = {};
  for (const [name, entry] of callData) {
    view[name] = {
      value: entry.sensitive ? SENSITIVE_MASK : entry.value,
      agentViewable: entry.agentViewable,
      agentEditable: entry.agentEditable,
      sensitive: entry.sensitive,
    };
  }
  return view;
}

/** The contact as agents and supervisors see it. */
export function contactView(contact: LiveContact): ContactView {
  return definedOnly<ContactView>({
    interactionId: contact.interactionId,
    mediaType: 'telephony',
    direction: contact.direction,
    state: contact.state,
    ani: contact.ani,
    dnis: contact.dnis,
    entryPointId: contact.entryPointId,
    queueId: contact.queueId,
    agentId: contact.agentId,
    callAssociatedData: callDataView(contact.callData),
    createdAt: contact.createdAt,
    connectedAt: contact.connectedAt,
    endedAt: contact.endedAt,
    wrapUpCodeId: contact.wrapUpCodeId,
    offer:
      contact.state === 'offered' && contact.offer
        ? {
            agentId: contact.offer.agentId,
            expiresAt: contact.offer.expiresAt,
            answerByPhone: contact.offer.answerByPhone,
          }
        : undefined,
    autoWrapUpAt: contact.state === 'wrapUp' ? contact.autoWrapUpAt : undefined,
    consult: contact.consult && consultView(contact.consult),
    formerAgents: contact.formerAgents.length === 0 ? undefined : contact.formerAgents.map(formerAgentView),
  });
}

/** The consult in progress, as its parties see it. */
export function consultView(consult: LiveConsult): ConsultView {
  return definedOnly<ConsultView>({
    target: { ...consult.target },
    state: consult.state,
    consultingAgentId: consult.consultingAgentId,
    agentId: consult.agentId,
    number: consult.number,
    startedAt: consult.startedAt,
    expiresAt: consult.offer?.expiresAt,
    connectedAt: consult.connectedAt,
  });
}

/** An agent who left the contact, and their wrap-up. */
export function formerAgentView(former: FormerAgent): FormerAgentView {
  return definedOnly<FormerAgentView>({
    agentId: former.agentId,
    leftAt: former.leftAt,
    wrappedUpAt: former.wrappedUpAt,
    wrapUpCodeId: former.wrapUpCodeId,
  });
}
