import type { AgentSessionView, EventPayload } from '@patchbay/core/contract';
import type {
  ShellEventName,
  ShellEventPayload,
  ShellMethodParams,
  ShellMethodResult,
} from '@patchbay/core-bridge/desktop';

/** A CRM record reference, as the bridge names it. */
export type CrmRecordRef = ShellMethodParams<'openRecord'>['record'];

/** An event the core pushed; the planner acts on contact and agent-state events and ignores the rest. */
export type CoreWidgetEvent = { readonly kind: 'core'; readonly event: EventPayload };

/** An event the CRM shell sent. */
export type ShellWidgetEvent = {
  [K in ShellEventName]: { readonly kind: 'shell'; readonly name: K; readonly payload: ShellEventPayload<K> };
}[ShellEventName];

/** What the executor feeds back after a `screenPop` ran: its outcome and the records concerned. */
export type ScreenPopResultEvent = {
  readonly kind: 'screenPopResult';
  readonly interactionId: string;
  readonly outcome: ShellMethodResult<'screenPop'>['outcome'];
  readonly records: readonly ShellMethodResult<'screenPop'>['records'][number][];
};

/** What the executor feeds back after a `saveActivity` ran: the CRM id of the call's activity. */
export type ActivitySavedEvent = {
  readonly kind: 'activitySaved';
  readonly interactionId: string;
  readonly activityId: string;
};

/** What the executor feeds back after the no-match `createRecord` ran: the caller's new record. */
export type RecordCreatedEvent = {
  readonly kind: 'recordCreated';
  readonly interactionId: string;
  readonly record: CrmRecordRef;
};

/** The agent chose one of several matches in the desktop's picker. */
export type RecordPickedEvent = {
  readonly kind: 'recordPicked';
  readonly interactionId: string;
  readonly record: CrmRecordRef;
};

/**
 * The agent's session as the widget read it when it started (absent: not logged in). A widget
 * that starts after the agent logged in (a second tab, a reload) sees no login event, so this is
 * how it learns the agent's state, e.g. to turn click-to-dial on. Planned after the events that
 * arrived while it was read, and only when none of them said the state.
 */
export type SessionReadEvent = { readonly kind: 'sessionRead'; readonly session: AgentSessionView | undefined };

/** Everything the planner plans from. */
export type WidgetPlannerEvent =
  | CoreWidgetEvent
  | SessionReadEvent
  | ShellWidgetEvent
  | ScreenPopResultEvent
  | ActivitySavedEvent
  | RecordCreatedEvent
  | RecordPickedEvent;
