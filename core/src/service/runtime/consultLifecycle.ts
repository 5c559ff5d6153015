import type { CONSULT_END_REASONS, ContactTarget } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveConsult, LiveContact, TenantState } from './TenantState.js';
import { enterAgentState, planAgentPath } from './agentTransitions.js';
import { bindLeg, hangUpLeg } from './callLegs.js';
import { cancelConsultOffer, offerConsult, requestConsult, withdrawConsultOffer } from './consultOffers.js';
import { customerNumberOf } from './contactRoles.js';
import { closeSegment, openAgentSegment, openConsultSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { ResolvedTarget } from './contactTargets.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { departAgent } from './formerAgents.js';
import { addToHostBridge, joinLegs, resumeLeg } from './legBridges.js';
import { applyDecisions } from './offerLifecycle.js';
import { conflict } from './runtimeErrors.js';

// A consult's life. The owner's customer goes on hold (parked in their bridge) while the target is
// reached: an agent's offer, a queue request, or a dialled number. Once the consulted party
// answers, the owner's leg leaves the customer's bridge for one with them. The consult then ends
// (the owner is bridged back to the held customer and resumes when they choose), becomes a
// conference (the customer joins their bridge), or is transferred (see `handOverConsult`).

/** How long a consulted number rings before the consult ends `unanswered`. */
export const CONSULT_RING_TIMEOUT_MS = 60_000;

/** Why a consult ended without a transfer or conference. */
export type ConsultEndReason = (typeof CONSULT_END_REASONS)[number];

/**
 * Starts the owner's consult: an agent target must be available (CONFLICT `target-unavailable`),
 * a number is dialled before anything changes (so a refused dial leaves no trace), then the
 * customer is held and the target reached.
 */
export async function startConsult(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  target: ContactTarget,
  resolved: ResolvedTarget,
): Promise<void> {
  const ownerId = contact.agentId;
  if (ownerId === undefined) throw new Error(`contact ${contact.interactionId} has no owner to consult`);
  const consulted = resolved.kind === 'agent' ? tenant.sessions.get(resolved.agentId) : undefined;
  if (resolved.kind === 'agent' && consulted?.state.name !== 'Available') {
    throw conflict('target-unavailable', `agent ${resolved.agentId} is not available for a consult`);
  }
  const leg =
    resolved.kind === 'number'
      ? ctx.telephony.dial({
          tenantId: tenant.tenantId,
          from: customerNumberOf(contact),
          to: resolved.number,
          timeoutMs: CONSULT_RING_TIMEOUT_MS,
        })
      : undefined;
  if (contact.state === 'connected' && contact.customerLegId !== undefined) {
    ctx.telephony.hold(contact.customerLegId);
    contact.state = 'held';
    openAgentSegment(contact, 'hold', ownerId, tx.at);
  }
  const consult: LiveConsult = {
    target,
    consultingAgentId: ownerId,
    startedAt: tx.at,
    number: resolved.kind === 'number' ? resolved.number : undefined,
    state: resolved.kind === 'number' ? 'ringing' : 'requested',
    requestId: resolved.kind === 'queue' ? ctx.newId() : undefined,
    requestedAt: tx.at,
    agentId: undefined,
    offer: undefined,
    legId: leg?.id,
    connectedAt: undefined,
  };
  contact.consult = consult;
  if (leg) bindLeg(ctx, leg.id, { tenantId: tenant.tenantId, interactionId: contact.interactionId, role: 'consult' });
  openConsultSegment(contact, ownerId, target, tx.at);
  tx.saveContact(contact);
  tx.emit({ type: 'contact.consultStarted', contact: contactView(contact) }, ownerId);
  if (consulted) await offerConsult(ctx, tx, tenant, contact, consulted);
  else if (resolved.kind === 'queue') await requestConsult(ctx, tx, tenant, contact);
}

/** The consulted party answered (the agent's phone, or the number): owner and party talk. */
export function consultConnected(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  legId: string,
): void {
  const consult = contact.consult;
  if (!consult) return;
  const offer = consult.offer;
  const session = offer && tenant.sessions.get(offer.agentId);
  let joins: (() => void) | undefined;
  if (consult.state === 'offered' && offer?.agentLegId === legId && session) {
    const next = planAgentPath(session, [{ type: 'accept', contactId: contact.interactionId }]);
    ctx.clearTimer(offer.timer);
    consult.offer = undefined;
    closeSegment(contact, 'offer', tx.at, 'accepted', offer.agentId);
    joins = () => enterAgentState(tx, tenant, session, next);
  } else if (consult.state !== 'ringing' || consult.legId !== legId) {
    return;
  }
  consult.legId = legId;
  consult.state = 'consulting';
  consult.connectedAt = tx.at;
  joinLegs(ctx, [contact.agentLegId, legId]);
  tx.saveContact(contact);
  tx.emit({ type: 'contact.consulting', contact: contactView(contact) }, [consult.consultingAgentId, consult.agentId]);
  joins?.();
}

/** The consulted party's leg ended: a ringing offer is RONA, a ringing number unanswered, else they left. */
export async function consultLegEnded(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  legId: string,
): Promise<void> {
  const consult = contact.consult;
  if (!consult) return;
  if (consult.state === 'offered' && consult.offer?.agentLegId === legId) {
    await withdrawConsultOffer(ctx, tx, tenant, contact, 'rona');
  } else if (consult.legId === legId && consult.state === 'ringing') {
    await dropConsult(ctx, tx, tenant, contact, 'unanswered');
  } else if (consult.legId === legId) {
    await dropConsult(ctx, tx, tenant, contact, 'left');
  }
}

/**
 * Ends the consult without a transfer: whatever reaches the target stops (request, offer, ringing
 * number), a consulted agent who only talked to the owner is free at once, one who was in the
 * conference wraps up; the owner is bridged back to their customer, who stays as they were (on
 * hold after a consult, talking after a conference).
 */
export async function dropConsult(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  reason: ConsultEndReason,
): Promise<void> {
  const consult = contact.consult;
  if (!consult) return;
  const consultedId = consult.agentId;
  const session = consultedId === undefined ? undefined : tenant.sessions.get(consultedId);
  let after: (() => Promise<void>) | undefined;
  switch (consult.state) {
    case 'requested':
      if (consult.requestId !== undefined) {
        tenant.engine.removeContact(consult.requestId);
        tenant.consultRequests.delete(consult.requestId);
      }
      break;
    case 'offered': {
      const result = reason === 'rona' || reason === 'declined' ? reason : 'cancelled';
      const offered = cancelConsultOffer(ctx, tx, tenant, contact, result);
      if (result !== 'cancelled') {
        const type = result === 'rona' ? 'contact.offerTimedOut' : 'contact.offerDeclined';
        tx.emit({ type, contact: contactView(contact), agentId: offered.session.agentId }, offered.session.agentId);
      }
      after = async () => {
        const decisions = enterAgentState(tx, tenant, offered.session, offered.next);
        if (result !== 'rona') await applyDecisions(ctx, tx, tenant, decisions);
      };
      break;
    }
    case 'ringing':
      hangUpLeg(ctx, consult.legId);
      break;
    case 'consulting': {
      hangUpLeg(ctx, consult.legId);
      joinLegs(ctx, [contact.customerLegId, contact.agentLegId]);
      const contactId = contact.interactionId;
      const next =
        session &&
        planAgentPath(session, [
          { type: 'contactEnded', contactId },
          { type: 'wrapUp', contactId },
        ]);
      if (session && next) after = () => applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
      break;
    }
    case 'conferenced':
      hangUpLeg(ctx, consult.legId);
      if (consultedId !== undefined) after = () => departAgent(ctx, tx, tenant, contact, consultedId);
      break;
  }
  closeSegment(contact, 'consult', tx.at, undefined, consult.consultingAgentId);
  contact.consult = undefined;
  tx.saveContact(contact);
  tx.emit(
    {
      type: 'contact.consultEnded',
      contact: contactView(contact),
      reason,
      ...(consultedId === undefined ? {} : { agentId: consultedId }),
    },
    [consult.consultingAgentId, consultedId],
  );
  await after?.();
}

/** The owner brings the held customer into their consult: all three talk. */
export function conferenceConsult(ctx: RuntimeContext, tx: RuntimeTransaction, contact: LiveContact): void {
  const consult = contact.consult;
  if (consult?.state !== 'consulting') throw new Error(`contact ${contact.interactionId} has no consult to conference`);
  resumeLeg(ctx, contact.customerLegId);
  addToHostBridge(ctx, contact.agentLegId, contact.customerLegId);
  contact.state = 'connected';
  closeSegment(contact, 'hold', tx.at, undefined, consult.consultingAgentId);
  consult.state = 'conferenced';
  if (consult.agentId !== undefined) openAgentSegment(contact, 'talk', consult.agentId, tx.at);
  tx.saveContact(contact);
  tx.emit({ type: 'contact.conferenced', contact: contactView(contact) }, [consult.consultingAgentId, consult.agentId]);
}
