import { agentStateChangedSchema } from './agentStateSchemas.js';
import { contactEndedSchema, contactSummarySchema } from './contactSummarySchemas.js';
import type { EventPayload, EventTable } from './EventTable.js';

/** The events the desktop sends the shell: the agent's state and the life of each contact. */
export const DESKTOP_EVENTS = {
  agentStateChanged: agentStateChangedSchema,
  contactOffered: contactSummarySchema,
  contactConnected: contactSummarySchema,
  contactEnded: contactEndedSchema,
} as const satisfies EventTable;

/** The name of an event the desktop sends. */
export type DesktopEventName = keyof typeof DESKTOP_EVENTS;

/** What a shell listener of desktop event `K` receives. */
export type DesktopEventPayload<K extends DesktopEventName> = EventPayload<typeof DESKTOP_EVENTS, K>;
