import type { ContactView } from '@patchbay/core/contract';

/**
 * The customer's number, the one the agent knows the call by: the caller (ANI) of an inbound
 * call, the dialled number (DNIS) of an outbound one, whose ANI is the centre's own caller id.
 */
export function customerNumberOf(contact: Pick<ContactView, 'direction' | 'ani' | 'dnis'>): string {
  return contact.direction === 'outbound' ? contact.dnis : contact.ani;
}
