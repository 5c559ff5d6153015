import type { ContactView } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, TenantState } from './TenantState.js';
import { requireSession } from './agentCommands.js';
import { parseCallDataUpdate } from './callData.js';
import { finishWrapUp, startWrapUp } from './callEnding.js';
import { closeSegment, openAgentSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { dialAgent, withdrawOffer } from './offerLifecycle.js';
import { asServiceError, conflict, invalidField, notFound } from './runtimeErrors.js';

/** What the agent asks of one of their contacts. */
export type ContactCommand =
  | { readonly type: 'accept' | 'decline' | 'hold' | 'resume' | 'end' }
  | { readonly type: 'wrapUp'; readonly request: unknown }
  | { readonly type: 'updateCallData'; readonly values: unknown };

type Owned = { tenant: TenantState; session: AgentSession; contact: LiveContact };

/**
 * Runs an agent's command on a contact they own (offered to them, or theirs): any other contact,
 * including other agents' and other tenants', is NOT_FOUND. Resolves with the contact as the
 * command left it.
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
    if (contact?.agentId !== target.agentId) throw notFound(`contact ${target.interactionId}`);
    try {
      return await perform(ctx, tx, { tenant, session, contact }, command);
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
      requireState('connected');
      ctx.telephony.hold(contact.customerLegId);
      contact.state = 'held';
      openAgentSegment(contact, 'hold', session.agentId, tx.at);
      return emitted(tx, contact, 'contact.held');
    case 'resume':
      requireState('held');
      ctx.telephony.resume(contact.customerLegId);
      contact.state = 'connected';
      closeSegment(contact, 'hold', tx.at);
      return emitted(tx, contact, 'contact.resumed');
    case 'end':
      requireState('connected', 'held');
      await startWrapUp(ctx, tx, tenant, contact, 'agent');
      return contactView(contact);
    case 'wrapUp': {
      const wrapUpCodeId = await wrapUpCodeOf(ctx, tenant.tenantId, command.request);
      requireState('wrapUp');
      return finishWrapUp(ctx, tx, tenant, contact, wrapUpCodeId);
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

async function wrapUpCodeOf(ctx: RuntimeContext, tenantId: string, request: unknown): Promise<string> {
  const wrapUpCodeId: unknown =
    typeof request === 'object' && request !== null && 'wrapUpCodeId' in request ? request.wrapUpCodeId : undefined;
  const codes = await ctx.config.listWrapUpCodes(tenantId);
  if (typeof wrapUpCodeId !== 'string' || !codes.some((code) => code.id === wrapUpCodeId)) {
    throw invalidField('wrapUpCodeId', 'is not a wrap-up code of this tenant');
  }
  return wrapUpCodeId;
}
