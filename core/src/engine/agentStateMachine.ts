import { EngineError } from './EngineError.js';

/**
 * An agent's state, as the reference product shows it. Reserved, Engaged and WrapUp carry the
 * contact; an Idle request made during a call is kept as `pendingIdleCodeId` and applied when the
 * call's wrap-up ends (agents ask for a break mid-call and expect no new offer after it).
 */
export type AgentState =
  | { readonly name: 'LoggedOut' }
  | { readonly name: 'Available' }
  | { readonly name: 'Idle'; readonly idleCodeId: string }
  | { readonly name: 'Reserved'; readonly contactId: string; readonly pendingIdleCodeId?: string }
  | { readonly name: 'Engaged'; readonly contactId: string; readonly pendingIdleCodeId?: string }
  | { readonly name: 'WrapUp'; readonly contactId: string; readonly pendingIdleCodeId?: string }
  | { readonly name: 'RONA' };

export type AgentStateName = AgentState['name'];

/** What can happen to an agent. Commands about a contact must name the agent's current contact. */
export type AgentCommand =
  | { readonly type: 'login'; readonly idleCodeId: string }
  | { readonly type: 'logout' }
  | { readonly type: 'setAvailable' }
  | { readonly type: 'setIdle'; readonly idleCodeId: string }
  | { readonly type: 'offer'; readonly contactId: string }
  | { readonly type: 'accept'; readonly contactId: string }
  | { readonly type: 'decline'; readonly contactId: string }
  | { readonly type: 'rona'; readonly contactId: string }
  /** The offer vanished before an answer (the customer hung up while it rang). */
  | { readonly type: 'offerCancelled'; readonly contactId: string }
  | { readonly type: 'contactEnded'; readonly contactId: string }
  | { readonly type: 'wrapUp'; readonly contactId: string };

/** True when routing may offer this agent a contact. */
export function isRoutable(state: AgentState): boolean {
  return state.name === 'Available';
}

/**
 * The agent state machine: the next state, or an ILLEGAL_TRANSITION EngineError carrying the
 * current state (the API answers it with 409). Pure: no clock, no I/O.
 */
export function nextAgentState(state: AgentState, command: AgentCommand): AgentState {
  const illegal = (): never => {
    throw new EngineError({
      code: 'ILLEGAL_TRANSITION',
      message: `cannot ${command.type} while ${state.name}`,
      state: state.name,
    });
  };
  const sameContact = (contactId: string) => ('contactId' in state && state.contactId === contactId ? true : illegal());
  const afterContact = (): AgentState =>
    'pendingIdleCodeId' in state ? { name: 'Idle', idleCodeId: state.pendingIdleCodeId } : { name: 'Available' };

  switch (command.type) {
    case 'login':
      return state.name === 'LoggedOut' ? { name: 'Idle', idleCodeId: command.idleCodeId } : illegal();
    case 'logout':
      return ['Available', 'Idle', 'RONA'].includes(state.name) ? { name: 'LoggedOut' } : illegal();
    case 'setAvailable':
      return ['Available', 'Idle', 'RONA'].includes(state.name) ? { name: 'Available' } : illegal();
    case 'setIdle':
      if (['Available', 'Idle', 'RONA'].includes(state.name)) return { name: 'Idle', idleCodeId: command.idleCodeId };
      if (state.name === 'Reserved' || state.name === 'Engaged' || state.name === 'WrapUp') {
        return { ...state, pendingIdleCodeId: command.idleCodeId };
      }
      return illegal();
    case 'offer':
      return state.name === 'Available' ? { name: 'Reserved', contactId: command.contactId } : illegal();
    case 'accept':
      return state.name === 'Reserved' && sameContact(command.contactId)
        ? withPending({ name: 'Engaged', contactId: command.contactId }, state)
        : illegal();
    case 'decline':
    case 'offerCancelled':
      return state.name === 'Reserved' && sameContact(command.contactId) ? afterContact() : illegal();
    case 'rona':
      return state.name === 'Reserved' && sameContact(command.contactId) ? { name: 'RONA' } : illegal();
    case 'contactEnded':
      return state.name === 'Engaged' && sameContact(command.contactId)
        ? withPending({ name: 'WrapUp', contactId: command.contactId }, state)
        : illegal();
    case 'wrapUp':
      return state.name === 'WrapUp' && sameContact(command.contactId) ? afterContact() : illegal();
  }
}

function withPending<T extends { name: 'Engaged' | 'WrapUp'; contactId: string }>(next: T, from: AgentState): T {
  return 'pendingIdleCodeId' in from ? { ...next, pendingIdleCodeId: from.pendingIdleCodeId } : next;
}
