import type { AgentSessionView, ContactView } from '@patchbay/core-bridge/client';
import type { DesktopAction } from '../../src/model/DesktopAction.js';
import { initialDesktopState, type DesktopState } from '../../src/model/DesktopState.js';
import { reduceDesktopState } from '../../src/model/reduceDesktopState.js';

export const ME = 'ada';

export function contactView(overrides: Partial<ContactView> = {}): ContactView {
  return {
    interactionId: 'i-1',
    mediaType: 'telephony',
    direction: 'inbound',
    state: 'offered',
    ani: '+393331234567',
    dnis: '+390200000001',
    queueId: 'q-support',
    agentId: ME,
    callAssociatedData: {},
    createdAt: 1_000,
    ...overrides,
  };
}

export function sessionView(overrides: Partial<AgentSessionView> = {}): AgentSessionView {
  return {
    agentId: ME,
    sessionId: 's-1',
    teamId: 'support',
    dialNumber: '1001',
    loggedInAt: 500,
    state: { name: 'Available', since: 500 },
    ...overrides,
  };
}

/** Runs actions from the initial state. */
export function reduceAll(actions: readonly DesktopAction[], from: DesktopState = initialDesktopState): DesktopState {
  return actions.reduce(reduceDesktopState, from);
}

/** Signed in as `ada` with a station: where most tables start. */
export const signedInWithStation: DesktopState = reduceAll([
  { type: 'signedIn', userId: ME, tenantId: 'default' },
  { type: 'restored', session: sessionView(), contacts: [] },
]);
