import type { ContactView } from '../../contract/index.js';
import type { RoutingDecision } from '../../engine/routingModel.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, Offer, TenantState } from './TenantState.js';
import { enterAgentState, planAgentState } from './agentTransitions.js';
import { bindLeg, hangUpLeg } from './callLegs.js';
import { closeSegment, openAgentSegment, openQueueSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { applyConsultDecision } from './consultOffers.js';
import { dropContact } from './dropContact.js';
import { endUnansweredOffer } from './endUnansweredOffer.js';

// An offer's life: routing picks an agent, the agent's phone rings (at once when the profile wants
// the phone answered, else on the desktop's accept), and the offer ends connected, timed out
// (RONA) or declined. Re-queued contacts keep their original `enqueuedAt`, so their place.

/** Carries out routing's decisions in order: offers, and contacts past their queue's max wait. */
export async function applyDecisions(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  decisions: readonly RoutingDecision[],
): Promise<void> {
  for (const decision of decisions) {
    const consultOf = tenant.consultRequests.get(decision.contactId);
    if (consultOf !== undefined) {
      await applyConsultDecision(ctx, tx, tenant, consultOf, decision);
      continue;
    }
    const contact = tenant.contacts.get(decision.contactId);
    if (decision.type === 'offer') await offerContact(ctx, tx, tenant, decision.contactId, decision.agentId);
    else if (contact) dropContact(ctx, tx, tenant, contact, 'timedOut');
  }
}

/**
 * Puts a contact back in its queue at its original place (for `targetAgentId` only, queue-to-agent);
 * a contact that cannot be queued is dropped.
 */
export async function requeueContact(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  targetAgentId?: string,
): Promise<void> {
  contact.state = 'queued';
  contact.agentId = undefined;
  openQueueSegment(contact, tx.at);
  tx.saveContact(contact);
  let decisions: RoutingDecision[];
  try {
    if (contact.queueId === undefined) throw new Error(`contact ${contact.interactionId} has no queue`);
    decisions = tenant.engine.enqueue(
      {
        contactId: contact.interactionId,
        queueId: contact.queueId,
        priority: contact.priority,
        enqueuedAt: contact.enqueuedAt,
        ...(targetAgentId === undefined ? {} : { targetAgentId }),
      },
      tx.at,
    );
  } catch (error) {
    ctx.report(error, `re-queueing contact ${contact.interactionId}`);
    dropContact(ctx, tx, tenant, contact, 'failed');
    return;
  }
  await applyDecisions(ctx, tx, tenant, decisions);
}

async function offerContact(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contactId: string,
  agentId: string,
): Promise<void> {
  const contact = tenant.contacts.get(contactId);
  const session = tenant.sessions.get(agentId);
  if (!contact || session?.state.name !== 'Available') {
    // Routing and the sessions disagree: never leave the contact out of its queue because of it.
    ctx.report(new Error(`routing offered contact ${contactId} to agent ${agentId}, who cannot take it`), 'offering');
    if (session) tenant.engine.setAgentUnavailable(agentId);
    if (contact) await requeueContact(ctx, tx, tenant, contact);
    return;
  }
  const profile = await desktopProfileFor(ctx.config, tenant.tenantId, session.user);
  const next = planAgentState(session, { type: 'offer', contactId });
  const offer: Offer = {
    agentId,
    offeredAt: tx.at,
    expiresAt: tx.at + profile.ronaTimeoutSeconds * 1000,
    answerByPhone: profile.agentPhoneMustAnswer,
    agentLegId: undefined,
    timer: undefined,
  };
  closeSegment(contact, 'queue', tx.at);
  openAgentSegment(contact, 'offer', agentId, tx.at);
  contact.state = 'offered';
  contact.agentId = agentId;
  contact.offer = offer;
  contact.offeredAt ??= tx.at;
  if (!contact.agentIds.includes(agentId)) contact.agentIds.push(agentId);
  offer.timer = ctx.setTimer(tenant.tenantId, offer.expiresAt, `RONA of contact ${contactId}`, async (rtx, rtenant) => {
    const current = rtenant.contacts.get(contactId);
    if (current?.offer === offer) await withdrawOffer(ctx, rtx, rtenant, current, 'rona');
  });
  if (offer.answerByPhone) {
    try {
      dialAgent(ctx, tenant, contact, session);
    } catch (error) {
      // The RONA timer still ends the offer.
      ctx.report(error, `dialling agent ${agentId}`);
    }
  }
  tx.saveContact(contact);
  tx.emit(
    {
      type: 'contact.offered',
      contact: contactView(contact),
      agentId,
      expiresAt: offer.expiresAt,
      answerByPhone: offer.answerByPhone,
    },
    agentId,
  );
  enterAgentState(tx, tenant, session, next);
}

/**
 * Rings the agent's phone for the contact's offer, until the offer expires; the leg connecting
 * completes the offer. Throws what the gateway throws.
 */
export function dialAgent(ctx: RuntimeContext, tenant: TenantState, contact: LiveContact, session: AgentSession): void {
  const offer = contact.offer;
  if (!offer) return;
  const leg = ctx.telephony.dial({
    tenantId: tenant.tenantId,
    from: contact.ani,
    to: session.dialNumber,
    timeoutMs: Math.max(0, offer.expiresAt - ctx.scheduler.now()),
  });
  offer.agentLegId = leg.id;
  bindLeg(ctx, leg.id, { tenantId: tenant.tenantId, interactionId: contact.interactionId, role: 'agent' });
}

/** The agent's phone answered: the customer and the agent are bridged, the agent is Engaged. */
export function completeOffer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  agentLegId: string,
): void {
  const offer = contact.offer;
  const session = offer && tenant.sessions.get(offer.agentId);
  if (!offer || !session || contact.state !== 'offered') return;
  const next = planAgentState(session, { type: 'accept', contactId: contact.interactionId });
  ctx.clearTimer(offer.timer);
  contact.offer = undefined;
  contact.agentLegId = agentLegId;
  contact.state = 'connected';
  contact.connectedAt = tx.at;
  closeSegment(contact, 'offer', tx.at, 'accepted');
  openAgentSegment(contact, 'talk', offer.agentId, tx.at);
  bridgeLegs(ctx, contact.customerLegId, agentLegId);
  tx.saveContact(contact);
  tx.emit({ type: 'contact.assigned', contact: contactView(contact) }, offer.agentId);
  enterAgentState(tx, tenant, session, next);
}

