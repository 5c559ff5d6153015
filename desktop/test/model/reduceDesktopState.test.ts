import { describe, expect, it } from '@jest/globals';
import type { DesktopAction } from '../../src/model/DesktopAction.js';
import { initialDesktopState, type DesktopState } from '../../src/model/DesktopState.js';
import { pickDesktopView } from '../../src/model/pickDesktopView.js';
import { reduceDesktopState } from '../../src/model/reduceDesktopState.js';
import { ME, contactView, reduceAll, sessionView, signedInWithStation } from '../support/desktopFixtures.js';

const offered: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.offered', contact: contactView(), agentId: ME, expiresAt: 19_000, answerByPhone: false },
};
const assigned: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.assigned', contact: contactView({ state: 'connected', connectedAt: 2_000 }) },
};
const ended: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.ended', contact: contactView({ state: 'wrapUp' }), endedBy: 'customer' },
};
const wrapUpStarted: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.wrapUpStarted', contact: contactView({ state: 'wrapUp' }), autoWrapUpAt: 60_000 },
};
const wrappedUp: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.wrappedUp', contact: contactView({ state: 'ended', wrapUpCodeId: 'resolved' }) },
};

describe('reduceDesktopState: auth and session', () => {
  it.each<[string, DesktopAction[], DesktopState['auth']['status'], string]>([
    ['initially', [], 'signedOut', 'signIn'],
    ['while signing in', [{ type: 'signInStarted' }], 'signingIn', 'signIn'],
    [
      'signed in, session not yet known',
      [{ type: 'signedIn', userId: ME, tenantId: 'default' }],
      'signedIn',
      'loading',
    ],
    [
      'signed in without a station',
      [
        { type: 'signedIn', userId: ME, tenantId: 'default' },
        { type: 'restored', session: undefined, contacts: [] },
      ],
      'signedIn',
      'stationLogin',
    ],
    [
      'after station login',
      [
        { type: 'signedIn', userId: ME, tenantId: 'default' },
        { type: 'restored', session: undefined, contacts: [] },
        { type: 'sessionUpdated', session: sessionView() },
      ],
      'signedIn',
      'home',
    ],
    [
      'after the session expired',
      [
        { type: 'signedIn', userId: ME, tenantId: 'default' },
        { type: 'signedOut', reason: 'expired' },
      ],
      'signedOut',
      'signIn',
    ],
  ])('%s', (_, actions, auth, view) => {
    const state = reduceAll(actions);
    expect(state.auth.status).toBe(auth);
    expect(pickDesktopView(state).name).toBe(view);
  });

  it('follows agent state changes of this agent only', () => {
    const idle = { name: 'Idle', idleCodeId: 'lunch', since: 900 } as const;
    const state = reduceAll(
      [
        {
          type: 'coreEvent',
          event: { type: 'agent.stateChanged', agentId: 'bob', state: { name: 'RONA', since: 800 } },
        },
        { type: 'coreEvent', event: { type: 'agent.stateChanged', agentId: ME, state: idle } },
      ],
      signedInWithStation,
    );
    expect(state.session).toEqual({ status: 'loggedIn', view: sessionView({ state: idle }) });
  });

  it('logs the station out and tells the agent when another login took over', () => {
    const state = reduceAll(
      [
        offered,
        { type: 'coreEvent', event: { type: 'agent.loggedOut', agentId: ME, sessionId: 's-1', reason: 'takenOver' } },
      ],
      signedInWithStation,
    );
    expect(state.session).toEqual({ status: 'loggedOut' });
    expect(state.contacts).toEqual({});
    expect(state.notifications).toEqual([{ id: 1, kind: 'info', key: 'notice.takenOver', params: {} }]);
  });

  it('ignores the end of a session it does not hold: the one its own station login took over', () => {
    const state = reduceAll(
      [{ type: 'coreEvent', event: { type: 'agent.loggedOut', agentId: ME, sessionId: 's-old', reason: 'takenOver' } }],
      signedInWithStation,
    );
    expect(state.session).toEqual(signedInWithStation.session);
    expect(state.notifications).toEqual([]);
  });

  it('keeps banners and notifications but forgets the session on sign-out', () => {
    const state = reduceAll(
      [
        { type: 'connectionChanged', state: 'open' },
        { type: 'notified', notification: { kind: 'error', key: 'error.network', params: {}, code: 'NETWORK_ERROR' } },
        offered,
        { type: 'signedOut', reason: 'signedOut' },
      ],
      signedInWithStation,
    );
    expect(state).toEqual({
      ...initialDesktopState,
      auth: { status: 'signedOut', reason: 'signedOut' },
      banners: { core: 'open', bridge: 'none' },
      notifications: [{ id: 1, kind: 'error', key: 'error.network', params: {}, code: 'NETWORK_ERROR' }],
      nextNotificationId: 2,
    });
  });

  it('ignores core events while signed out', () => {
    expect(reduceDesktopState(initialDesktopState, offered)).toBe(initialDesktopState);
  });
});

