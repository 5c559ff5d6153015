import type {
  AgentSessionView,
  BuddyAgentView,
  ConnectionState,
  ContactView,
  Queue,
  ReasonCode,
} from '@patchbay/core-bridge/client';
import type { LinkHealth } from '@patchbay/core-bridge/desktop';
import type { MessageParams } from '../i18n/createTranslator.js';
import type { MessageKey } from '../i18n/enMessages.js';

/** Why the sign-in form shows: never signed in, signed out on purpose, or the session ran out. */
export const SIGNED_OUT_REASONS = ['none', 'signedOut', 'expired'] as const;
export type SignedOutReason = (typeof SIGNED_OUT_REASONS)[number];

export type AuthState =
  | { readonly status: 'signedOut'; readonly reason: SignedOutReason }
  | { readonly status: 'signingIn' }
  | { readonly status: 'signedIn'; readonly userId: string; readonly tenantId: string };

/**
 * The agent's station session: `unknown` until the core answered after sign-in or a reload,
 * `loggedOut` when the agent has no station (the station login form shows).
 */
export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'loggedOut' }
  | { readonly status: 'loggedIn'; readonly view: AgentSessionView };

/**
 * What a contact is to this agent: ringing for them, on their line, or theirs to wrap up. A
 * contact that is none of these (queued elsewhere, ended and wrapped up) leaves the desktop.
 */
export type ContactPhase = 'offered' | 'active' | 'wrapUp';

/** A live contact of the agent, with the deadlines the desktop counts down. */
export type ContactEntry = {
  readonly contact: ContactView;
  readonly phase: ContactPhase;
  /** `consulted`: another agent consults this one about their customer. */
  readonly role: 'owner' | 'consulted';
  /** While offered: when the offer turns into RONA (ms since the epoch, core clock). */
  readonly expiresAt?: number;
  /** While offered: accepting means answering the phone, not the desktop button. */
  readonly answerByPhone?: boolean;
  /** In wrap-up: when the default code is applied by itself. */
  readonly autoWrapUpAt?: number;
};

/** A named choice the desktop lists (queue, idle code, wrap-up code). */
export type Choice = Pick<ReasonCode, 'id' | 'name'> & { readonly isDefault?: boolean };

export type Lookups = {
  readonly queues: readonly Pick<Queue, 'id' | 'name'>[];
  readonly idleCodes: readonly Choice[];
  readonly wrapUpCodes: readonly Choice[];
};

/** The bridge to the CRM shell; `none` when the desktop runs without one (a plain page). */
export type BridgeBanner = LinkHealth | 'none';

export type Banners = { readonly core: ConnectionState; readonly bridge: BridgeBanner };

/** A message for the agent; `code` is the error code an error came with, shown for support. */
export type DesktopNotification = {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly code?: string;
};

/**
 * This tab's part in the agent's tab election, while the headless widget runs beside the desktop:
 * `follower` means another tab makes the CRM calls; `none`, no widget (no CRM, or signed out).
 */
export const TAB_LEADERSHIPS = ['none', 'leader', 'follower'] as const;
export type TabLeadership = (typeof TAB_LEADERSHIPS)[number];

/** What a CRM write was for, told by its outbox key; `record` for a write the desktop has no name for. */
export const CRM_WRITE_KINDS = ['callLog', 'callLogUpdate', 'case', 'callerRecord', 'record'] as const;
export type CrmWriteKind = (typeof CRM_WRITE_KINDS)[number];

/** A CRM write the widget gave up on, waiting for the agent to retry it. */
export type StuckCrmWrite = {
  /** The outbox key, what `retry` takes. */
  readonly key: string;
  readonly interactionId: string;
  readonly kind: CrmWriteKind;
  /** The last error's code, shown for support. */
  readonly code: string;
};

export type WidgetState = {
  readonly leadership: TabLeadership;
  readonly stuckWrites: readonly StuckCrmWrite[];
  /** Keys of the stuck writes whose retry is in flight: their button waits. */
  readonly retrying: readonly string[];
};

/** How many notifications stay on screen; older ones drop off first. */
export const MAX_NOTIFICATIONS = 4;

export type DesktopState = {
  readonly auth: AuthState;
  readonly session: SessionState;
  readonly contacts: Readonly<Record<string, ContactEntry>>;
  readonly lookups: Lookups;
  /** The other logged-in agents, as last read for the consult and transfer picker. */
  readonly buddies: readonly BuddyAgentView[];
  readonly banners: Banners;
  readonly notifications: readonly DesktopNotification[];
  readonly nextNotificationId: number;
  /** The headless widget's state, as the desktop shows it. */
  readonly widget: WidgetState;
};

export const initialDesktopState: DesktopState = {
  auth: { status: 'signedOut', reason: 'none' },
  session: { status: 'unknown' },
  contacts: {},
  lookups: { queues: [], idleCodes: [], wrapUpCodes: [] },
  buddies: [],
  banners: { core: 'closed', bridge: 'none' },
  notifications: [],
  nextNotificationId: 1,
  widget: { leadership: 'none', stuckWrites: [], retrying: [] },
};