function bridgeLegs(ctx: RuntimeContext, customerLegId: string | undefined, agentLegId: string): void {
  if (customerLegId === undefined) return;
  try {
    // A customer who hung up as the agent answered: their `leg:ended`, next in the lane, ends the call.
    if (ctx.telephony.getLeg(customerLegId).state === 'ended') return;
    ctx.telephony.bridge([customerLegId, agentLegId]);
  } catch (error) {
    ctx.report(error, `bridging legs ${customerLegId} and ${agentLegId}`);
  }
}

/**
 * Ends the offer without a connection: RONA (timed out, or the agent's phone did not answer) or
 * the agent declined. The agent's phone stops ringing and the contact goes back to its queue; a
 * RONA agent is no longer routable, a declining one becomes available (or takes their pending
 * idle code) only after the contact is back in the queue, so other agents see it first.
 * Returns the contact as it was when the offer ended.
 */
export async function withdrawOffer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  result: 'rona' | 'declined',
): Promise<ContactView> {
  const offer = contact.offer;
  const session = offer && tenant.sessions.get(offer.agentId);
  if (!offer || !session) throw new Error(`contact ${contact.interactionId} has no offer to withdraw`);
  const contactId = contact.interactionId;
  const next = planAgentState(
    session,
    result === 'rona' ? { type: 'rona', contactId } : { type: 'decline', contactId },
  );
  ctx.clearTimer(offer.timer);
  hangUpLeg(ctx, offer.agentLegId);
  closeSegment(contact, 'offer', tx.at, result);
  contact.offer = undefined;
  contact.state = 'queued';
  contact.agentId = undefined;
  return endUnansweredOffer(ctx, tx, tenant, {
    contact,
    session,
    next,
    result,
    putBack: () => requeueContact(ctx, tx, tenant, contact),
  });
}
