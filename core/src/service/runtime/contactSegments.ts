import type { OfferResult } from './InteractionRecord.js';
import type { LiveContact, LiveSegment } from './TenantState.js';

/** Starts the contact's time in its queue. */
export function openQueueSegment(contact: LiveContact, at: number): void {
  contact.segments.push({ kind: 'queue', queueId: contact.queueId, startedAt: at, endedAt: undefined });
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

/** Ends the open period of that kind, if any; an offer also records how it ended. */
export function closeSegment(contact: LiveContact, kind: LiveSegment['kind'], at: number, result?: OfferResult): void {
  const segment = contact.segments.findLast((candidate) => candidate.kind === kind && candidate.endedAt === undefined);
  if (!segment) return;
  segment.endedAt = at;
  if (segment.kind === 'offer' && result !== undefined) segment.result = result;
}
