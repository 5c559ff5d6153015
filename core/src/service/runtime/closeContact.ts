import type { EndedBy, InteractionOutcome } from './InteractionRecord.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { releaseLeg } from './callLegs.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { interactionRecordOf } from './runtimeDocuments.js';

/**
 * The end of a contact's life: its durable record replaces the live document in the same batch as
 * the events that end it (so a finished interaction is never lost), and the runtime forgets it.
 * While an agent who left it earlier (a transfer, a conference) still wraps up, the contact stays,
 * `ended`, with its ending kept: the last of those wrap-ups closes it (see `formerAgents`).
 */
export function closeContact(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  ending: { outcome: InteractionOutcome; endedBy: EndedBy },
): void {
  contact.state = 'ended';
  contact.endedAt ??= tx.at;
  contact.endedBy ??= ending.endedBy;
  ctx.clearTimer(contact.autoWrapUpTimer);
  contact.autoWrapUpTimer = undefined;
  contact.autoWrapUpAt = undefined;
  ctx.clearTimer(contact.offer?.timer);
  releaseLeg(ctx, contact.customerLegId);
  releaseLeg(ctx, contact.agentLegId);
  releaseLeg(ctx, contact.offer?.agentLegId);
  releaseLeg(ctx, contact.transfer?.legId);
  if (contact.formerAgents.some((former) => former.wrappedUpAt === undefined)) {
    contact.ending = ending;
    tx.saveContact(contact);
    return;
  }
  const record = interactionRecordOf(contact, {
    outcome: ending.outcome,
    endedBy: contact.endedBy,
    endedAt: contact.endedAt,
  });
  tx.finishContact(contact, record);
  tenant.contacts.delete(contact.interactionId);
}
