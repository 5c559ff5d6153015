import type { AgentSessionView, ContactView } from '../../contract/index.js';
import type { EndedBy, InteractionOutcome, InteractionRecord, InteractionSegment } from './InteractionRecord.js';
import type { AgentSession, LiveContact, LiveSegment } from './TenantState.js';
import { agentSessionView } from './agentViews.js';
import { contactView } from './contactViews.js';
import { definedOnly } from './definedOnly.js';

/** Store kind of a logged-in agent's session (id = agentId). */
export const SESSION_KIND = 'agentSession';

/** Store kind of a live contact (id = interactionId), replaced by an `interaction` record when it ends. */
export const CONTACT_KIND = 'contact';

/** The stored session: its view, which holds everything needed to show or rebuild it. */
export function sessionDocument(session: AgentSession): AgentSessionView {
  return agentSessionView(session);
}

/** The stored live contact: its (masked) view plus the routing and call details behind it. */
export type ContactDocument = {
  readonly view: ContactView;
  readonly customerLegId?: string;
  readonly agentLegId?: string;
  /** The consulted party's leg, and a queue consult's routing request. */
  readonly consultLegId?: string;
  readonly consultRequestId?: string;
  /** A blind transfer's ringing leg. */
  readonly transferLegId?: string;
  readonly priority: number;
  readonly enqueuedAt: number;
  readonly queuedAt?: number;
  readonly offeredAt?: number;
  /** The owner's wrap-up, when the contact still waits for former agents'. */
  readonly wrappedUpAt?: number;
  readonly offer?: {
    readonly agentId: string;
    readonly offeredAt: number;
    readonly expiresAt: number;
    readonly answerByPhone: boolean;
    readonly agentLegId?: string;
  };
  readonly endedBy?: EndedBy;
  /** How it ended, while its record waits for former agents' wrap-ups. */
  readonly ending?: { readonly outcome: InteractionOutcome; readonly endedBy: EndedBy };
  readonly agentIds: readonly string[];
  /** Open segments are stored without `endedAt`. */
  readonly segments: readonly LiveSegment[];
};

/** The live contact as stored; sensitive call data is masked as in its view. */
export function contactDocument(contact: LiveContact): ContactDocument {
  const offer = contact.offer;
  return definedOnly<ContactDocument>({
    view: contactView(contact),
    customerLegId: contact.customerLegId,
    agentLegId: contact.agentLegId,
    consultLegId: contact.consult?.legId ?? contact.consult?.offer?.agentLegId,
    consultRequestId: contact.consult?.requestId,
    transferLegId: contact.transfer?.legId,
    priority: contact.priority,
    enqueuedAt: contact.enqueuedAt,
    queuedAt: contact.queuedAt,
    offeredAt: contact.offeredAt,
    wrappedUpAt: contact.wrappedUpAt,
    offer:
      offer &&
      definedOnly<NonNullable<ContactDocument['offer']>>({
        agentId: offer.agentId,
        offeredAt: offer.offeredAt,
        expiresAt: offer.expiresAt,
        answerByPhone: offer.answerByPhone,
        agentLegId: offer.agentLegId,
      }),
    endedBy: contact.endedBy,
    ending: contact.ending && { ...contact.ending },
    agentIds: [...contact.agentIds],
    segments: contact.segments.map((segment) => definedOnly<LiveSegment>(segment)),
  });
}

/** The durable record of a finished contact; segments still open are closed at its end. */
export function interactionRecordOf(
  contact: LiveContact,
  ending: { outcome: InteractionOutcome; endedBy: EndedBy; endedAt: number },
): InteractionRecord {
  const view = contactView(contact);
  return definedOnly<InteractionRecord>({
    interactionId: contact.interactionId,
    mediaType: 'telephony',
    direction: contact.direction,
    ani: contact.ani,
    dnis: contact.dnis,
    entryPointId: contact.entryPointId,
    queueId: contact.queueId,
    agentId: handlerOf(contact),
    agentIds: [...contact.agentIds],
    createdAt: contact.createdAt,
    queuedAt: contact.queuedAt,
    offeredAt: contact.offeredAt,
    connectedAt: contact.connectedAt,
    endedAt: ending.endedAt,
    wrappedUpAt: contact.wrappedUpAt,
    wrapUpCodeId: contact.wrapUpCodeId,
    outcome: ending.outcome,
    endedBy: ending.endedBy,
    callAssociatedData: view.callAssociatedData,
    segments: contact.segments.map((segment) => closedSegment(segment, ending.endedAt)),
    formerAgents: view.formerAgents,
  });
}

/**
 * The agent who handled the contact: its owner if they talked to the customer, else the last agent
 * who did (the contact may have ended while offered to another after a transfer, or left the core).
 */
function handlerOf(contact: LiveContact): string | undefined {
  const talkers = contact.segments.flatMap((segment) => (segment.kind === 'talk' ? [segment.agentId] : []));
  return contact.agentId !== undefined && talkers.includes(contact.agentId) ? contact.agentId : talkers.at(-1);
}

function closedSegment(segment: LiveSegment, endedAt: number): InteractionSegment {
  const end = segment.endedAt ?? endedAt;
  switch (segment.kind) {
    case 'queue':
      return { kind: 'queue', queueId: segment.queueId, startedAt: segment.startedAt, endedAt: end };
    case 'offer':
      return {
        kind: 'offer',
        agentId: segment.agentId,
        startedAt: segment.startedAt,
        endedAt: end,
        result: segment.result ?? 'cancelled',
      };
    case 'consult':
      return {
        kind: 'consult',
        agentId: segment.agentId,
        target: segment.target,
        startedAt: segment.startedAt,
        endedAt: end,
      };
    default:
      return { kind: segment.kind, agentId: segment.agentId, startedAt: segment.startedAt, endedAt: end };
  }
}
