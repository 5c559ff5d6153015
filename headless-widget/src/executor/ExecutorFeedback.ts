import type { ShellMethodResult } from '@patchbay/core-bridge/desktop';
import type { WidgetCommand } from '../commands/WidgetCommand.js';
import type { OutboxEntryError } from '../outbox/OutboxEntry.js';

/** What the executor tells the rest of the widget (and through it the agent's UI) as commands complete. */
export type ExecutorFeedback =
  | { readonly kind: 'activitySaved'; readonly interactionId: string; readonly activityId: string }
  | {
      readonly kind: 'screenPopResult';
      readonly interactionId: string;
      readonly outcome: ShellMethodResult<'screenPop'>['outcome'];
      readonly records: ShellMethodResult<'screenPop'>['records'];
    }
  /** The record created for a caller no search matched. */
  | {
      readonly kind: 'recordCreated';
      readonly interactionId: string;
      readonly record: { readonly objectType: string; readonly id: string };
    }
  /** A command outside the outbox failed (after its one retry, when the error allowed one). */
  | { readonly kind: 'commandFailed'; readonly command: WidgetCommand; readonly error: OutboxEntryError };
