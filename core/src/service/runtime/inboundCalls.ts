import type { Leg } from '../../voice/Leg.js';
import { TelephonyError } from '../../voice/TelephonyError.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact } from './TenantState.js';
import { bindLeg, hangUpLeg, releaseLeg } from './callLegs.js';
import { initialCallData } from './callData.js';
import { openQueueSegment } from './contactSegments.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { applyDecisions } from './offerLifecycle.js';
import { ensureTenant } from './tenantStates.js';

/**
 * A customer calls: the dialled number picks the entry point, the call is answered and the
 * entry point's flow runs: set its call-associated data, then queue the contact. A number no
 * entry point of the leg's tenant answers is hung up.
 */
export async function handleIncomingCall(ctx: RuntimeContext, tx: RuntimeTransaction, leg: Leg): Promise<void> {
  const found = await ctx.config.findEntryPointByNumber(leg.to);
  if (found?.tenantId !== leg.tenantId) {
    if (found) ctx.report(new Error(`number ${leg.to} belongs to another tenant than leg ${leg.id}`), 'inbound call');
    refuse(ctx, leg);
    return;
  }
  const { entryPoint } = found;
  const tenant = await ensureTenant(ctx, leg.tenantId, tx.at);
  const flow = entryPoint.flow;
  const queue = tenant.queues.get(flow.queueId);
  if (!queue) {
    ctx.report(new Error(`entry point ${entryPoint.id} queues to unknown queue ${flow.queueId}`), 'inbound call');
    refuse(ctx, leg);
    return;
  }
  const interactionId = ctx.newId();
  bindLeg(ctx, leg.id, { tenantId: leg.tenantId, interactionId, role: 'customer' });
  try {
    ctx.telephony.answer(leg.id);
  } catch (error) {
    // The caller gave up while the entry point was looked up: there is no call to handle.
    releaseLeg(ctx, leg.id);
    if (!(error instanceof TelephonyError && error.code === 'INVALID_LEG_STATE')) ctx.report(error, 'answering a call');
    return;
  }
  const contact: LiveContact = {
    interactionId,
    direction: 'inbound',
    ani: leg.from,
    dnis: leg.to,
    entryPointId: entryPoint.id,
    queueId: queue.id,
    priority: flow.priority ?? queue.defaultPriority,
    enqueuedAt: tx.at,
    createdAt: tx.at,
    customerLegId: leg.id,
    state: 'queued',
    agentId: undefined,
    agentLegId: undefined,
    offer: undefined,
    callData: initialCallData(flow.variables, leg.callAssociatedData),
    queuedAt: tx.at,
    offeredAt: undefined,
    connectedAt: undefined,
    endedAt: undefined,
    wrappedUpAt: undefined,
    endedBy: undefined,
    wrapUpCodeId: undefined,
    agentIds: [],
    segments: [],
    autoWrapUpTimer: undefined,
    autoWrapUpAt: undefined,
    outdial: undefined,
    consult: undefined,
    transfer: undefined,
    formerAgents: [],
    ending: undefined,
  };
  tenant.contacts.set(interactionId, contact);
  openQueueSegment(contact, tx.at);
  tx.saveContact(contact);
  const decisions = tenant.engine.enqueue(
    { contactId: interactionId, queueId: queue.id, priority: contact.priority, enqueuedAt: contact.enqueuedAt },
    tx.at,
  );
  await applyDecisions(ctx, tx, tenant, decisions);
}

function refuse(ctx: RuntimeContext, leg: Leg): void {
  bindLeg(ctx, leg.id, { tenantId: leg.tenantId, interactionId: undefined, role: 'refused', released: true });
  hangUpLeg(ctx, leg.id);
}
