import {
  outdialRequestSchema,
  parseContract,
  type ContactView,
  type OUTDIAL_FAILURE_REASONS,
} from '../../contract/index.js';
import type { AgentCommand } from '../../engine/agentStateMachine.js';
import type { LegEndReason } from '../../voice/Leg.js';
import { ServiceError } from '../ServiceError.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { requireSession } from './agentCommands.js';
import { enterAgentState, planAgentPath } from './agentTransitions.js';
import { bindLeg, hangUpLeg } from './callLegs.js';
import { initialCallData } from './callData.js';
import { closeContact } from './closeContact.js';
import { openAgentSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { desktopProfileFor } from './desktopProfiles.js';
import { joinLegs } from './legBridges.js';
import { applyDecisions } from './offerLifecycle.js';
import { asServiceError, conflict } from './runtimeErrors.js';

// Outdial (click-to-call): the agent's phone rings first, as an offer would (the agent is
// Reserved); once they answer they are Engaged and the customer is dialled from the profile's
// outdial ANI; the customer answering bridges the two. A failed outdial (either phone not
// answering, busy, rejected, or the agent hanging up first) ends the contact `failed` and sends
// the agent straight back to the state they dialled from, Available or Idle with the same idle
// code: there was no conversation to wrap up, and an agent who was on a break stays on it.

/** How long the customer's phone rings before the outdial fails `noAnswer`. */
export const OUTDIAL_RING_TIMEOUT_MS = 60_000;

/** Why an outdial failed. */
export type OutdialFailure = (typeof OUTDIAL_FAILURE_REASONS)[number];

/**
 * Starts an outdial for an agent who is Available or Idle (else CONFLICT with their state). The
 * profile must name an outdial entry point and a caller id (its `outdialAni`, else the entry
 * point's first number): CONFLICT `no-outdial` otherwise.
 */
export function startOutdial(
  ctx: RuntimeContext,
  target: { tenantId: string; agentId: string },
  request: unknown,
  at: number,
): Promise<ContactView> {
  return ctx.run(target.tenantId, at, async (tx) => {
    const parsed = parseContract(outdialRequestSchema, request);
    if (!parsed.ok) throw ServiceError.invalid(parsed.issues);
    const { tenant, session } = requireSession(ctx, target.tenantId, target.agentId);
    const state = session.state;
    if (state.name !== 'Available' && state.name !== 'Idle') {
      throw conflict(state.name, `cannot outdial while ${state.name}`);
    }
    const profile = await desktopProfileFor(ctx.config, tenant.tenantId, session.user);
    const entryPointId = profile.outdialEntryPointId;
    if (entryPointId === undefined)
      throw conflict('no-outdial', "the agent's desktop profile has no outdial entry point");
    const entryPoint = await ctx.config.getEntryPoint(tenant.tenantId, entryPointId);
    const ani = profile.outdialAni ?? entryPoint?.numbers[0];
    if (ani === undefined) throw conflict('no-outdial', "the agent's desktop profile has no outdial caller id");
    const interactionId = ctx.newId();
    // Through Available, so an agent on a break gets their idle code back after the call.
    const path: AgentCommand[] = [{ type: 'setAvailable' }, { type: 'offer', contactId: interactionId }];
    if (state.name === 'Idle') path.push({ type: 'setIdle', idleCodeId: state.idleCodeId });
    const next = planAgentPath(session, path);
    const agentTimeoutMs = profile.ronaTimeoutSeconds * 1000;
    let agentLegId: string;
    try {
      agentLegId = ctx.telephony.dial({
        tenantId: tenant.tenantId,
        from: parsed.value.destination,
        to: session.dialNumber,
        timeoutMs: agentTimeoutMs,
      }).id;
    } catch (error) {
      throw asServiceError(error);
    }
    const queue = entryPoint && tenant.queues.get(entryPoint.flow.queueId);
    const contact: LiveContact = {
      interactionId,
      direction: 'outbound',
      ani,
      dnis: parsed.value.destination,
      entryPointId,
      queueId: queue?.id,
      priority: entryPoint?.flow.priority ?? queue?.defaultPriority ?? 5,
      enqueuedAt: at,
      createdAt: at,
      customerLegId: undefined,
      state: 'dialing',
      agentId: session.agentId,
      agentLegId,
      offer: undefined,
      callData: initialCallData(entryPoint?.flow.variables ?? {}, parsed.value.callAssociatedData),
      queuedAt: undefined,
      offeredAt: undefined,
      connectedAt: undefined,
      endedAt: undefined,
      wrappedUpAt: undefined,
      endedBy: undefined,
      wrapUpCodeId: undefined,
      agentIds: [session.agentId],
      segments: [],
      autoWrapUpTimer: undefined,
      autoWrapUpAt: undefined,
      outdial: { agentId: session.agentId, agentTimeoutMs, callAssociatedData: parsed.value.callAssociatedData },
      consult: undefined,
      transfer: undefined,
      formerAgents: [],
      ending: undefined,
    };
    bindLeg(ctx, agentLegId, { tenantId: tenant.tenantId, interactionId, role: 'agent' });
    tenant.contacts.set(interactionId, contact);
    tx.saveContact(contact);
    const view = contactView(contact);
    tx.emit({ type: 'contact.outdialStarted', contact: view }, session.agentId);
    enterAgentState(tx, tenant, session, next);
    return view;
  });
}

/** The agent answered their phone: they are Engaged, and the customer is dialled. */
export async function outdialAgentAnswered(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): Promise<void> {
  const outdial = contact.outdial;
  const session = outdial && tenant.sessions.get(outdial.agentId);
  if (!outdial || !session || contact.customerLegId !== undefined) return;
  const next = planAgentPath(session, [{ type: 'accept', contactId: contact.interactionId }]);
  try {
    const leg = ctx.telephony.dial({
      tenantId: tenant.tenantId,
      from: contact.ani,
      to: contact.dnis,
      timeoutMs: OUTDIAL_RING_TIMEOUT_MS,
      ...(outdial.callAssociatedData ? { callAssociatedData: outdial.callAssociatedData } : {}),
    });
    contact.customerLegId = leg.id;
    bindLeg(ctx, leg.id, { tenantId: tenant.tenantId, interactionId: contact.interactionId, role: 'customer' });
  } catch (error) {
    ctx.report(error, `dialling the customer of outdial ${contact.interactionId}`);
    await failOutdial(ctx, tx, tenant, contact, 'failed', 'system');
    return;
  }
  tx.saveContact(contact);
  enterAgentState(tx, tenant, session, next);
}

/** The customer answered: agent and customer are bridged and the call goes on as any other. */
export function outdialCustomerAnswered(ctx: RuntimeContext, tx: RuntimeTransaction, contact: LiveContact): void {
  const outdial = contact.outdial;
  if (!outdial) return;
  contact.outdial = undefined;
  contact.state = 'connected';
  contact.connectedAt = tx.at;
  openAgentSegment(contact, 'talk', outdial.agentId, tx.at);
  joinLegs(ctx, [contact.customerLegId, contact.agentLegId]);
  tx.saveContact(contact);
  tx.emit({ type: 'contact.assigned', contact: contactView(contact) }, outdial.agentId);
}

/**
 * Why an outdial failed when one of its legs ended before the customer answered: the agent's
 * before the customer was dialled did not answer; after, the agent hung up; the customer's says why.
 */
export function outdialFailureOf(contact: LiveContact, role: 'agent' | 'customer', reason: LegEndReason | undefined) {
  if (role === 'agent') return contact.customerLegId === undefined ? 'agentUnreachable' : 'cancelled';
  return customerFailureOf(reason);
}

function customerFailureOf(reason: LegEndReason | undefined): OutdialFailure {
  if (reason === 'busy') return 'busy';
  if (reason === 'no-answer') return 'noAnswer';
  if (reason === 'rejected' || reason === 'hangup-remote') return 'rejected';
  return 'failed';
}

/**
 * Ends an outdial before the customer answered: both phones stop, the contact ends `failed`, and
 * the agent goes back to the state they dialled from.
 */
export async function failOutdial(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  reason: OutdialFailure,
  endedBy: 'agent' | 'system',
): Promise<void> {
  const outdial = contact.outdial;
  const session = outdial && tenant.sessions.get(outdial.agentId);
  if (!outdial || !session) return;
  const contactId = contact.interactionId;
  const path: AgentCommand[] =
    session.state.name === 'Reserved'
      ? [{ type: 'offerCancelled', contactId }]
      : [
          { type: 'contactEnded', contactId },
          { type: 'wrapUp', contactId },
        ];
  const next = planAgentPath(session, path);
  hangUpLeg(ctx, contact.customerLegId);
  hangUpLeg(ctx, contact.agentLegId);
  contact.outdial = undefined;
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = endedBy;
  const view = contactView(contact);
  tx.emit({ type: 'contact.outdialFailed', contact: view, agentId: outdial.agentId, reason }, outdial.agentId);
  tx.emit({ type: 'contact.ended', contact: view, endedBy }, outdial.agentId);
  closeContact(ctx, tx, tenant, contact, { outcome: 'failed', endedBy });
  await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
}
