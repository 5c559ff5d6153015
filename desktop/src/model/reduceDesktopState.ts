import type { ContactView, EventPayload } from '@patchbay/core-bridge/client';
import type { DesktopAction } from './DesktopAction.js';
import {
  MAX_NOTIFICATIONS,
  initialDesktopState,
  type ContactEntry,
  type DesktopNotification,
  type DesktopState,
} from './DesktopState.js';
import { contactPhase } from './contactPhase.js';
import { customerNumberOf } from './customerNumberOf.js';

/** The desktop's state after one action. Pure: no clock, no I/O, the input left as it was. */
export function reduceDesktopState(state: DesktopState, action: DesktopAction): DesktopState {
  switch (action.type) {
    case 'coreEvent':
      return state.auth.status === 'signedIn' ? reduceCoreEvent(state, action.event) : state;
    case 'connectionChanged':
      return { ...state, banners: { ...state.banners, core: action.state } };
    case 'bridgeHealthChanged':
      return { ...state, banners: { ...state.banners, bridge: action.health } };
    case 'signInStarted':
      return { ...state, auth: { status: 'signingIn' } };
    case 'signedIn':
      return { ...state, auth: { status: 'signedIn', userId: action.userId, tenantId: action.tenantId } };
    case 'signedOut':
      // Only the banners and the notifications (why the agent is back at sign-in) outlive a session.
      return {
        ...initialDesktopState,
        auth: { status: 'signedOut', reason: action.reason },
        banners: state.banners,
        notifications: state.notifications,
        nextNotificationId: state.nextNotificationId,
      };
    case 'restored':
      return restore(
        state,
        action.session === undefined ? { status: 'loggedOut' } : { status: 'loggedIn', view: action.session },
        action.contacts,
      );
    case 'sessionUpdated':
      return { ...state, session: { status: 'loggedIn', view: action.session } };
    case 'contactUpdated':
      return upsertContact(state, action.contact, {});
    case 'lookupsLoaded':
      return { ...state, lookups: action.lookups };
    case 'buddiesLoaded':
      return { ...state, buddies: action.buddies };
    case 'notified':
      return notify(state, action.notification);
    case 'notificationDismissed':
      return { ...state, notifications: state.notifications.filter((notification) => notification.id !== action.id) };
    case 'widgetLeadershipChanged':
      return withWidget(state, { leadership: action.isLeader ? 'leader' : 'follower' });
    case 'widgetStopped':
      return { ...state, widget: initialDesktopState.widget };
    case 'crmWriteStuck': {
      // A write stuck again after a retry keeps its place in the list.
      const { stuckWrites } = state.widget;
      const known = stuckWrites.some((write) => write.key === action.write.key);
      return withWidget(state, {
        stuckWrites: known
          ? stuckWrites.map((write) => (write.key === action.write.key ? action.write : write))
          : [...stuckWrites, action.write],
      });
    }
    case 'crmWritesListed':
      return withWidget(state, { stuckWrites: action.writes });
    case 'crmWriteRetryStarted':
      if (state.widget.retrying.includes(action.key)) return state;
      return withWidget(state, { retrying: [...state.widget.retrying, action.key] });
    case 'crmWriteRetryEnded':
      if (!state.widget.retrying.includes(action.key)) return state;
      return withWidget(state, { retrying: state.widget.retrying.filter((key) => key !== action.key) });
  }
}

function withWidget(state: DesktopState, widget: Partial<DesktopState['widget']>): DesktopState {
  return { ...state, widget: { ...state.widget, ...widget } };
}

/** The agent's id: the session's once there is one, else the signed-in user (agents sign in as themselves). */
export function agentIdOf(state: DesktopState): string | undefined {
  if (state.session.status === 'loggedIn') return state.session.view.agentId;
  return state.auth.status === 'signedIn' ? state.auth.userId : undefined;
}