describe('reduceDesktopState: a call from offer to wrap-up', () => {
  it.each<[string, DesktopAction[], string, Record<string, unknown>]>([
    ['offered: RONA deadline kept', [offered], 'offer', { phase: 'offered', expiresAt: 19_000, answerByPhone: false }],
    ['accepted: the RONA deadline goes', [offered, assigned], 'call', { phase: 'active' }],
    [
      'held',
      [
        offered,
        assigned,
        { type: 'coreEvent', event: { type: 'contact.held', contact: contactView({ state: 'held' }) } },
      ],
      'call',
      { phase: 'active' },
    ],
    ['ended: wrap-up', [offered, assigned, ended], 'wrapUp', { phase: 'wrapUp' }],
    [
      'wrap-up started: auto wrap-up deadline',
      [offered, assigned, ended, wrapUpStarted],
      'wrapUp',
      { autoWrapUpAt: 60_000 },
    ],
  ])('%s', (_, actions, view, entry) => {
    const state = reduceAll(actions, signedInWithStation);
    const picked = pickDesktopView(state);
    expect(picked.name).toBe(view);
    expect(state.contacts['i-1']).toMatchObject(entry);
    if (view === 'call') expect(state.contacts['i-1']).not.toHaveProperty('expiresAt');
  });

  it('drops the contact once wrapped up', () => {
    const state = reduceAll([offered, assigned, ended, wrapUpStarted, wrappedUp], signedInWithStation);
    expect(state.contacts).toEqual({});
    expect(pickDesktopView(state).name).toBe('home');
  });

  it('drops a missed offer and says so', () => {
    const state = reduceAll(
      [
        offered,
        {
          type: 'coreEvent',
          event: { type: 'contact.offerTimedOut', contact: contactView({ state: 'queued' }), agentId: ME },
        },
      ],
      signedInWithStation,
    );
    expect(state.contacts).toEqual({});
    expect(state.notifications).toEqual([
      { id: 1, kind: 'info', key: 'notice.offerMissed', params: { number: '+393331234567' } },
    ]);
  });

  it('drops a declined offer silently', () => {
    const state = reduceAll(
      [
        offered,
        {
          type: 'coreEvent',
          event: { type: 'contact.offerDeclined', contact: contactView({ state: 'queued' }), agentId: ME },
        },
      ],
      signedInWithStation,
    );
    expect(state.contacts).toEqual({});
    expect(state.notifications).toEqual([]);
  });

  it('applies command answers like events', () => {
    const state = reduceAll(
      [offered, { type: 'contactUpdated', contact: contactView({ state: 'connected' }) }],
      signedInWithStation,
    );
    expect(state.contacts['i-1']).toEqual({
      contact: contactView({ state: 'connected' }),
      phase: 'active',
      role: 'owner',
    });
  });

  it('reports a failed outdial with its reason as the code', () => {
    const state = reduceAll(
      [
        {
          type: 'coreEvent',
          event: {
            type: 'contact.outdialFailed',
            contact: contactView({ direction: 'outbound', state: 'ended' }),
            agentId: ME,
            reason: 'busy',
          },
        },
      ],
      signedInWithStation,
    );
    expect(state.contacts).toEqual({});
    expect(state.notifications).toEqual([
      { id: 1, kind: 'error', key: 'notice.outdialFailed', params: {}, code: 'busy' },
    ]);
  });
});

