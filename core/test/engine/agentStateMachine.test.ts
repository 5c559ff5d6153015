import { describe, expect, it } from '@jest/globals';
import { nextAgentState, type AgentCommand, type AgentState } from '../../src/engine/agentStateMachine.js';

const loggedOut: AgentState = { name: 'LoggedOut' };
const available: AgentState = { name: 'Available' };
const idle: AgentState = { name: 'Idle', idleCodeId: 'lunch' };
const reserved: AgentState = { name: 'Reserved', contactId: 'c1' };
const engaged: AgentState = { name: 'Engaged', contactId: 'c1' };
const wrapUp: AgentState = { name: 'WrapUp', contactId: 'c1' };
const rona: AgentState = { name: 'RONA' };

describe('nextAgentState', () => {
  it.each<[AgentState, AgentCommand, AgentState]>([
    [loggedOut, { type: 'login', idleCodeId: 'not-ready' }, { name: 'Idle', idleCodeId: 'not-ready' }],
    [idle, { type: 'setAvailable' }, available],
    [rona, { type: 'setAvailable' }, available],
    [available, { type: 'setAvailable' }, available],
    [available, { type: 'setIdle', idleCodeId: 'lunch' }, idle],
    [rona, { type: 'setIdle', idleCodeId: 'lunch' }, idle],
    [available, { type: 'offer', contactId: 'c1' }, reserved],
    [reserved, { type: 'accept', contactId: 'c1' }, engaged],
    [reserved, { type: 'decline', contactId: 'c1' }, available],
    [reserved, { type: 'offerCancelled', contactId: 'c1' }, available],
    [reserved, { type: 'rona', contactId: 'c1' }, rona],
    [engaged, { type: 'contactEnded', contactId: 'c1' }, wrapUp],
    [wrapUp, { type: 'wrapUp', contactId: 'c1' }, available],
    [available, { type: 'logout' }, loggedOut],
    [idle, { type: 'logout' }, loggedOut],
    [rona, { type: 'logout' }, loggedOut],
  ])('%j + %j → %j', (state, command, expected) => {
    expect(nextAgentState(state, command)).toEqual(expected);
  });

  it('keeps an idle request made during a call and applies it after wrap-up', () => {
    let state = nextAgentState(engaged, { type: 'setIdle', idleCodeId: 'break' });
    expect(state).toEqual({ name: 'Engaged', contactId: 'c1', pendingIdleCodeId: 'break' });
    state = nextAgentState(state, { type: 'contactEnded', contactId: 'c1' });
    expect(state).toEqual({ name: 'WrapUp', contactId: 'c1', pendingIdleCodeId: 'break' });
    expect(nextAgentState(state, { type: 'wrapUp', contactId: 'c1' })).toEqual({ name: 'Idle', idleCodeId: 'break' });
  });

  it('applies a pending idle request when a ringing offer is declined', () => {
    const state = nextAgentState(reserved, { type: 'setIdle', idleCodeId: 'break' });
    expect(nextAgentState(state, { type: 'decline', contactId: 'c1' })).toEqual({ name: 'Idle', idleCodeId: 'break' });
  });

  it.each<[AgentState, AgentCommand]>([
    [loggedOut, { type: 'setAvailable' }],
    [available, { type: 'login', idleCodeId: 'x' }],
    [idle, { type: 'offer', contactId: 'c1' }],
    [rona, { type: 'offer', contactId: 'c1' }],
    [reserved, { type: 'offer', contactId: 'c2' }],
    [reserved, { type: 'accept', contactId: 'c2' }],
    [reserved, { type: 'contactEnded', contactId: 'c1' }],
    [reserved, { type: 'logout' }],
    [engaged, { type: 'setAvailable' }],
    [engaged, { type: 'wrapUp', contactId: 'c1' }],
    [engaged, { type: 'logout' }],
    [wrapUp, { type: 'wrapUp', contactId: 'c2' }],
    [wrapUp, { type: 'setAvailable' }],
    [available, { type: 'accept', contactId: 'c1' }],
    [loggedOut, { type: 'setIdle', idleCodeId: 'x' }],
  ])('refuses %j + %j with the current state', (state, command) => {
    expect(() => nextAgentState(state, command)).toThrow(
      expect.objectContaining({ name: 'EngineError', code: 'ILLEGAL_TRANSITION', state: state.name }),
    );
  });
});
