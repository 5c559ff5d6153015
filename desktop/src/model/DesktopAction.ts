import type { AgentSessionView, ConnectionState, ContactView, EventPayload } from '@patchbay/core-bridge/client';
import type { LinkHealth } from '@patchbay/core-bridge/desktop';
import type { DesktopNotification, Lookups, SignedOutReason } from './DesktopState.js';

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
  | { readonly type: 'notified'; readonly notification: Omit<DesktopNotification, 'id'> }
  | { readonly type: 'notificationDismissed'; readonly id: number };
