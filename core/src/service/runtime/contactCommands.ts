import type { ContactView } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, TenantState } from './TenantState.js';
import { requireSession } from './agentCommands.js';
import { parseCallDataUpdate } from './callData.js';
import { finishWrapUp, startWrapUp } from './callEnding.js';
import { closeSegment, openAgentSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { handOverConsult } from './transferHandling.js';
import { roleOf } from './contactRoles.js';
import { dialAgent, withdrawOffer } from './offerLifecycle.js';
import { failOutdial } from './outdialCalls.js';
import { performConsulted, performFormer } from './participantCommands.js';
import { asServiceError, conflict, invalidField, notFound } from './runtimeErrors.js';

/** What the agent asks of one of their contacts. */
export type ContactCommand =
  | { readonly type: 'accept' | 'decline' | 'hold' | 'resume' | 'end' }
  | { readonly type: 'wrapUp'; readonly request: unknown }
  | { readonly type: 'updateCallData'; readonly values: unknown }
  | { readonly type: 'sendDigits'; readonly digits: string };

/** The agent's contact, with the agent's session and tenant. */
export type Owned = { tenant: TenantState; session: AgentSession; contact: LiveContact };

/**
 * Runs an agent's command on a contact they own (offered to them, or theirs), are consulted on, or
 * still wrap up after leaving: any other contact, including other agents' and other tenants', is
 * NOT_FOUND. Resolves with the contact as the command left it.
 */
export function runContactCommand(
  ctx: RuntimeContext,
  target: { tenantId: string; agentId: string; interactionId: string },
  command: ContactCommand,
  at: number,
): Promise<ContactView> {
  return ctx.run(target.tenantId, at, async (tx) => {
    const { tenant, session } = requireSession(ctx, target.tenantId, target.agentId);
    const contact = tenant.contacts.get(target.interactionId);
    const role = contact && roleOf(contact, target.agentId);
    if (!contact || !role) throw notFound(`contact ${target.interactionId}`);
    const owned = { tenant, session, contact };
    try {
      if (role === 'consulted') return await performConsulted(ctx, tx, owned, command);
      if (role === 'former') return await performFormer(ctx, tx, owned, command);
      return await perform(ctx, tx, owned, command);
    } catch (error) {
      throw asServiceError(error);
    }
  });
}

async function perform(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  { tenant, session, contact }: Owned,
  command: ContactCommand,
): Promise<ContactView> {
  const requireState = (...states: LiveContact['state'][]) => {
    if (!states.includes(contact.state)) throw conflict(contact.state, `cannot ${command.type} while ${contact.state}`);
  };
  switch (command.type) {
    case 'accept': {
      requireState('offered');
      const offer = contact.offer;
      if (offer?.answerByPhone)
        throw conflict('answer-by-phone', "the offer is accepted by answering the agent's phone");
      // A second click while the phone rings changes nothing.
      if (offer && offer.agentLegId === undefined) {
        dialAgent(ctx, tenant, contact, session);
        tx.saveContact(contact);
      }
      return contactView(contact);
    }
    case 'decline':
      requireState('offered');
      return withdrawOffer(ctx, tx, tenant, contact, 'declined');
    case 'hold':
      requireNoConsult(contact, command.type);
      requireState('connected');
      ctx.telephony.hold(customerLegOf(contact));
      contact.state = 'held';
      openAgentSegment(contact, 'hold', session.agentId, tx.at);
      return emitted(tx, contact, 'contact.held');
    case 'resume':
      requireNoConsult(contact, command.type);
      requireState('held');
      ctx.telephony.resume(customerLegOf(contact));
      contact.state = 'connected';
      closeSegment(contact, 'hold', tx.at);
      return emitted(tx, contact, 'contact.resumed');
    case 'end':
      if (contact.state === 'dialing' && contact.outdial) {
        await failOutdial(ctx, tx, tenant, contact, 'cancelled', 'agent');
        return contactView(contact);
      }
      // The owner leaving a conference hands the customer to the others.
      if (contact.consult?.state === 'conferenced') await handOverConsult(ctx, tx, tenant, contact);
      else {
        requireNoConsult(contact, command.type);
        requireState('connected', 'held');
        await startWrapUp(ctx, tx, tenant, contact, 'agent');
      }
      return contactView(contact);
    case 'wrapUp': {
      const wrapUpCodeId = await wrapUpCodeOf(ctx, tenant.tenantId, command.request);
      requireState('wrapUp');
      return finishWrapUp(ctx, tx, tenant, contact, wrapUpCodeId);
    }
    case 'sendDigits': {
      // While the consulted party is on the line, the agent talks (and dials) to them.
      const consultLeg = contact.consult?.state === 'consulting' ? contact.consult.legId : undefined;
      if (consultLeg === undefined) {
        requireNoConsult(contact, command.type);
        requireState('connected');
      }
      ctx.telephony.sendDigits(consultLeg ?? customerLegOf(contact), command.digits);
      return contactView(contact);
    }
    case 'updateCallData': {
      const updates = parseCallDataUpdate(contact.callData, command.values);
      requireState('connected', 'held', 'wrapUp');
      for (const [name, value] of updates) {
        const entry = contact.callData.get(name);
        if (entry) entry.value = value;
      }
      return emitted(tx, contact, 'contact.dataUpdated');
    }
  }
}

/** Saves the contact and emits a contact event about it to its agent and the tenant. */
function emitted(
  tx: RuntimeTransaction,
  contact: LiveContact,
  type: 'contact.held' | 'contact.resumed' | 'contact.dataUpdated',
): ContactView {
  const view = contactView(contact);
  tx.saveContact(contact);
  tx.emit({ type, contact: view }, contact.agentId);
  return view;
}

/** The customer's leg of a connected or held contact (which always has one). */
function customerLegOf(contact: LiveContact): string {
  if (contact.customerLegId === undefined) throw new Error(`contact ${contact.interactionId} has no customer leg`);
  return contact.customerLegId;
}

/** CONFLICT with the consult's state while one is in progress (use consult-end or a transfer first). */
function requireNoConsult(contact: LiveContact, action: string): void {
  const consult = contact.consult;
  if (consult) throw conflict(consult.state, `cannot ${action} while the consult is ${consult.state}`);
}

/** The wrap-up code of a request, checked against the tenant's codes. */
export async function wrapUpCodeOf(ctx: RuntimeContext, tenantId: string, request: unknown): Promise<string> {
  const wrapUpCodeId: unknown =
    typeof request === 'object' && request !== null && 'wrapUpCodeId' in request ? request.wrapUpCodeId : undefined;
  const codes = await ctx.config.listWrapUpCodes(tenantId);
  if (typeof wrapUpCodeId !== 'string' || !codes.some((code) => code.id === wrapUpCodeId)) {
    throw invalidField('wrapUpCodeId', 'is not a wrap-up code of this tenant');
  }
  return wrapUpCodeId;
}
