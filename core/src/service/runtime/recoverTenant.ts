import { agentSessionViewSchema, parseContract } from '../../contract/index.js';
import type { AgentCommand } from '../../engine/agentStateMachine.js';
import type { RoutingDecision } from '../../engine/routingModel.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, TenantState } from './TenantState.js';
import { enterAgentState, planAgentPath } from './agentTransitions.js';
import { armAutoWrapUp, armFormerAutoWrapUp } from './autoWrapUpTimers.js';
import { startWrapUp } from './callEnding.js';
import { closeContact } from './closeContact.js';
import { closeSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { departAgent } from './formerAgents.js';
import { applyDecisions } from './offerLifecycle.js';
import { contactFromDocument, sessionFromDocument } from './restoreDocuments.js';
import { storedContactSchema } from './storedDocumentSchemas.js';
import { routingAgentOf } from './tenantStates.js';

/** What recovery did in one tenant. */
export type TenantRecovery = {
  /** Sessions back, logged in, in their routing pools. */
  sessionsRestored: number;
  /** Sessions that could not come back (their user is gone, or their document is damaged). */
  sessionsEnded: number;
  /** Contacts whose call was live: connected ones go to wrap-up, the others end `interrupted`. */
  contactsEnded: number;
  /** Contacts that were already in wrap-up, and still are. */
  wrapUpsRestored: number;
  /** Stored documents that could not be read; reported and left as they are. */
  unreadable: number;
};

/** A stored document of the tenant. */
type Stored = { readonly id: string; readonly body: unknown };

/**
 * Brings one tenant back after the process stopped without closing (crash, kill): runs as one
 * transaction on the tenant's lane at `tx.at`, the last moment the tenant is known to have been
 * live (its last event), so the records do not count the downtime as talk time.
 *
 * Agent sessions come back as they were. Calls do not survive the process (the built-in telephony
 * lived in it), so every live call ends: a connected one as if the line dropped (`endedBy:
 * system`), its agents entering wrap-up to close the record with a code; one still in the flow,
 * queued, ringing an agent or dialling ends `interrupted`. Wrap-ups in progress go on, with their
 * automatic wrap-up re-armed. Agents left reserved or engaged on a contact that ended go back to
 * Available (or their pending idle code).
 */
export async function recoverTenant(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  stored: { readonly sessions: readonly Stored[]; readonly contacts: readonly Stored[] },
): Promise<TenantRecovery> {
  const recovery: TenantRecovery = {
    sessionsRestored: 0,
    sessionsEnded: 0,
    contactsEnded: 0,
    wrapUpsRestored: 0,
    unreadable: 0,
  };
  await restoreSessions(ctx, tx, tenant, stored.sessions, recovery);
  for (const document of stored.contacts) {
    const parsed = parseContract(storedContactSchema, document.body);
    if (!parsed.ok) {
      recovery.unreadable++;
      ctx.report(new Error(`stored contact ${document.id} is unreadable at ${parsed.issues[0].field}`), 'recovery');
      continue;
    }
    const contact = contactFromDocument(parsed.value);
    tenant.contacts.set(contact.interactionId, contact);
    if (contact.state === 'ended' && !contact.formerAgents.some((former) => former.wrappedUpAt === undefined)) {
      // Nothing left to wait for (only a damaged document says so): write its record now.
      closeContact(ctx, tx, tenant, contact, contact.ending ?? { outcome: 'handled', endedBy: 'system' });
    } else if (contact.state === 'wrapUp' || contact.state === 'ended') {
      await rearmWrapUps(ctx, tenant, contact);
      recovery.wrapUpsRestored++;
    } else {
      await endLiveCall(ctx, tx, tenant, contact, parsed.value.view.consult?.agentId);
      recovery.contactsEnded++;
    }
  }
  const decisions: RoutingDecision[] = [];
  for (const session of tenant.sessions.values()) decisions.push(...settleSession(tx, tenant, session));
  await applyDecisions(ctx, tx, tenant, decisions);
  return recovery;
}

async function restoreSessions(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  documents: readonly Stored[],
  recovery: TenantRecovery,
): Promise<void> {
  const sessions: AgentSession[] = [];
  for (const document of documents) {
    const parsed = parseContract(agentSessionViewSchema, document.body);
    const user = parsed.ok ? await ctx.config.getUser(tenant.tenantId, parsed.value.agentId) : undefined;
    const teamId = user?.roles.includes('agent') ? user.teamId : undefined;
    const session = parsed.ok && user && teamId !== undefined && sessionFromDocument(parsed.value, user, teamId);
    if (session && session.state.name !== 'LoggedOut') {
      sessions.push(session);
      continue;
    }
    recovery.sessionsEnded++;
    tx.removeSession(document.id);
    if (parsed.ok) {
      const { agentId, sessionId } = parsed.value;
      tx.emit({ type: 'agent.loggedOut', agentId, sessionId, reason: 'notRestored' }, agentId);
    } else {
      ctx.report(new Error(`stored session ${document.id} is unreadable at ${parsed.issues[0].field}`), 'recovery');
    }
  }
  // Pools are ordered by when agents became available: restore them in that order.
  sessions.sort((a, b) => a.since - b.since);
  for (const session of sessions) {
    tenant.sessions.set(session.agentId, session);
    tenant.engine.upsertAgent(routingAgentOf(session), tx.at);
    if (session.state.name === 'Available') tenant.engine.setAgentAvailable(session.agentId, session.since);
    recovery.sessionsRestored++;
  }
}

/** A wrap-up that was going on goes on: its automatic wrap-up is due when it was before. */
async function rearmWrapUps(ctx: RuntimeContext, tenant: TenantState, contact: LiveContact): Promise<void> {
  const delayOf = async (agentId: string) => {
    const session = tenant.sessions.get(agentId);
    return session && (await desktopProfileFor(ctx.config, tenant.tenantId, session.user)).autoWrapUpSeconds;
  };
  if (contact.state === 'wrapUp' && contact.agentId !== undefined) {
    const delay = await delayOf(contact.agentId);
    if (delay !== undefined) armAutoWrapUp(ctx, tenant.tenantId, contact, (contact.endedAt ?? 0) + delay * 1000);
  }
  for (const former of contact.formerAgents) {
    if (former.wrappedUpAt !== undefined) continue;
    const delay = await delayOf(former.agentId);
    if (delay !== undefined) armFormerAutoWrapUp(ctx, tenant.tenantId, contact, former, former.leftAt + delay * 1000);
  }
}

/**
 * The call is gone. Agents who were talking on it (the owner, a consulted or conferenced agent)
 * wrap up; a call nobody was talking on ends `interrupted`, and its record is written now.
 */
async function endLiveCall(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  consultedAgentId: string | undefined,
): Promise<void> {
  const contactId = contact.interactionId;
  const isEngagedOn = (agentId: string | undefined) => {
    const state = agentId === undefined ? undefined : tenant.sessions.get(agentId)?.state;
    return state?.name === 'Engaged' && state.contactId === contactId;
  };
  closeSegment(contact, 'consult', tx.at);
  contact.consult = undefined;
  if ((contact.state === 'connected' || contact.state === 'held') && isEngagedOn(contact.agentId)) {
    if (consultedAgentId !== undefined && isEngagedOn(consultedAgentId)) {
      await departAgent(ctx, tx, tenant, contact, consultedAgentId);
    }
    await startWrapUp(ctx, tx, tenant, contact, 'system');
    return;
  }
  for (const kind of ['queue', 'talk', 'hold'] as const) closeSegment(contact, kind, tx.at);
  closeSegment(contact, 'offer', tx.at, 'cancelled');
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = 'system';
  const concerned = [...new Set([contact.agentId, consultedAgentId])];
  tx.emit({ type: 'contact.ended', contact: contactView(contact), endedBy: 'system' }, concerned);
  closeContact(ctx, tx, tenant, contact, { outcome: 'interrupted', endedBy: 'system' });
}

/**
 * An agent whose state names a contact they no longer have a part in (its offer vanished, its call
 * ended without them) goes back to Available, or to the idle code they asked for meanwhile.
 */
function settleSession(tx: RuntimeTransaction, tenant: TenantState, session: AgentSession): RoutingDecision[] {
  const state = session.state;
  if (!('contactId' in state)) return [];
  const contact = tenant.contacts.get(state.contactId);
  const wrapsUp =
    state.name === 'WrapUp' &&
    contact !== undefined &&
    ((contact.state === 'wrapUp' && contact.agentId === session.agentId) ||
      contact.formerAgents.some((former) => former.agentId === session.agentId && former.wrappedUpAt === undefined));
  if (wrapsUp) return [];
  const contactId = state.contactId;
  const path: Record<typeof state.name, AgentCommand[]> = {
    Reserved: [{ type: 'offerCancelled', contactId }],
    Engaged: [
      { type: 'contactEnded', contactId },
      { type: 'wrapUp', contactId },
    ],
    WrapUp: [{ type: 'wrapUp', contactId }],
  };
  return enterAgentState(tx, tenant, session, planAgentPath(session, path[state.name]));
}
