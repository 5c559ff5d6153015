import type { InteractionOutcome } from './InteractionRecord.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveContact, TenantState } from './TenantState.js';
import { hangUpLeg } from './callLegs.js';
import { closeContact } from './closeContact.js';
import { closeSegment } from './contactSegments.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';

/**
 * The core ends a waiting contact itself: it waited longer than its queue allows, or it cannot be
 * queued any more (its queue was deleted). The flow's treatments (overflow, voicemail, callback)
 * will plug in here; until then the caller is hung up and the record says why.
 */
export function dropContact(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  outcome: Extract<InteractionOutcome, 'timedOut' | 'failed'>,
): void {
  tenant.engine.removeContact(contact.interactionId);
  hangUpLeg(ctx, contact.customerLegId);
  closeSegment(contact, 'queue', tx.at);
  contact.state = 'ended';
  contact.endedAt = tx.at;
  contact.endedBy = 'system';
  tx.emit({ type: 'contact.ended', contact: contactView(contact), endedBy: 'system' });
  closeContact(ctx, tx, tenant, contact, { outcome, endedBy: 'system' });
}