function reduceCoreEvent(state: DesktopState, event: EventPayload): DesktopState {
  const me = agentIdOf(state);
  switch (event.type) {
    case 'agent.loggedIn':
      return { ...state, session: { status: 'loggedIn', view: event.session } };
    case 'agent.loggedOut': {
      if (event.agentId !== me) return state;
      // The end of a session this desktop does not hold (the one its own station login just took
      // over, say) changes nothing here.
      if (state.session.status === 'loggedIn' && state.session.view.sessionId !== event.sessionId) return state;
      const wasMine = state.session.status === 'loggedIn';
      const loggedOut: DesktopState = { ...state, session: { status: 'loggedOut' }, contacts: {} };
      return event.reason === 'takenOver' && wasMine
        ? notify(loggedOut, { kind: 'info', key: 'notice.takenOver', params: {} })
        : loggedOut;
    }
    case 'agent.stateChanged':
      if (state.session.status !== 'loggedIn' || event.agentId !== me) return state;
      return { ...state, session: { status: 'loggedIn', view: { ...state.session.view, state: event.state } } };
    case 'contact.offered':
      if (event.agentId !== me) return upsertContact(state, event.contact, {});
      return upsertContact(state, event.contact, { expiresAt: event.expiresAt, answerByPhone: event.answerByPhone });
    case 'contact.consultOffered':
      if (event.agentId !== me) return upsertContact(state, event.contact, {});
      return upsertContact(state, event.contact, { expiresAt: event.expiresAt, answerByPhone: event.answerByPhone });
    case 'contact.offerTimedOut':
      if (event.agentId !== me) return upsertContact(state, event.contact, {});
      return notify(removeContact(state, event.contact.interactionId), {
        kind: 'info',
        key: 'notice.offerMissed',
        params: { number: customerNumberOf(event.contact) },
      });
    case 'contact.offerDeclined':
      return event.agentId === me
        ? removeContact(state, event.contact.interactionId)
        : upsertContact(state, event.contact, {});
    case 'contact.wrapUpStarted':
      if (event.agentId !== undefined && event.agentId !== me) return upsertContact(state, event.contact, {});
      return upsertContact(
        state,
        event.contact,
        event.autoWrapUpAt === undefined ? {} : { autoWrapUpAt: event.autoWrapUpAt },
      );
    case 'contact.wrappedUp':
      return event.agentId === undefined || event.agentId === me
        ? removeContact(state, event.contact.interactionId)
        : upsertContact(state, event.contact, {});
    case 'contact.outdialFailed':
      return notify(upsertContact(state, event.contact, {}), {
        kind: 'error',
        key: 'notice.outdialFailed',
        params: {},
        code: event.reason,
      });
    case 'contact.consultEnded': {
      const updated = upsertContact(state, event.contact, {});
      if (event.reason === 'ended' || event.reason === 'left') return updated;
      return notify(updated, { kind: 'info', key: 'notice.consultEnded', params: {}, code: event.reason });
    }
    case 'contact.assigned':
    case 'contact.held':
    case 'contact.resumed':
    case 'contact.ended':
    case 'contact.dataUpdated':
    case 'contact.outdialStarted':
    case 'contact.consultStarted':
    case 'contact.consulting':
    case 'contact.conferenced':
    case 'contact.transferred':
    case 'contact.ownerChanged':
      return upsertContact(state, event.contact, {});
  }
}

type Deadlines = Pick<ContactEntry, 'expiresAt' | 'answerByPhone' | 'autoWrapUpAt'>;

/**
 * Puts the contact's newest view in place, or drops it once it is no longer the agent's. A
 * deadline lasts only as long as the phase it belongs to: the RONA countdown while offered, the
 * auto wrap-up countdown while in wrap-up.
 */
function upsertContact(state: DesktopState, contact: ContactView, deadlines: Deadlines): DesktopState {
  const place = contactPhase(contact, agentIdOf(state));
  if (!place) return removeContact(state, contact.interactionId);
  const previous = state.contacts[contact.interactionId];
  const merged: Deadlines = { ...previous, ...deadlines, ...deadlinesOf(contact, agentIdOf(state)) };
  const consultDeadline = place.role === 'consulted' ? contact.consult?.expiresAt : undefined;
  const expiresAt = merged.expiresAt ?? consultDeadline;
  const entry: ContactEntry = {
    contact,
    ...place,
    ...(place.phase === 'offered' && expiresAt !== undefined ? { expiresAt } : {}),
    ...(place.phase === 'offered' && merged.answerByPhone !== undefined ? { answerByPhone: merged.answerByPhone } : {}),
    ...(place.phase === 'wrapUp' && merged.autoWrapUpAt !== undefined ? { autoWrapUpAt: merged.autoWrapUpAt } : {}),
  };
  return { ...state, contacts: { ...state.contacts, [contact.interactionId]: entry } };
}

/** The deadlines the contact's view carries (cores before they did: none). */
function deadlinesOf(contact: ContactView, me: string | undefined): Deadlines {
  const offer = contact.offer?.agentId === me ? contact.offer : undefined;
  return {
    ...(offer ? { expiresAt: offer.expiresAt, answerByPhone: offer.answerByPhone } : {}),
    ...(contact.autoWrapUpAt === undefined ? {} : { autoWrapUpAt: contact.autoWrapUpAt }),
  };
}

function removeContact(state: DesktopState, interactionId: string): DesktopState {
  if (!(interactionId in state.contacts)) return state;
  const contacts = Object.fromEntries(Object.entries(state.contacts).filter(([id]) => id !== interactionId));
  return { ...state, contacts };
}

/**
 * A snapshot replaces the contacts wholesale. Deadlines come from the views, so a page that reloads
 * mid-offer or mid-wrap-up shows its countdown again; those the desktop already knew are kept for a
 * view without them.
 */
function restore(
  state: DesktopState,
  session: DesktopState['session'],
  contacts: readonly ContactView[],
): DesktopState {
  const restored: DesktopState = { ...state, session, contacts: {} };
  return contacts.reduce((next, contact) => {
    const previous = state.contacts[contact.interactionId];
    const deadlines: Deadlines = {
      ...(previous?.expiresAt === undefined ? {} : { expiresAt: previous.expiresAt }),
      ...(previous?.answerByPhone === undefined ? {} : { answerByPhone: previous.answerByPhone }),
      ...(previous?.autoWrapUpAt === undefined ? {} : { autoWrapUpAt: previous.autoWrapUpAt }),
    };
    return upsertContact(next, contact, deadlines);
  }, restored);
}

function notify(state: DesktopState, notification: Omit<DesktopNotification, 'id'>): DesktopState {
  const added: DesktopNotification = { ...notification, id: state.nextNotificationId };
  return {
    ...state,
    notifications: [...state.notifications, added].slice(-MAX_NOTIFICATIONS),
    nextNotificationId: state.nextNotificationId + 1,
  };
}
