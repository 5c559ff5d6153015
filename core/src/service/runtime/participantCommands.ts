import type { ContactView } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import { pendingFormerAgent } from './contactRoles.js';
import type { ContactCommand, Owned } from './contactCommands.js';
import { wrapUpCodeOf } from './contactCommands.js';
import { dialConsultAgent, withdrawConsultOffer } from './consultOffers.js';
import { dropConsult } from './consultLifecycle.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { finishFormerWrapUp } from './formerAgents.js';
import { conflict } from './runtimeErrors.js';

/**
 * A consulted agent's command: accept or decline the consult's offer (as they would a contact's),
 * or `end` to leave the consult or the conference. Anything else is a CONFLICT with the consult's state.
 */
export async function performConsulted(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  { tenant, session, contact }: Owned,
  command: ContactCommand,
): Promise<ContactView> {
  const consult = contact.consult;
  if (!consult) throw new Error(`contact ${contact.interactionId} has no consult`);
  const refuse = () => conflict(consult.state, `cannot ${command.type} while the consult is ${consult.state}`);
  switch (command.type) {
    case 'accept': {
      const offer = consult.offer;
      if (consult.state !== 'offered' || !offer) throw refuse();
      if (offer.answerByPhone)
        throw conflict('answer-by-phone', "the consult is accepted by answering the agent's phone");
      // A second click while the phone rings changes nothing.
      if (offer.agentLegId === undefined) {
        dialConsultAgent(ctx, tenant, contact, session);
        tx.saveContact(contact);
      }
      return contactView(contact);
    }
    case 'decline':
      if (consult.state !== 'offered') throw refuse();
      await withdrawConsultOffer(ctx, tx, tenant, contact, 'declined');
      return contactView(contact);
    case 'end':
      if (consult.state !== 'consulting' && consult.state !== 'conferenced') throw refuse();
      await dropConsult(ctx, tx, tenant, contact, 'left');
      return contactView(contact);
    default:
      throw refuse();
  }
}

/** A former agent's command: only their wrap-up (CONFLICT `wrapUp` otherwise). */
export async function performFormer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  { tenant, session, contact }: Owned,
  command: ContactCommand,
): Promise<ContactView> {
  const former = pendingFormerAgent(contact, session.agentId);
  if (!former) throw new Error(`agent ${session.agentId} has no wrap-up on contact ${contact.interactionId}`);
  if (command.type !== 'wrapUp') throw conflict('wrapUp', `cannot ${command.type} while wrapping up`);
  const wrapUpCodeId = await wrapUpCodeOf(ctx, tenant.tenantId, command.request);
  return finishFormerWrapUp(ctx, tx, tenant, contact, former, wrapUpCodeId);
}
