import type { ContactView } from '@patchbay/core-bridge/client';
import type { ContactEntry, ContactPhase } from './DesktopState.js';

/**
 * What a contact is to agent `me`, from the contact alone, so a snapshot after a reload and the
 * live events agree. Undefined: the contact is no longer the agent's (queued again, handed on,
 * wrapped up).
 */
export function contactPhase(
  contact: ContactView,
  me: string | undefined,
): { phase: ContactPhase; role: ContactEntry['role'] } | undefined {
  const former = contact.formerAgents?.find((agent) => agent.agentId === me);
  if (former) return former.wrappedUpAt === undefined ? { phase: 'wrapUp', role: 'owner' } : undefined;
  const owner = contact.agentId === undefined || contact.agentId === me;
  if (!owner) {
    const consult = contact.consult;
    if (consult === undefined || me === undefined || consult.agentId !== me) return undefined;
    return { phase: consult.state === 'offered' ? 'offered' : 'active', role: 'consulted' };
  }
  switch (contact.state) {
    case 'offered':
      return { phase: 'offered', role: 'owner' };
    case 'dialing':
    case 'connected':
    case 'held':
      return { phase: 'active', role: 'owner' };
    case 'wrapUp':
      return { phase: 'wrapUp', role: 'owner' };
    case 'ivr':
    case 'queued':
    case 'ended':
      return undefined;
  }
}
