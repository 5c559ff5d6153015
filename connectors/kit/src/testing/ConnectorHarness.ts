import type { ShellMethodParams } from '@patchbay/core-bridge/shell';
import type { CrmConnector } from '../CrmConnector.js';

/** A record reference, as the bridge carries it. */
export type RecordRef = ShellMethodParams<'openRecord'>['record'];

/** A call activity as the emulated CRM holds it, in the kit's words (a Task, a voice ticket…). */
export type LoggedActivity = {
  readonly id: string;
  readonly interactionId: string;
  readonly subject: string;
  readonly direction: 'inbound' | 'outbound';
  readonly durationSeconds?: number;
  readonly disposition?: string;
  /** The records the activity is related to (who and what). */
  readonly relatedTo: readonly RecordRef[];
};

/** What the agent sees in the CRM's main view. */
export type OnScreen =
  | { readonly kind: 'record'; readonly record: RecordRef }
  | { readonly kind: 'search'; readonly text: string }
  | { readonly kind: 'newRecord'; readonly objectType: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'home' };

/**
 * The emulated CRM behind a connector, seen and driven the same way for every CRM, so one
 * contract suite checks them all. Each connector's harness implements it over its emulator.
 */
export type EmulatedCrm = {
  /** Adds a person record (a Contact, a Zendesk user) with this number; returns its reference. */
  addPerson(person: { readonly name: string; readonly phone: string }): Promise<RecordRef>;
  /** Every call activity the CRM holds. */
  activities(): Promise<readonly LoggedActivity[]>;
  onScreen(): Promise<OnScreen>;
  /** The agent clicks a number shown on `record`. */
  clickNumber(number: string, record: RecordRef): Promise<void>;
  /** The agent opens `record` by themselves. */
  navigateTo(record: RecordRef): Promise<void>;
};

/** A connector wired to its emulated CRM, fresh for each test. */
export type ConnectorHarness = {
  readonly connector: CrmConnector;
  readonly crm: EmulatedCrm;
  close(): Promise<void>;
};

/** How a connector runs the shared contract suite. */
export type ConnectorContractOptions = {
  /** Starts a connector against a fresh emulated CRM (empty of people and activities). */
  start(): Promise<ConnectorHarness>;
  /** The object type people are (`contact`, `user`), and fields that make a valid new one. */
  readonly person: { readonly objectType: string; readonly newFields: ShellMethodParams<'createRecord'>['fields'] };
  /** A panel height the CRM refuses (Salesforce: outside 240-2560 px). */
  readonly refusedPanelHeight: number;
};
