import type { AgentSessionView, ContactView, CoreClient, CoreTokens } from '@patchbay/core-bridge/client';
import type { LinkHealth } from '@patchbay/core-bridge/desktop';
import type { DesktopAction } from '../model/DesktopAction.js';
import { initialDesktopState, type DesktopState, type Lookups } from '../model/DesktopState.js';
import { reduceDesktopState } from '../model/reduceDesktopState.js';
import type { DesktopController } from './DesktopController.js';
import type { DesktopWidgetHandle, WidgetAttachment } from './DesktopWidgetHandle.js';
import type { RefreshTokenStore } from './createRefreshTokenStore.js';
import { errorCodeOf, errorNotification } from './errorNotification.js';
import { INFO_NOTICE_MS, newInfoNotices } from './expiringNotifications.js';
import { stuckCrmWrite } from './stuckCrmWrite.js';

/** The slice of the CRM bridge the desktop watches: its health, for the banner. */
export type BridgeHealthSource = {
  health(): LinkHealth;
  onHealthChange(listener: (health: LinkHealth) => void): () => void;
};

export type DesktopControllerOptions = {
  /** The typed core client; give it `onTokens: tokenStore.save` so refreshed tokens are kept too. */
  readonly client: CoreClient;
  readonly tokenStore: RefreshTokenStore;
  /** The CRM shell link (`connectShell`), when the desktop is embedded in a CRM. */
  readonly bridge?: BridgeHealthSource;
  /** Receives what a state listener throws, so one faulty listener never stops the others. */
  readonly onListenerError?: (error: unknown) => void;
  /** Timers for the information notices that go by themselves; the page's by default. */
  readonly timers?: NoticeTimers;
};

/** The timer functions the controller uses, injected so tests can fake them. */
export type NoticeTimers = {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
};

const PAGE_TIMERS: NoticeTimers = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

const AGENT_STREAM = 'agent:me';
const MAX_SNAPSHOT_READS = 3;

