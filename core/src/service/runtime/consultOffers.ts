import type { RoutingDecision } from '../../engine/routingModel.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, Offer, TenantState } from './TenantState.js';
import { enterAgentState, planAgentState } from './agentTransitions.js';
import { bindLeg, hangUpLeg } from './callLegs.js';
import { dropConsult } from './consultLifecycle.js';
import { customerNumberOf } from './contactRoles.js';
import { closeSegment, openAgentSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { endUnansweredOffer } from './endUnansweredOffer.js';
import { applyDecisions } from './offerLifecycle.js';

// A consult offered to an agent rings like an offer: it reserves the agent, rings their phone (at
// once, or on their desktop accept) and ends connected, timed out (RONA) or declined. A consult to
// a queue waits in routing as a request of its own, most urgent first (priority 1: an agent and a
// customer on hold are waiting), and the first agent routing picks is offered it.

/** The consult's routing priority: the most urgent there is. */
const CONSULT_PRIORITY = 1;

/** Queues the contact's queue consult (again, after a RONA or decline, keeping its place). */
export async function requestConsult(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): Promise<void> {
  const consult = contact.consult;
  if (consult?.target.kind !== 'queue' || consult.requestId === undefined) return;
  consult.state = 'requested';
  tenant.consultRequests.set(consult.requestId, contact.interactionId);
  let decisions: RoutingDecision[];
  try {
    decisions = tenant.engine.enqueue(
      {
        contactId: consult.requestId,
        queueId: consult.target.queueId,
        priority: CONSULT_PRIORITY,
        enqueuedAt: consult.requestedAt,
      },
      tx.at,
    );
  } catch (error) {
    tenant.consultRequests.delete(consult.requestId);
    ctx.report(error, `queueing the consult of contact ${contact.interactionId}`);
    await dropConsult(ctx, tx, tenant, contact, 'failed');
    return;
  }
  tx.saveContact(contact);
  await applyDecisions(ctx, tx, tenant, decisions);
}

/** Carries out routing's decision on a queue consult: offer it, or end it past the queue's max wait. */
export async function applyConsultDecision(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  interactionId: string,
  decision: RoutingDecision,
): Promise<void> {
  tenant.consultRequests.delete(decision.contactId);
  const contact = tenant.contacts.get(interactionId);
  const consult = contact?.consult;
  const session = decision.type === 'offer' ? tenant.sessions.get(decision.agentId) : undefined;
  if (!contact || consult?.state !== 'requested' || consult.requestId !== decision.contactId) {
    // A request that ended meanwhile: an agent routing reserved for it is routable again.
    ctx.report(new Error(`routing decided on consult request ${decision.contactId}, which has ended`), 'consulting');
    if (session?.state.name === 'Available') {
      await applyDecisions(ctx, tx, tenant, tenant.engine.setAgentAvailable(session.agentId, tx.at));
    }
    return;
  }
  if (decision.type === 'max-wait-exceeded') {
    await dropConsult(ctx, tx, tenant, contact, 'timedOut');
  } else if (session?.state.name === 'Available') {
    await offerConsult(ctx, tx, tenant, contact, session);
  } else {
    ctx.report(new Error(`routing offered a consult to agent ${decision.agentId}, who cannot take it`), 'consulting');
    if (session) tenant.engine.setAgentUnavailable(session.agentId);
    await requestConsult(ctx, tx, tenant, contact);
  }
}

/** Offers the contact's consult to an available agent, with RONA after their profile's timeout. */
export async function offerConsult(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  session: AgentSession,
): Promise<void> {
  const consult = contact.consult;
  if (!consult) return;
  const { agentId } = session;
  const contactId = contact.interactionId;
  const next = planAgentState(session, { type: 'offer', contactId });
  const profile = await desktopProfileFor(ctx.config, tenant.tenantId, session.user);
  const offer: Offer = {
    agentId,
    offeredAt: tx.at,
    expiresAt: tx.at + profile.ronaTimeoutSeconds * 1000,
    answerByPhone: profile.agentPhoneMustAnswer,
    agentLegId: undefined,
    timer: undefined,
  };
  consult.state = 'offered';
  consult.agentId = agentId;
  consult.offer = offer;
  openAgentSegment(contact, 'offer', agentId, tx.at);
  if (!contact.agentIds.includes(agentId)) contact.agentIds.push(agentId);
  offer.timer = ctx.setTimer(
    tenant.tenantId,
    offer.expiresAt,
    `RONA of the consult on ${contactId}`,
    async (rtx, rt) => {
      const current = rt.contacts.get(contactId);
      if (current?.consult?.offer === offer) await withdrawConsultOffer(ctx, rtx, rt, current, 'rona');
    },
  );
  if (offer.answerByPhone) {
    try {
      dialConsultAgent(ctx, tenant, contact, session);
    } catch (error) {
      // The RONA timer still ends the offer.
      ctx.report(error, `dialling agent ${agentId} for a consult`);
    }
  }
  tx.saveContact(contact);
  tx.emit(
    {
      type: 'contact.consultOffered',
      contact: contactView(contact),
      agentId,
      expiresAt: offer.expiresAt,
      answerByPhone: offer.answerByPhone,
    },
    [consult.consultingAgentId, agentId],
  );
  enterAgentState(tx, tenant, session, next);
}

/** Rings the consulted agent's phone until their offer expires; throws what the gateway throws. */
export function dialConsultAgent(
  ctx: RuntimeContext,
  tenant: TenantState,
  contact: LiveContact,
  session: AgentSession,
): void {
  const offer = contact.consult?.offer;
  if (!offer) return;
  const leg = ctx.telephony.dial({
    tenantId: tenant.tenantId,
    from: customerNumberOf(contact),
    to: session.dialNumber,
    timeoutMs: Math.max(0, offer.expiresAt - ctx.scheduler.now()),
  });
  offer.agentLegId = leg.id;
  bindLeg(ctx, leg.id, { tenantId: tenant.tenantId, interactionId: contact.interactionId, role: 'consult' });
}

/**
 * The consulted agent let the offer ring out (RONA) or declined it. A queue consult goes back to
 * its queue at its place (the agent is free only after, as with contacts); a consult to that
 * agent ends.
 */
export async function withdrawConsultOffer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  result: 'rona' | 'declined',
): Promise<void> {
  const consult = contact.consult;
  const offer = consult?.offer;
  if (!consult || !offer) return;
  if (consult.target.kind !== 'queue') {
    await dropConsult(ctx, tx, tenant, contact, result);
    return;
  }
  const { session, next } = cancelConsultOffer(ctx, tx, tenant, contact, result);
  consult.state = 'requested';
  await endUnansweredOffer(ctx, tx, tenant, {
    contact,
    session,
    next,
    result,
    putBack: () => requestConsult(ctx, tx, tenant, contact),
  });
}

/**
 * Ends the consult's offer: the phone stops ringing, the offer period records `result`, and the
 * consult forgets the agent. Returns the agent's next state (RONA, or free again) for the caller
 * to enter once its own events are out.
 */
export function cancelConsultOffer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  result: 'rona' | 'declined' | 'cancelled',
) {
  const consult = contact.consult;
  const offer = consult?.offer;
  const session = offer && tenant.sessions.get(offer.agentId);
  if (!consult || !offer || !session) throw new Error(`contact ${contact.interactionId} has no consult offer`);
  const contactId = contact.interactionId;
  const commands = { rona: 'rona', declined: 'decline', cancelled: 'offerCancelled' } as const;
  const next = planAgentState(session, { type: commands[result], contactId });
  ctx.clearTimer(offer.timer);
  hangUpLeg(ctx, offer.agentLegId);
  closeSegment(contact, 'offer', tx.at, result, offer.agentId);
  consult.offer = undefined;
  consult.agentId = undefined;
  return { session, next };
}
