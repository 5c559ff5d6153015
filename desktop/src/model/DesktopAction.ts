import type {
  AgentSessionView,
  BuddyAgentView,
  ConnectionState,
  ContactView,
  EventPayload,
} from '@patchbay/core-bridge/client';
import type { LinkHealth } from '@patchbay/core-bridge/desktop';
import type { DesktopNotification, Lookups, SignedOutReason, StuckCrmWrite } from './DesktopState.js';

/** Everything the reducer reacts to. */
export type DesktopAction =
  | { readonly type: 'coreEvent'; readonly event: EventPayload }
  | { readonly type: 'connectionChanged'; readonly state: ConnectionState }
  | { readonly type: 'bridgeHealthChanged'; readonly health: LinkHealth }
  | { readonly type: 'signInStarted' }
  | { readonly type: 'signedIn'; readonly userId: string; readonly tenantId: string }
  | { readonly type: 'signedOut'; readonly reason: SignedOutReason }
  /** A fresh snapshot over REST (after sign-in, a reload or a gap); `session` undefined = no station. */
  | {
      readonly type: 'restored';
      readonly session: AgentSessionView | undefined;
      readonly contacts: readonly ContactView[];
    }
  | { readonly type: 'sessionUpdated'; readonly session: AgentSessionView }
  | { readonly type: 'contactUpdated'; readonly contact: ContactView }
  | { readonly type: 'lookupsLoaded'; readonly lookups: Lookups }
  | { readonly type: 'buddiesLoaded'; readonly buddies: readonly BuddyAgentView[] }
  | { readonly type: 'notified'; readonly notification: Omit<DesktopNotification, 'id'> }
  | { readonly type: 'notificationDismissed'; readonly id: number }
  /** The headless widget's tab started or stopped leading (or the widget started, in either role). */
  | { readonly type: 'widgetLeadershipChanged'; readonly isLeader: boolean }
  /** The widget stopped (sign-out, page closing): nothing of it shows any more. */
  | { readonly type: 'widgetStopped' }
  | { readonly type: 'crmWriteStuck'; readonly write: StuckCrmWrite }
  /** The outbox's stuck writes, read again: they replace the list (a retried write leaves it). */
  | { readonly type: 'crmWritesListed'; readonly writes: readonly StuckCrmWrite[] }
  | { readonly type: 'crmWriteRetryStarted'; readonly key: string }
  | { readonly type: 'crmWriteRetryEnded'; readonly key: string };