describe('reduceDesktopState: consults and transfers', () => {
  const consultView = {
    target: { kind: 'agent', agentId: ME },
    state: 'offered',
    consultingAgentId: 'bob',
    agentId: ME,
    startedAt: 3_000,
    expiresAt: 21_000,
  } as const;
  const consultOffer = contactView({ agentId: 'bob', state: 'held', consult: consultView });

  it('shows a consult offered to this agent, then the consult call, and drops it when the consult ends', () => {
    const offeredState = reduceAll(
      [
        {
          type: 'coreEvent',
          event: {
            type: 'contact.consultOffered',
            contact: consultOffer,
            agentId: ME,
            expiresAt: 21_000,
            answerByPhone: true,
          },
        },
      ],
      signedInWithStation,
    );
    expect(offeredState.contacts['i-1']).toMatchObject({
      phase: 'offered',
      role: 'consulted',
      expiresAt: 21_000,
      answerByPhone: true,
    });
    const consulting = contactView({
      agentId: 'bob',
      state: 'held',
      consult: { ...consultView, state: 'consulting', connectedAt: 4_000 },
    });
    const talking = reduceAll(
      [{ type: 'coreEvent', event: { type: 'contact.consulting', contact: consulting } }],
      offeredState,
    );
    expect(talking.contacts['i-1']).toMatchObject({ phase: 'active', role: 'consulted' });
    const withoutConsult = contactView({ agentId: 'bob', state: 'connected' });
    const done = reduceAll(
      [
        {
          type: 'coreEvent',
          event: { type: 'contact.consultEnded', contact: withoutConsult, reason: 'ended', agentId: ME },
        },
      ],
      talking,
    );
    expect(done.contacts).toEqual({});
    expect(done.notifications).toEqual([]);
  });

  it('keeps the transferring agent in wrap-up while the contact goes on', () => {
    const transferred = contactView({
      state: 'connected',
      agentId: 'bob',
      formerAgents: [{ agentId: ME, leftAt: 5_000 }],
    });
    const state = reduceAll(
      [
        offered,
        assigned,
        {
          type: 'coreEvent',
          event: { type: 'contact.wrapUpStarted', contact: transferred, agentId: ME, autoWrapUpAt: 65_000 },
        },
      ],
      signedInWithStation,
    );
    expect(state.contacts['i-1']).toMatchObject({ phase: 'wrapUp', autoWrapUpAt: 65_000 });
    const wrapped = contactView({
      state: 'connected',
      agentId: 'bob',
      formerAgents: [{ agentId: ME, leftAt: 5_000, wrappedUpAt: 6_000, wrapUpCodeId: 'resolved' }],
    });
    expect(
      reduceAll([{ type: 'coreEvent', event: { type: 'contact.wrappedUp', contact: wrapped, agentId: ME } }], state)
        .contacts,
    ).toEqual({});
  });

  it('tells the consulting agent why a consult ended without a transfer', () => {
    const state = reduceAll(
      [
        assigned,
        {
          type: 'coreEvent',
          event: { type: 'contact.consultEnded', contact: contactView({ state: 'held' }), reason: 'rona' },
        },
      ],
      signedInWithStation,
    );
    expect(state.contacts['i-1']).toMatchObject({ phase: 'active' });
    expect(state.notifications).toEqual([
      { id: 1, kind: 'info', key: 'notice.consultEnded', params: {}, code: 'rona' },
    ]);
  });
});
