import { clickToDialSchema } from './dialSchemas.js';
import { navigationChangedSchema, panelVisibilityChangedSchema } from './crmNavigationSchemas.js';
import type { EventPayload, EventTable } from './EventTable.js';
import { presenceChangedSchema } from './presenceSchemas.js';

/** The events the shell sends the desktop: what happens in the CRM page. */
export const SHELL_EVENTS = {
  clickToDial: clickToDialSchema,
  navigationChanged: navigationChangedSchema,
  panelVisibilityChanged: panelVisibilityChangedSchema,
  presenceChanged: presenceChangedSchema,
} as const satisfies EventTable;

/** The name of an event the shell sends. */
export type ShellEventName = keyof typeof SHELL_EVENTS;

/** What a desktop listener of shell event `K` receives. */
export type ShellEventPayload<K extends ShellEventName> = EventPayload<typeof SHELL_EVENTS, K>;
