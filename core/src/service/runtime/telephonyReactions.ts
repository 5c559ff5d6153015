import type { Leg } from '../../voice/Leg.js';
import type { TelephonyEvent } from '../../voice/TelephonyEvent.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { abandonContact, startWrapUp } from './callEnding.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { handleIncomingCall } from './inboundCalls.js';
import { completeOffer, withdrawOffer } from './offerLifecycle.js';

/**
 * The runtime's telephony listener: queues the reaction to an event on its tenant's lane and
 * returns at once (the gateway delivers synchronously, the reactions are async). Only arrivals,
 * connections and ends matter; ringing, hold and bridge events echo the runtime's own requests.
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
  if (binding.role === 'customer') {
    if (type === 'leg:ended') await customerLeft(ctx, tx, tenant, contact);
  } else if (type === 'leg:connected') {
    if (contact.offer?.agentLegId === leg.id) completeOffer(ctx, tx, tenant, contact, leg.id);
  } else if (contact.offer?.agentLegId === leg.id) {
    // The agent's phone rang out, was rejected or busy before answering: RONA.
    await withdrawOffer(ctx, tx, tenant, contact, 'rona');
  } else if (contact.agentLegId === leg.id && (contact.state === 'connected' || contact.state === 'held')) {
    await startWrapUp(ctx, tx, tenant, contact, 'agent');
  }
}

/** The customer's leg ended: the contact is abandoned before an agent, or goes to wrap-up after. */
async function customerLeft(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): Promise<void> {
  if (contact.state === 'queued' || contact.state === 'offered') await abandonContact(ctx, tx, tenant, contact);
  else if (contact.state === 'connected' || contact.state === 'held')
    await startWrapUp(ctx, tx, tenant, contact, 'customer');
}
