import type { AgentSessionView, User } from '../../contract/index.js';
import type { AgentState } from '../../engine/agentStateMachine.js';
import type { AgentSession, CallDataEntry, LiveContact, LiveSegment } from './TenantState.js';
import type { StoredContact } from './storedDocumentSchemas.js';

/**
 * The agent's session as it was stored, for a user as configured now. Its state comes back as it
 * was; recovery then settles the states that named a contact (see `recoverTenant`). Undefined when
 * the stored state lacks what it needs (an Idle state without its code, a Reserved one without
 * its contact), which only a damaged document can do.
 */
export function sessionFromDocument(view: AgentSessionView, user: User, teamId: string): AgentSession | undefined {
  const state = agentStateOf(view.state);
  if (!state) return undefined;
  return {
    agentId: view.agentId,
    sessionId: view.sessionId,
    user,
    teamId,
    dialNumber: view.dialNumber,
    loggedInAt: view.loggedInAt,
    state,
    since: view.state.since,
  };
}

function agentStateOf(view: AgentSessionView['state']): AgentState | undefined {
  const pending = view.pendingIdleCodeId === undefined ? {} : { pendingIdleCodeId: view.pendingIdleCodeId };
  switch (view.name) {
    case 'Idle':
      return view.idleCodeId === undefined ? undefined : { name: 'Idle', idleCodeId: view.idleCodeId };
    case 'Reserved':
    case 'Engaged':
    case 'WrapUp':
      return view.interactionId === undefined
        ? undefined
        : { name: view.name, contactId: view.interactionId, ...pending };
    default:
      return { name: view.name };
  }
}

/**
 * The contact as it was stored, without what did not survive the process: its call legs, its
 * ringing offer, its consult and its timers. Sensitive call data comes back masked, as it was
 * stored; the record only ever holds it masked anyway.
 */
export function contactFromDocument(stored: StoredContact): LiveContact {
  const view = stored.view;
  const callData = new Map<string, CallDataEntry>();
  for (const [name, entry] of Object.entries(view.callAssociatedData)) callData.set(name, { ...entry });
  return {
    interactionId: view.interactionId,
    direction: view.direction,
    ani: view.ani,
    dnis: view.dnis,
    entryPointId: view.entryPointId,
    queueId: view.queueId,
    priority: stored.priority,
    enqueuedAt: stored.enqueuedAt,
    createdAt: view.createdAt,
    customerLegId: undefined,
    state: view.state,
    agentId: view.agentId,
    agentLegId: undefined,
    offer: undefined,
    callData,
    queuedAt: stored.queuedAt,
    offeredAt: stored.offeredAt,
    connectedAt: view.connectedAt,
    endedAt: view.endedAt,
    wrappedUpAt: stored.wrappedUpAt,
    endedBy: stored.endedBy,
    wrapUpCodeId: view.wrapUpCodeId,
    agentIds: [...stored.agentIds],
    segments: stored.segments.map((segment): LiveSegment =>
      segment.kind === 'offer'
        ? { ...segment, endedAt: segment.endedAt, result: segment.result }
        : { ...segment, endedAt: segment.endedAt },
    ),
    autoWrapUpTimer: undefined,
    autoWrapUpAt: undefined,
    outdial: undefined,
    consult: undefined,
    transfer: undefined,
    formerAgents: (view.formerAgents ?? []).map((former) => ({
      agentId: former.agentId,
      leftAt: former.leftAt,
      wrappedUpAt: former.wrappedUpAt,
      wrapUpCodeId: former.wrapUpCodeId,
      autoWrapUpTimer: undefined,
    })),
    ending: stored.ending,
  };
}