/** Wires a core client (and the CRM bridge's health) to the desktop model. */
export function createDesktopController(options: DesktopControllerOptions): DesktopController {
  const { client, tokenStore, bridge } = options;
  const timers = options.timers ?? PAGE_TIMERS;
  const noticeTimers = new Map<number, unknown>();
  let state: DesktopState = initialDesktopState;
  const listeners = new Set<(state: DesktopState) => void>();

  /** Counts the core's events and snapshots applied, so a command's answer can tell it is stale. */
  let coreRevision = 0;
  /** Counts the core's events alone, so a snapshot read while events arrived can tell it may be older. */
  let eventCount = 0;
  /**
   * Set at sign-in: the event socket follows the agent's stream from the moment it subscribes, so
   * the snapshot read at sign-in (maybe before that moment) is read again once it is open.
   */
  let restoreWhenOpen = false;

  const dispatch = (action: DesktopAction) => {
    if (action.type === 'coreEvent' || action.type === 'restored') coreRevision += 1;
    if (action.type === 'coreEvent') eventCount += 1;
    const next = reduceDesktopState(state, action);
    if (next === state) return;
    const notices = newInfoNotices(state.notifications, next.notifications);
    state = next;
    for (const notice of notices) {
      noticeTimers.set(
        notice.id,
        timers.setTimeout(() => {
          noticeTimers.delete(notice.id);
          dispatch({ type: 'notificationDismissed', id: notice.id });
        }, INFO_NOTICE_MS),
      );
    }
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        options.onListenerError?.(error);
      }
    }
  };

  const sessionExpired = () => {
    restoreWhenOpen = false;
    tokenStore.clear();
    client.events.disconnect();
    dispatch({ type: 'signedOut', reason: 'expired' });
  };

  const fail = (error: unknown): false => {
    if (errorCodeOf(error) === 'UNAUTHENTICATED' && state.auth.status === 'signedIn') sessionExpired();
    dispatch({ type: 'notified', notification: errorNotification(error) });
    return false;
  };

  const readSnapshot = async () => {
    const session = await client.getSession().catch((error: unknown) => {
      if (errorCodeOf(error) === 'NOT_FOUND') return undefined;
      throw error;
    });
    const contacts = session === undefined ? [] : await client.listContacts();
    return { session, contacts };
  };

  /**
   * Reloads the session and contacts over REST: after sign-in, a reload, a gap. A snapshot read
   * while events arrived may predate them, so it is read again (a few times at most: the events
   * that follow correct what a last, older snapshot holds).
   */
  const restore = async (): Promise<boolean> => {
    try {
      for (let attempt = 1; ; attempt += 1) {
        const seen = eventCount;
        const snapshot = await readSnapshot();
        if (eventCount === seen || attempt === MAX_SNAPSHOT_READS) {
          dispatch({ type: 'restored', ...snapshot });
          return true;
        }
      }
    } catch (error) {
      return fail(error);
    }
  };

  const loadLookups = async () => {
    try {
      const [queues, idleCodes, wrapUpCodes] = await Promise.all([
        client.listQueues(),
        client.listIdleCodes(),
        client.listWrapUpCodes(),
      ]);
      const lookups: Lookups = {
        queues: queues.map(({ id, name }) => ({ id, name })),
        idleCodes: idleCodes.map(({ id, name, isDefault }) => ({ id, name, isDefault })),
        wrapUpCodes: wrapUpCodes.map(({ id, name, isDefault }) => ({ id, name, isDefault })),
      };
      dispatch({ type: 'lookupsLoaded', lookups });
    } catch (error) {
      fail(error);
    }
  };

  const loadBuddies = async () => {
    try {
      dispatch({ type: 'buddiesLoaded', buddies: await client.listBuddyAgents() });
      return true;
    } catch (error) {
      return fail(error);
    }
  };

  const signedIn = async (tokens: CoreTokens) => {
    tokenStore.save(tokens);
    dispatch({ type: 'signedIn', userId: tokens.userId, tenantId: tokens.tenantId });
    restoreWhenOpen = true;
    client.events.connect({ streams: [AGENT_STREAM] });
    const [restored] = await Promise.all([restore(), loadLookups()]);
    return restored;
  };

  const unsubscribers = [
    client.events.onAny((event) => dispatch({ type: 'coreEvent', event: event.event })),
    client.events.onGap(() => void restore()),
    client.events.onConnectionChange((connection) => {
      dispatch({ type: 'connectionChanged', state: connection });
      if (connection === 'open' && restoreWhenOpen) {
        restoreWhenOpen = false;
        void restore();
      }
    }),
    client.events.onError((error) => {
      if (error.code === 'UNAUTHENTICATED' && state.auth.status === 'signedIn') {
        sessionExpired();
        dispatch({ type: 'notified', notification: errorNotification(error) });
      }
    }),
  ];
  if (bridge) {
    dispatch({ type: 'bridgeHealthChanged', health: bridge.health() });
    unsubscribers.push(bridge.onHealthChange((health) => dispatch({ type: 'bridgeHealthChanged', health })));
  }

  /**
   * Runs a command; a session or contact it answers with goes into the state at once, unless the
   * core's events moved on while the command was in flight: the answer may then be older than they
   * are (an auto-answer phone connects the call before `accept` answers `offered`), and the events
   * carry the command's own outcome anyway.
   */
  const run = async (command: () => Promise<AgentSessionView | ContactView | undefined>): Promise<boolean> => {
    try {
      const revision = coreRevision;
      const answer = await command();
      if (answer !== undefined && revision === coreRevision) {
        dispatch(
          'interactionId' in answer
            ? { type: 'contactUpdated', contact: answer }
            : { type: 'sessionUpdated', session: answer },
        );
      }
      return true;
    } catch (error) {
      return fail(error);
    }
  };

  /** The attached widget; each attachment is its own object, so a stale one can tell. */
  let widget: { readonly handle: DesktopWidgetHandle } | undefined;

  /** Reads the stuck writes again, unless the widget was detached meanwhile. */
  const listStuck = async (attached: { readonly handle: DesktopWidgetHandle }) => {
    try {
      const entries = await attached.handle.stuck();
      if (widget === attached) dispatch({ type: 'crmWritesListed', writes: entries.map(stuckCrmWrite) });
    } catch (error) {
      if (widget === attached) dispatch({ type: 'notified', notification: errorNotification(error) });
    }
  };

  const attachWidget = (handle: DesktopWidgetHandle): WidgetAttachment => {
    const attached = { handle };
    widget = attached;
    dispatch({ type: 'widgetStopped' });
    const live = () => widget === attached;
    return {
      started() {
        if (!live()) return;
        dispatch({ type: 'widgetLeadershipChanged', isLeader: handle.isLeader() });
        void listStuck(attached);
      },
      leadershipChanged(isLeader) {
        if (live()) dispatch({ type: 'widgetLeadershipChanged', isLeader });
      },
      stuck(entry) {
        if (live()) dispatch({ type: 'crmWriteStuck', write: stuckCrmWrite(entry) });
      },
      failed(error) {
        if (!live()) return;
        const code = errorCodeOf(error) ?? 'UNEXPECTED';
        dispatch({ type: 'notified', notification: { kind: 'error', key: 'error.crmAction', params: {}, code } });
      },
      detach() {
        if (!live()) return;
        widget = undefined;
        dispatch({ type: 'widgetStopped' });
      },
    };
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      const refreshToken = tokenStore.load();
      if (refreshToken === undefined) return false;
      dispatch({ type: 'signInStarted' });
      try {
        return await signedIn(await client.auth.resume({ refreshToken }));
      } catch (error) {
        // A refused token is spent or revoked: forget it. A network failure may pass: keep it for the next load.
        if (errorCodeOf(error) === 'UNAUTHENTICATED') tokenStore.clear();
        dispatch({ type: 'signedOut', reason: errorCodeOf(error) === 'UNAUTHENTICATED' ? 'expired' : 'none' });
        return fail(error);
      }
    },
    async signIn(request) {
      dispatch({ type: 'signInStarted' });
      try {
        return await signedIn(await client.auth.signIn(request));
      } catch (error) {
        dispatch({ type: 'signedOut', reason: 'none' });
        return fail(errorCodeOf(error) === 'UNAUTHENTICATED' ? { code: 'SIGN_IN_REFUSED' } : error);
      }
    },
    async signOut() {
      restoreWhenOpen = false;
      tokenStore.clear();
      try {
        await client.auth.signOut();
        return true;
      } catch (error) {
        return fail(error);
      } finally {
        dispatch({ type: 'signedOut', reason: 'signedOut' });
      }
    },
    stationLogin: (dialNumber) => run(() => client.stationLogin(dialNumber)),
    setState: (request) => run(() => client.setState(request)),
    accept: (id) => run(() => client.accept(id)),
    decline: (id) => run(() => client.decline(id)),
    hold: (id) => run(() => client.hold(id)),
    resume: (id) => run(() => client.resume(id)),
    end: (id) => run(() => client.end(id)),
    loadBuddies,
    consult: (id, to) => run(() => client.consult(id, to)),
    consultTransfer: (id) => run(() => client.consultTransfer(id)),
    conference: (id) => run(() => client.conference(id)),
    consultEnd: (id) => run(() => client.consultEnd(id)),
    blindTransfer: (id, to) => run(() => client.transfer(id, to)),
    wrapUp: (id, code) => run(() => client.wrapUp(id, code)),
    outdial: (destination) => run(() => client.outdial({ destination })),
    sendDtmf: (id, digits) => run(() => client.sendDtmf(id, digits)),
    updateCallData: (id, values) => run(() => client.updateCallData(id, values)),
    dismissNotification(id) {
      timers.clearTimeout(noticeTimers.get(id));
      noticeTimers.delete(id);
      dispatch({ type: 'notificationDismissed', id });
    },
    reportError: (error) => dispatch({ type: 'notified', notification: errorNotification(error) }),
    attachWidget,
    takeOver() {
      widget?.handle.takeOver();
    },
    async retryCrmWrite(key) {
      const attached = widget;
      if (!attached) return false;
      dispatch({ type: 'crmWriteRetryStarted', key });
      try {
        await attached.handle.retry(key);
        // Wait for the write itself, so the list read next no longer has it, or has it stuck again.
        await attached.handle.idle();
        return true;
      } catch (error) {
        return fail(error);
      } finally {
        dispatch({ type: 'crmWriteRetryEnded', key });
        await listStuck(attached);
      }
    },
    dispose() {
      for (const handle of noticeTimers.values()) timers.clearTimeout(handle);
      noticeTimers.clear();
      for (const unsubscribe of unsubscribers) unsubscribe();
      listeners.clear();
      client.events.disconnect();
    },
  };
}
