import type { DesktopLink, ShellEventName } from '@patchbay/core-bridge/shell';
import type { CrmConnector, StopListening } from './CrmConnector.js';

/** The CRM page events a shell passes on to the desktop. */
const FORWARDED: readonly ShellEventName[] = [
  'clickToDial',
  'navigationChanged',
  'panelVisibilityChanged',
  'presenceChanged',
];

/**
 * Passes every CRM page event the connector reports on to the desktop over the bridge. Returns
 * the function that stops all of them (the shell calls it when it unloads).
 */
export function forwardConnectorEvents(connector: CrmConnector, link: Pick<DesktopLink, 'emit'>): StopListening {
  const stops = FORWARDED.map((event) => forward(connector, link, event));
  return () => {
    for (const stop of stops) stop();
  };
}

function forward(connector: CrmConnector, link: Pick<DesktopLink, 'emit'>, event: ShellEventName): StopListening {
  return connector.on(event, (payload) => {
    link.emit(event, payload);
  });
}
