import type { ContactView } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { FormerAgent, LiveContact, TenantState } from './TenantState.js';
import { enterAgentState, planAgentState } from './agentTransitions.js';
import { closeContact } from './closeContact.js';
import { closeSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { applyDecisions } from './offerLifecycle.js';
import { armFormerAutoWrapUp } from './autoWrapUpTimers.js';

// Agents who leave a contact that goes on without them (a transfer, a conference they leave) wrap
// up their own part, as they would after ending the call: the contact keeps them as former agents,
// and its record waits until the last of them has wrapped up.

/**
 * The agent (Engaged on the contact, their leg already gone) leaves it: their talk and hold
 * periods end and they enter wrap-up, with the profile's automatic wrap-up if it sets one.
 */
export async function departAgent(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  agentId: string,
): Promise<void> {
  const session = tenant.sessions.get(agentId);
  if (!session) throw new Error(`agent ${agentId} left contact ${contact.interactionId} without a session`);
  const contactId = contact.interactionId;
  const next = planAgentState(session, { type: 'contactEnded', contactId });
  const profile = await desktopProfileFor(ctx.config, tenant.tenantId, session.user);
  closeSegment(contact, 'talk', tx.at, undefined, agentId);
  closeSegment(contact, 'hold', tx.at, undefined, agentId);
  const former: FormerAgent = {
    agentId,
    leftAt: tx.at,
    wrappedUpAt: undefined,
    wrapUpCodeId: undefined,
    autoWrapUpTimer: undefined,
  };
  contact.formerAgents.push(former);
  const autoWrapUpAt = profile.autoWrapUpSeconds === undefined ? undefined : tx.at + profile.autoWrapUpSeconds * 1000;
  if (autoWrapUpAt !== undefined) armFormerAutoWrapUp(ctx, tenant.tenantId, contact, former, autoWrapUpAt);
  tx.saveContact(contact);
  tx.emit(
    {
      type: 'contact.wrapUpStarted',
      contact: contactView(contact),
      ...(autoWrapUpAt === undefined ? {} : { autoWrapUpAt }),
      agentId,
    },
    agentId,
  );
  enterAgentState(tx, tenant, session, next);
}

/**
 * A former agent's wrap-up is done: they become available (or take their pending idle code), and
 * a contact that already ended and waited only for them is closed. Returns the contact as it is.
 */
export async function finishFormerWrapUp(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  former: FormerAgent,
  wrapUpCodeId: string | undefined,
): Promise<ContactView> {
  const session = tenant.sessions.get(former.agentId);
  if (!session) throw new Error(`agent ${former.agentId} wraps up contact ${contact.interactionId} without a session`);
  const next = planAgentState(session, { type: 'wrapUp', contactId: contact.interactionId });
  ctx.clearTimer(former.autoWrapUpTimer);
  former.autoWrapUpTimer = undefined;
  former.wrappedUpAt = tx.at;
  former.wrapUpCodeId = wrapUpCodeId;
  const view = contactView(contact);
  tx.emit({ type: 'contact.wrappedUp', contact: view, agentId: former.agentId }, former.agentId);
  const ending = contact.ending;
  if (ending && contact.formerAgents.every((other) => other.wrappedUpAt !== undefined)) {
    closeContact(ctx, tx, tenant, contact, ending);
  } else {
    tx.saveContact(contact);
  }
  await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
  return view;
}
