import type { ContactTarget } from '../../contract/index.js';
import type { Leg } from '../../voice/Leg.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { bindLeg, hangUpLeg, releaseLeg } from './callLegs.js';
import { closeContact } from './closeContact.js';
import { customerNumberOf } from './contactRoles.js';
import { closeSegment, openAgentSegment } from './contactSegments.js';
import type { ResolvedTarget } from './contactTargets.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { departAgent } from './formerAgents.js';
import { joinLegs, resumeLeg } from './legBridges.js';
import { requeueContact } from './offerLifecycle.js';

// Transfers: the owner hands the customer on and wraps up their part. A consult transfer hands
// them to the party already on the line (an agent becomes the owner); a blind transfer sends them
// to an agent (queue-to-agent: it waits for them), a queue (at the back of it), or a number
// (bridged to a new call; the core's part ends when it answers).

/** How long a blind transfer's number rings before the transfer fails. */
export const TRANSFER_RING_TIMEOUT_MS = 60_000;

/**
 * The owner leaves the consult or conference (consult transfer, their `end` in a conference, or
 * their phone hanging up): the consulted agent owns the contact from now on, or, for a number,
 * the customer stays bridged to it and the contact ends `transferred`.
 */
export async function handOverConsult(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): Promise<void> {
  const consult = contact.consult;
  const fromAgentId = contact.agentId;
  if (!consult || fromAgentId === undefined || (consult.state !== 'consulting' && consult.state !== 'conferenced')) {
    throw new Error(`contact ${contact.interactionId} has no connected consult to hand over`);
  }
  const wasConsulting = consult.state === 'consulting';
  hangUpLeg(ctx, contact.agentLegId);
  if (wasConsulting) {
    resumeLeg(ctx, contact.customerLegId);
    joinLegs(ctx, [contact.customerLegId, consult.legId]);
  }
  closeSegment(contact, 'consult', tx.at, undefined, fromAgentId);
  contact.consult = undefined;
  contact.state = 'connected';
  const toAgentId = consult.agentId;
  const event = { type: 'contact.transferred', fromAgentId, target: consult.target, mode: 'consult' } as const;
  if (toAgentId !== undefined) {
    contact.agentId = toAgentId;
    contact.agentLegId = consult.legId;
    if (wasConsulting) openAgentSegment(contact, 'talk', toAgentId, tx.at);
    tx.saveContact(contact);
    tx.emit({ ...event, contact: contactView(contact) }, [fromAgentId, toAgentId]);
    tx.emit({ type: 'contact.ownerChanged', contact: contactView(contact), fromAgentId, toAgentId }, [
      fromAgentId,
      toAgentId,
    ]);
    await departAgent(ctx, tx, tenant, contact, fromAgentId);
    return;
  }
  contact.agentId = undefined;
  contact.agentLegId = undefined;
  releaseLeg(ctx, consult.legId);
  tx.emit({ ...event, contact: contactView(contact) }, fromAgentId);
  endContactTransferred(ctx, tx, tenant, contact, fromAgentId, false);
  await departAgent(ctx, tx, tenant, contact, fromAgentId);
  closeContact(ctx, tx, tenant, contact, { outcome: 'transferred', endedBy: 'agent' });
}

/**
 * Blind transfer by the owner (their leg already checked connected): they leave and wrap up, and
 * the customer goes to the target. A number is dialled first, so a refused dial changes nothing.
 */
export async function blindTransfer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  target: ContactTarget,
  resolved: ResolvedTarget,
): Promise<void> {
  const fromAgentId = contact.agentId;
  if (fromAgentId === undefined) throw new Error(`contact ${contact.interactionId} has no owner to transfer`);
  const leg: Leg | undefined =
    resolved.kind === 'number'
      ? ctx.telephony.dial({
          tenantId: tenant.tenantId,
          from: customerNumberOf(contact),
          to: resolved.number,
          timeoutMs: TRANSFER_RING_TIMEOUT_MS,
        })
      : undefined;
  hangUpLeg(ctx, contact.agentLegId);
  resumeLeg(ctx, contact.customerLegId);
  contact.agentLegId = undefined;
  contact.agentId = undefined;
  if (leg) {
    bindLeg(ctx, leg.id, { tenantId: tenant.tenantId, interactionId: contact.interactionId, role: 'transfer' });
    contact.transfer = { fromAgentId, target, legId: leg.id };
    contact.state = 'dialing';
  } else {
    if (resolved.kind === 'queue') contact.queueId = resolved.queueId;
    contact.state = 'queued';
  }
  tx.saveContact(contact);
  tx.emit(
    { type: 'contact.transferred', contact: contactView(contact), fromAgentId, target, mode: 'blind' },
    fromAgentId,
  );
  await departAgent(ctx, tx, tenant, contact, fromAgentId);
  if (resolved.kind === 'number') return;
  // A transferred caller joins the back of the new line: its queue's order stays first come, first served.
  contact.enqueuedAt = tx.at;
  await requeueContact(ctx, tx, tenant, contact, resolved.kind === 'agent' ? resolved.agentId : undefined);
}

/**
 * A blind transfer's number answered (the customer is bridged to it and the contact ends
 * `transferred`) or did not (the customer is hung up: the contact `failed`).
 */
export function transferLegChanged(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  legId: string,
  type: 'leg:connected' | 'leg:ended',
): void {
  const transfer = contact.transfer;
  if (transfer?.legId !== legId || contact.state !== 'dialing') return;
  if (type === 'leg:connected') {
    joinLegs(ctx, [contact.customerLegId, legId]);
    endContactTransferred(ctx, tx, tenant, contact, transfer.fromAgentId, true);
    return;
  }
  hangUpLeg(ctx, contact.customerLegId);
  endTransfer(ctx, tx, tenant, contact, 'system', 'failed');
}

/** The customer hung up while a blind transfer's number rang. */
export function transferCustomerLeft(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
): void {
  hangUpLeg(ctx, contact.transfer?.legId);
  endTransfer(ctx, tx, tenant, contact, 'customer', 'abandoned');
}

function endTransfer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  endedBy: 'system' | 'customer',
  outcome: 'failed' | 'abandoned',
): void {
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = endedBy;
  tx.emit({ type: 'contact.ended', contact: contactView(contact), endedBy }, contact.transfer?.fromAgentId);
  closeContact(ctx, tx, tenant, contact, { outcome, endedBy });
}

/** The customer now talks to a number outside the core: the contact ends for it, by the agent. */
function endContactTransferred(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  fromAgentId: string,
  close: boolean,
): void {
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = 'agent';
  tx.emit({ type: 'contact.ended', contact: contactView(contact), endedBy: 'agent' }, fromAgentId);
  if (close) closeContact(ctx, tx, tenant, contact, { outcome: 'transferred', endedBy: 'agent' });
}
