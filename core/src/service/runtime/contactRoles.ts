import type { FormerAgent, LiveContact } from './TenantState.js';

/**
 * What an agent is to a contact: its `owner` (offered it, handling it or wrapping it up), the
 * `consulted` party of its consult or conference, or a `former` agent still wrapping up after
 * leaving it (a transfer, a conference). An agent can be only one of them at a time: each of the
 * three holds the agent's one contact in their state.
 */
export type ContactRole = 'owner' | 'consulted' | 'former';

/** The agent's role on the contact, if they have one. */
export function roleOf(contact: LiveContact, agentId: string): ContactRole | undefined {
  if (pendingFormerAgent(contact, agentId)) return 'former';
  if (contact.agentId === agentId) return 'owner';
  if (contact.consult?.agentId === agentId) return 'consulted';
  return undefined;
}

/** The agent's part of the contact that still waits for their wrap-up. */
export function pendingFormerAgent(contact: LiveContact, agentId: string): FormerAgent | undefined {
  return contact.formerAgents.find((former) => former.agentId === agentId && former.wrappedUpAt === undefined);
}

/** The customer's number: the caller of an inbound contact, the called party of an outbound one. */
export function customerNumberOf(contact: LiveContact): string {
  return contact.direction === 'inbound' ? contact.ani : contact.dnis;
}
