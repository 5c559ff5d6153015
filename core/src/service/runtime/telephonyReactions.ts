import type { Leg } from '../../voice/Leg.js';
import type { TelephonyEvent } from '../../voice/TelephonyEvent.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { abandonContact, startWrapUp } from './callEnding.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { handleIncomingCall } from './inboundCalls.js';
import { consultConnected, consultLegEnded, dropConsult } from './consultLifecycle.js';
import { completeOffer, withdrawOffer } from './offerLifecycle.js';
import { failOutdial, outdialAgentAnswered, outdialCustomerAnswered, outdialFailureOf } from './outdialCalls.js';
import { handOverConsult, transferCustomerLeft, transferLegChanged } from './transferHandling.js';

/**
 * The runtime's telephony listener: queues the reaction to an event on its tenant's lane and
 * returns at once (the gateway delivers synchronously, the reactions are async). Only arrivals,
 * connections and ends matter; ringing, hold and bridge events echo the runtime's own requests.
 * A leg's role (customer, agent, consulted party, transfer target) says what its change means.
 */
export function reactToTelephony(ctx: RuntimeContext, event: TelephonyEvent): void {
  const { type } = event;
  if (type !== 'leg:incoming' && type !== 'leg:connected' && type !== 'leg:ended') return;
  const leg = event.leg;
  ctx
    .run(leg.tenantId, event.time, async (tx) => {
      if (type === 'leg:incoming') await handleIncomingCall(ctx, tx, leg);
      else await handleLegChange(ctx, tx, leg, type);
    })
    .catch((error: unknown) => ctx.report(error, `handling ${type} of leg ${leg.id}`));
}

async function handleLegChange(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  leg: Leg,
  type: 'leg:connected' | 'leg:ended',
): Promise<void> {
  const binding = ctx.legs.get(leg.id);
  if (binding?.tenantId !== leg.tenantId) {
    ctx.report(new Error(`${type} of leg ${leg.id}, which the runtime does not know`), 'telephony event');
    return;
  }
  // An ended leg is final: nothing more will be heard of it.
  if (type === 'leg:ended') ctx.legs.delete(leg.id);
  if (binding.released || binding.interactionId === undefined) return;
  const tenant = ctx.tenants.get(leg.tenantId);
  const contact = tenant?.contacts.get(binding.interactionId);
  if (!tenant || !contact) return;
  switch (binding.role) {
    case 'customer':
      if (type === 'leg:ended') await customerLeft(ctx, tx, tenant, contact, leg);
      else if (contact.state === 'dialing' && contact.customerLegId === leg.id)
        outdialCustomerAnswered(ctx, tx, contact);
      return;
    case 'agent':
      await agentLegChanged(ctx, tx, tenant, contact, leg, type);
      return;
    case 'consult':
      if (type === 'leg:connected') consultConnected(ctx, tx, tenant, contact, leg.id);
      else await consultLegEnded(ctx, tx, tenant, contact, leg.id);
      return;
    case 'transfer':
      transferLegChanged(ctx, tx, tenant, contact, leg.id, type);
      return;
    case 'refused':
      return;
  }
}

async function agentLegChanged(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  leg: Leg,
  type: 'leg:connected' | 'leg:ended',
): Promise<void> {
  const outdialing = contact.state === 'dialing' && contact.outdial !== undefined && contact.agentLegId === leg.id;
  if (type === 'leg:connected') {
    if (contact.offer?.agentLegId === leg.id) completeOffer(ctx, tx, tenant, contact, leg.id);
    else if (outdialing) await outdialAgentAnswered(ctx, tx, tenant, contact);
  } else if (contact.offer?.agentLegId === leg.id) {
    // The agent's phone rang out, was rejected or busy before answering: RONA.
    await withdrawOffer(ctx, tx, tenant, contact, 'rona');
  } else if (outdialing) {
    const reason = outdialFailureOf(contact, 'agent', leg.endReason);
    await failOutdial(ctx, tx, tenant, contact, reason, reason === 'cancelled' ? 'agent' : 'system');
  } else if (contact.agentLegId === leg.id && (contact.state === 'connected' || contact.state === 'held')) {
    // The owner hanging up a connected consult or a conference hands the customer over, as a
    // transfer; while the consult is still reaching its target, it is cancelled with the call.
    const consult = contact.consult;
    if (consult?.state === 'consulting' || consult?.state === 'conferenced') {
      await handOverConsult(ctx, tx, tenant, contact);
      return;
    }
    await dropConsult(ctx, tx, tenant, contact, 'ended');
    await startWrapUp(ctx, tx, tenant, contact, 'agent');
  }
}

/**
 * The customer's leg ended: the contact is abandoned before an agent, fails as an outdial or a
 * blind transfer to a number, or goes to wrap-up after (ending any consult with it).
 */
async function customerLeft(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  leg: Leg,
): Promise<void> {
  if (contact.state === 'queued' || contact.state === 'offered') await abandonContact(ctx, tx, tenant, contact);
  else if (contact.state === 'dialing' && contact.outdial) {
    await failOutdial(ctx, tx, tenant, contact, outdialFailureOf(contact, 'customer', leg.endReason), 'system');
  } else if (contact.state === 'dialing' && contact.transfer) transferCustomerLeft(ctx, tx, tenant, contact);
  else if (contact.state === 'connected' || contact.state === 'held') {
    await dropConsult(ctx, tx, tenant, contact, 'customerLeft');
    await startWrapUp(ctx, tx, tenant, contact, 'customer');
  }
}
