import type { ContactView } from '../../contract/index.js';
import type { EndedBy } from './InteractionRecord.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { enterAgentState, planAgentState } from './agentTransitions.js';
import { hangUpLeg } from './callLegs.js';
import { closeContact } from './closeContact.js';
import { closeSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { applyDecisions } from './offerLifecycle.js';
import { armAutoWrapUp } from './autoWrapUpTimers.js';

// How a contact ends: a connected call goes through wrap-up (by the agent, or automatically after
// the profile's delay); a caller who leaves before being connected abandons it.

/**
 * A connected or held call ends (the agent ended it, either party hung up, or the core restarted
 * under it: `system`): the remaining legs
 * are hung up and the agent enters wrap-up, with an automatic wrap-up timer when the profile sets one.
 */
export async function startWrapUp(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  endedBy: EndedBy,
): Promise<void> {
  const agentId = contact.agentId;
  const session = agentId === undefined ? undefined : tenant.sessions.get(agentId);
  if (agentId === undefined || !session) throw new Error(`contact ${contact.interactionId} has no agent to wrap up`);
  const contactId = contact.interactionId;
  const next = planAgentState(session, { type: 'contactEnded', contactId });
  const profile = await desktopProfileFor(ctx.config, tenant.tenantId, session.user);
  hangUpLeg(ctx, contact.customerLegId);
  hangUpLeg(ctx, contact.agentLegId);
  closeSegment(contact, 'hold', tx.at);
  closeSegment(contact, 'talk', tx.at);
  contact.state = 'wrapUp';
  contact.endedAt = tx.at;
  contact.endedBy = endedBy;
  const autoWrapUpAt = profile.autoWrapUpSeconds === undefined ? undefined : tx.at + profile.autoWrapUpSeconds * 1000;
  if (autoWrapUpAt !== undefined) armAutoWrapUp(ctx, tenant.tenantId, contact, autoWrapUpAt);
  tx.saveContact(contact);
  const view = contactView(contact);
  tx.emit({ type: 'contact.ended', contact: view, endedBy }, agentId);
  tx.emit(
    { type: 'contact.wrapUpStarted', contact: view, ...(autoWrapUpAt === undefined ? {} : { autoWrapUpAt }) },
    agentId,
  );
  enterAgentState(tx, tenant, session, next);
}

/**
 * Wrap-up done: the contact's record replaces it, and the agent becomes available (or takes their
 * pending idle code). Returns the contact as it ended.
 */
export async function finishWrapUp(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  wrapUpCodeId: string | undefined,
): Promise<ContactView> {
  const agentId = contact.agentId;
  const session = agentId === undefined ? undefined : tenant.sessions.get(agentId);
  if (agentId === undefined || !session) throw new Error(`contact ${contact.interactionId} has no agent to wrap up`);
  const next = planAgentState(session, { type: 'wrapUp', contactId: contact.interactionId });
  contact.state = 'ended';
  contact.wrapUpCodeId = wrapUpCodeId;
  contact.wrappedUpAt = tx.at;
  const view = contactView(contact);
  tx.emit({ type: 'contact.wrappedUp', contact: view }, agentId);
  closeContact(ctx, tx, tenant, contact, { outcome: 'handled', endedBy: contact.endedBy ?? 'agent' });
  await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
  return view;
}

/** The wrap-up code an automatic wrap-up applies: the tenant's default, else its first, if any. */
export async function defaultWrapUpCodeId(ctx: RuntimeContext, tenantId: string): Promise<string | undefined> {
  const codes = await ctx.config.listWrapUpCodes(tenantId);
  return (codes.find((candidate) => candidate.isDefault) ?? codes[0])?.id;
}

/**
 * The caller hung up before reaching an agent: the contact leaves its queue or its offer (the
 * agent's phone stops ringing and the agent is free again), and ends abandoned, without wrap-up.
 */
export async function abandonContact(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): Promise<void> {
  const offer = contact.offer;
  const session = offer && tenant.sessions.get(offer.agentId);
  const next = session && planAgentState(session, { type: 'offerCancelled', contactId: contact.interactionId });
  tenant.engine.removeContact(contact.interactionId);
  ctx.clearTimer(offer?.timer);
  hangUpLeg(ctx, offer?.agentLegId);
  closeSegment(contact, 'queue', tx.at);
  closeSegment(contact, 'offer', tx.at, 'cancelled');
  contact.offer = undefined;
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = 'customer';
  tx.emit({ type: 'contact.ended', contact: contactView(contact), endedBy: 'customer' }, offer?.agentId);
  closeContact(ctx, tx, tenant, contact, { outcome: 'abandoned', endedBy: 'customer' });
  if (session && next) await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
}
