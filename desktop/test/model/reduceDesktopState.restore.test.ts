import { describe, expect, it } from '@jest/globals';
import type { DesktopAction } from '../../src/model/DesktopAction.js';
import { MAX_NOTIFICATIONS } from '../../src/model/DesktopState.js';
import { pickDesktopView } from '../../src/model/pickDesktopView.js';
import { reduceDesktopState } from '../../src/model/reduceDesktopState.js';
import { ME, contactView, reduceAll, sessionView, signedInWithStation } from '../support/desktopFixtures.js';

const offered: DesktopAction = {
  type: 'coreEvent',
  event: { type: 'contact.offered', contact: contactView(), agentId: ME, expiresAt: 19_000, answerByPhone: false },
};

describe('reduceDesktopState: restoring after a reload or a gap', () => {
  it('restores the call view after a reload mid-call', () => {
    const state = reduceAll([
      { type: 'signedIn', userId: ME, tenantId: 'default' },
      {
        type: 'restored',
        session: sessionView({ state: { name: 'Engaged', interactionId: 'i-1', since: 2_000 } }),
        contacts: [contactView({ state: 'connected' })],
      },
    ]);
    expect(pickDesktopView(state)).toEqual({
      name: 'call',
      entry: { contact: contactView({ state: 'connected' }), phase: 'active', role: 'owner' },
    });
  });

  it('keeps the deadlines of contacts it knew and drops contacts the snapshot lacks', () => {
    const before = reduceAll(
      [
        offered,
        {
          type: 'coreEvent',
          event: {
            type: 'contact.offered',
            contact: contactView({ interactionId: 'i-2' }),
            agentId: ME,
            expiresAt: 30_000,
            answerByPhone: false,
          },
        },
      ],
      signedInWithStation,
    );
    const after = reduceDesktopState(before, { type: 'restored', session: sessionView(), contacts: [contactView()] });
    expect(after.contacts).toEqual({
      'i-1': { contact: contactView(), phase: 'offered', role: 'owner', expiresAt: 19_000, answerByPhone: false },
    });
  });

  it('shows the countdowns again after a reload, from the deadlines in the views', () => {
    const ringing = contactView({ offer: { agentId: ME, expiresAt: 42_000, answerByPhone: true } });
    const wrapping = contactView({ interactionId: 'i-2', state: 'wrapUp', autoWrapUpAt: 77_000 });
    const elsewhere = contactView({
      interactionId: 'i-3',
      agentId: 'someone-else',
      offer: { agentId: 'someone-else', expiresAt: 50_000, answerByPhone: false },
    });
    const after = reduceDesktopState(signedInWithStation, {
      type: 'restored',
      session: sessionView(),
      contacts: [ringing, wrapping, elsewhere],
    });
    expect(after.contacts['i-1']).toMatchObject({ phase: 'offered', expiresAt: 42_000, answerByPhone: true });
    expect(after.contacts['i-2']).toMatchObject({ phase: 'wrapUp', autoWrapUpAt: 77_000 });
    expect(after.contacts['i-3']).toBeUndefined();
  });

  it('shows the station login when the session is gone', () => {
    const state = reduceDesktopState(signedInWithStation, { type: 'restored', session: undefined, contacts: [] });
    expect(pickDesktopView(state).name).toBe('stationLogin');
  });
});

describe('reduceDesktopState: banners and notifications', () => {
  it('follows the core link and the CRM bridge', () => {
    const state = reduceAll([
      { type: 'connectionChanged', state: 'connecting' },
      { type: 'bridgeHealthChanged', health: 'unhealthy' },
    ]);
    expect(state.banners).toEqual({ core: 'connecting', bridge: 'unhealthy' });
  });

  it(`keeps the last ${MAX_NOTIFICATIONS} notifications and dismisses by id`, () => {
    const notified: DesktopAction = {
      type: 'notified',
      notification: { kind: 'info', key: 'error.conflict', params: {} },
    };
    const state = reduceAll([
      notified,
      notified,
      notified,
      notified,
      notified,
      { type: 'notificationDismissed', id: 3 },
    ]);
    expect(state.notifications.map((notification) => notification.id)).toEqual([2, 4, 5]);
    expect(state.nextNotificationId).toBe(6);
  });
});
