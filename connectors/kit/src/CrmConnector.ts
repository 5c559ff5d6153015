import type { ShellEventName, ShellEventPayload, ShellMethods } from '@patchbay/core-bridge/shell';
import type { ConnectorSettings } from './ConnectorSettings.js';
import type { CrmId } from './crmIds.js';

/** Stops a listener the connector was given. */
export type StopListening = () => void;

/**
 * The one connector interface: what the desktop asks of the CRM (the bridge's shell methods, so
 * the headless widget's commands map onto it one to one), done against one CRM's SDK, plus what
 * the CRM page tells the desktop (click-to-dial, navigation, panel visibility, presence) and the
 * admin's settings kept in the CRM.
 *
 * Every method validates what it gets back from the CRM and fails with a `ConnectorError` (a code
 * from the closed set, `field` naming the failing input). A capability the CRM lacks (presence in
 * a CRM without one) fails with `NOT_SUPPORTED`, never with a silent success. `saveActivity`
 * honours `idempotencyKey`: the same key saves the same activity, created at most once.
 */
export type CrmConnector = ShellMethods & {
  readonly crm: CrmId;
  /** Listens to one kind of CRM page event; the payload is the bridge event's. */
  on<K extends ShellEventName>(event: K, listener: (payload: ShellEventPayload<K>) => void): StopListening;
  /** The admin's settings stored in the CRM (a Salesforce call center, a ZAF app's parameters). */
  readSettings(): Promise<ConnectorSettings>;
};
