import type { ContactTarget } from '../../contract/index.js';
import type { OfferResult } from './InteractionRecord.js';
import type { LiveContact, LiveSegment } from './TenantState.js';

/** Starts the contact's time in its queue (it has one whenever it is queued). */
export function openQueueSegment(contact: LiveContact, at: number): void {
  if (contact.queueId === undefined) return;
  contact.segments.push({ kind: 'queue', queueId: contact.queueId, startedAt: at, endedAt: undefined });
}

/** Starts the owner's consult of `target`. */
export function openConsultSegment(contact: LiveContact, agentId: string, target: ContactTarget, at: number): void {
  contact.segments.push({ kind: 'consult', agentId, target: { ...target }, startedAt: at, endedAt: undefined });
}

/** Starts an agent's offer, talk or hold period. */
export function openAgentSegment(
  contact: LiveContact,
  kind: 'offer' | 'talk' | 'hold',
  agentId: string,
  at: number,
): void {
  contact.segments.push(
    kind === 'offer'
      ? { kind, agentId, startedAt: at, endedAt: undefined, result: undefined }
      : { kind, agentId, startedAt: at, endedAt: undefined },
  );
}

/**
 * Ends the open period of that kind (of that agent, when given), if any; an offer also records how
 * it ended. Without an agent, the latest open one: consults and conferences keep one per agent.
 */
export function closeSegment(
  contact: LiveContact,
  kind: LiveSegment['kind'],
  at: number,
  result?: OfferResult,
  agentId?: string,
): void {
  const segment = contact.segments.findLast(
    (candidate) =>
      candidate.kind === kind &&
      candidate.endedAt === undefined &&
      (agentId === undefined || ('agentId' in candidate && candidate.agentId === agentId)),
  );
  if (!segment) return;
  segment.endedAt = at;
  if (segment.kind === 'offer' && result !== undefined) segment.result = result;
}
