import type { ShellMethodName, ShellMethodParams } from '@patchbay/core-bridge/desktop';

/**
 * One call to the CRM shell over the bridge, as the planner asks for it.
 *
 * `durable` commands are CRM writes (`saveActivity`, `createRecord`): the executor puts them in
 * the outbox under `key` and runs each key at most once to success. The key is the interaction id
 * plus the kind of write (e.g. `i-42:activity`, `i-42:case`), so a replayed event, a second tab
 * or a reload plans the same key and the write is not repeated.
 */
export type CrmCommand = {
  [M in ShellMethodName]: {
    readonly target: 'crm';
    readonly method: M;
    readonly params: ShellMethodParams<M>;
    /** Set for CRM writes: the outbox key, `<interactionId>:<kind>`. */
    readonly durable?: { readonly key: string };
    /**
     * For an activity update: the outbox key of the write that created the activity. The executor
     * fills `params.activityId` from that write's result before it runs this one.
     */
    readonly activityFrom?: string;
    /** See {@link AnyTab}; never set on a durable write. */
    readonly anyTab?: true;
  };
}[ShellMethodName];

/**
 * Marks a command that the tab which planned it runs even while another tab leads, because it
 * answers that tab's own CRM page: a number the agent clicked there, or that page's click-to-dial
 * switch. Every other command runs in the leading tab only, so the agent's tabs act once.
 */
export type AnyTab = { readonly anyTab?: true };

/** A command to the contact-center core, e.g. the outdial that a CRM click-to-dial asks for. */
export type CoreCommand =
  | ({ readonly target: 'core'; readonly command: 'outdial'; readonly number: string } & AnyTab)
  | { readonly target: 'core'; readonly command: 'setState'; readonly state: 'Available' }
  | { readonly target: 'core'; readonly command: 'setState'; readonly state: 'Idle'; readonly idleCodeId: string }
  | {
      /** Writes a CAD variable, e.g. the CRM activity id, so the next agent after a transfer takes it over. */
      readonly target: 'core';
      readonly command: 'updateCallData';
      readonly interactionId: string;
      readonly variables: Readonly<Record<string, string>>;
    };

/** What the planner returns: commands in the order they should run. */
export type WidgetCommand = CrmCommand | CoreCommand;
