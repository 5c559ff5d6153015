/**
 * English UI strings: the source catalog. Every other catalog must have exactly these keys and
 * the same `{placeholders}` (checked by the compiler for keys and by tests for placeholders).
 */
export const enMessages = {
  'desktop.title': 'Patchbay agent desktop',
  'connection.connecting': 'Connecting to the contact center…',
  'connection.online': 'Connected',
  'connection.offline': 'Connection lost. Retrying in {seconds} s…',
  'agent.state.available': 'Available',
  'agent.state.idle': 'Idle: {reason}',
  'agent.state.reserved': 'Incoming call',
  'agent.state.engaged': 'On a call',
  'agent.state.wrapUp': 'Wrap-up',
  'agent.state.rona': 'Missed call',
  'tabs.follower': 'CRM actions run in your other {crm} tab.',
} as const;

/** A key of the UI string catalogs. */
export type MessageKey = keyof typeof enMessages;

/** A full catalog for one locale. */
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
