import type { AgentSessionView } from '@patchbay/core/contract';
import { CoreClientError, type CoreClient, type CoreEvents } from '@patchbay/core-bridge/client';
import type { LinkTimers, ShellEventName, ShellLink } from '@patchbay/core-bridge/desktop';
import { createCommandExecutor } from '../executor/createCommandExecutor.js';
import type { ExecutorFeedback } from '../executor/ExecutorFeedback.js';
import type { RetryPolicy } from '../executor/RetryPolicy.js';
import type { Outbox } from '../outbox/Outbox.js';
import type { OutboxEntry } from '../outbox/OutboxEntry.js';
import { planWidgetCommands } from '../planner/planWidgetCommands.js';
import type { WidgetPlannerContext } from '../planner/WidgetPlannerContext.js';
import type { CrmRecordRef, ShellWidgetEvent, WidgetPlannerEvent } from '../planner/WidgetPlannerEvent.js';
import { INITIAL_WIDGET_PLANNER_STATE, type WidgetPlannerState } from '../planner/WidgetPlannerState.js';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { HeadlessWidgetError } from './HeadlessWidgetError.js';
import {
  joinLeadershipElection,
  type LeadershipElection,
  type WidgetLeadershipOptions,
} from './joinLeadershipElection.js';
import { runCoreCommand } from './runCoreCommand.js';

/** The core client as the widget uses it: lookups, the commands it plans, and the event stream. */
export type WidgetCoreClient = Pick<
  CoreClient,
  'outdial' | 'setState' | 'updateCallData' | 'listWrapUpCodes' | 'listQueues' | 'getSession'
> & { readonly events: Pick<CoreEvents, 'onAny'> };

/** What {@link createHeadlessWidget} takes. */
export type HeadlessWidgetOptions = {
  /** Signed in and connected by the desktop: the widget listens, it does not own the session. */
  client: WidgetCoreClient;
  shell: Pick<ShellLink, 'call' | 'on'>;
  policy: WidgetPolicy;
  agentId: string;
  /** Shared by the agent's tabs (IndexedDB in the browser), so a new leader finishes what another left. */
  outbox: Outbox;
  leadership: WidgetLeadershipOptions;
  timers: LinkTimers;
  now: () => number;
  random: () => number;
  retry?: RetryPolicy;
  /** A CRM write gave up: the desktop shows it and offers `retry(key)`. */
  onStuck: (entry: OutboxEntry) => void;
  /** Everything else that went wrong; the widget carries on. */
  onError: (error: unknown) => void;
  /** This tab started or stopped acting for the agent. */
  onLeadershipChange?: (isLeader: boolean) => void;
};

/** The CRM side of the agent's calls, running headless in one tab of the CRM. */
export type HeadlessWidget = {
  /** Loads the lookups, listens to the core and the shell, and joins the tab election. */
  start(): Promise<void>;
  isLeader(): boolean;
  /** The desktop's "take over" button: the leading tab steps back and this one leads. */
  takeOver(): void;
  /** The agent retries a stuck write. */
  retry(key: string): Promise<void>;
  /** The agent chose this record in the desktop's picker. */
  pickRecord(interactionId: string, record: CrmRecordRef): void;
  /** The writes waiting for the agent, across tabs. */
  stuck(): Promise<OutboxEntry[]>;
  /** Resolves once what was planned so far has been handed on and nothing runs. */
  idle(): Promise<void>;
  /** Stops listening, leaves the election and waits for work in flight. */
  stop(): Promise<void>;
};

/** A write retried at 1 s, 2 s, 4 s... up to 30 s, six attempts, then handed to the agent. */
export const DEFAULT_WIDGET_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 30_000, maxAttempts: 6 };

/** Every shell event goes to the planner; the record type fails the build when the contract gains one. */
const SHELL_EVENTS_PLANNED: Record<ShellEventName, true> = {
  clickToDial: true,
  navigationChanged: true,
  panelVisibilityChanged: true,
  presenceChanged: true,
};

type Lookups = Pick<WidgetPlannerContext, 'wrapUpCodeLabels' | 'queueNames'>;

/**
 * Composes planner, executor, outbox and tab leadership. Every event (core, shell, executor
 * feedback) is planned in arrival order against one state, updated synchronously, and the commands
 * go to the executor in that order. Every tab plans, so a tab that takes over knows the calls in
 * progress; only the leader's executor makes calls, and the writes a follower plans land in the
 * shared outbox under the same keys as the leader's, so they are not made twice.
 */
export function createHeadlessWidget(options: HeadlessWidgetOptions): HeadlessWidget {
  const { client, shell, policy, agentId, onError } = options;
  let state: WidgetPlannerState = INITIAL_WIDGET_PLANNER_STATE;
  let lookups: Lookups | undefined;
  // Events that arrive while the lookups load are planned once they are in, in order.
  const early: WidgetPlannerEvent[] = [];
  let chain: Promise<void> = Promise.resolve();
  let started: Promise<void> | undefined;
  let stopped = false;
  let election: LeadershipElection | undefined;
  const unsubscribes: (() => void)[] = [];

  const executor = createCommandExecutor({
    outbox: options.outbox,
    shell,
    core: (command) => runCoreCommand(client, command),
    timers: options.timers,
    now: options.now,
    random: options.random,
    retry: options.retry ?? DEFAULT_WIDGET_RETRY,
    onFeedback: (feedback) => {
      onFeedback(feedback);
    },
    onStuck: (entry) => {
      options.onStuck(entry);
    },
    onError,
  });

  function onFeedback(feedback: ExecutorFeedback): void {
    if (feedback.kind !== 'commandFailed') {
      handle(feedback);
      return;
    }
    const { command, error } = feedback;
    const field = command.target === 'crm' ? `crm.${command.method}` : `core.${command.command}`;
    onError(new HeadlessWidgetError({ code: 'COMMAND_FAILED', field, message: `${field}: ${error.message}` }));
  }

  function handle(event: WidgetPlannerEvent): void {
    if (stopped) return;
    if (lookups === undefined) {
      early.push(event);
      return;
    }
    plan(event, lookups);
  }

  function plan(event: WidgetPlannerEvent, loaded: Lookups): void {
    let commands;
    try {
      const planned = planWidgetCommands(event, state, policy, { agentId, now: options.now(), ...loaded });
      state = planned.state;
      commands = planned.commands;
    } catch (error) {
      onError(error);
      return;
    }
    if (commands.length === 0) return;
    chain = chain.then(() => executor.run(commands)).catch(onError);
  }

  async function loadLookups(): Promise<Lookups> {
    const [wrapUpCodes, queues] = await Promise.allSettled([client.listWrapUpCodes(), client.listQueues()]);
    const labels = (name: string, result: PromiseSettledResult<readonly { id: string; name: string }[]>) => {
      if (result.status === 'fulfilled') return Object.fromEntries(result.value.map((item) => [item.id, item.name]));
      onError(new HeadlessWidgetError({ code: 'LOOKUP_FAILED', field: name, cause: result.reason }));
      return {};
    };
    return { wrapUpCodeLabels: labels('wrapUpCodes', wrapUpCodes), queueNames: labels('queues', queues) };
  }

  /** The agent's session now; undefined when not logged in (404) or when it cannot be read. */
  async function readSession(): Promise<AgentSessionView | undefined> {
    try {
      return await client.getSession();
    } catch (error) {
      if (!(error instanceof CoreClientError && error.code === 'NOT_FOUND')) {
        onError(new HeadlessWidgetError({ code: 'LOOKUP_FAILED', field: 'session', cause: error }));
      }
      return undefined;
    }
  }

  function listenToShell(name: ShellEventName): () => void {
    // The planner's event union pairs each name with its payload; TypeScript cannot follow `name` there.
    return shell.on(name, (payload) => {
      handle({ kind: 'shell', name, payload } as ShellWidgetEvent);
    });
  }

  async function start(): Promise<void> {
    unsubscribes.push(client.events.onAny((event) => handle({ kind: 'core', event: event.event })));
    for (const name of Object.keys(SHELL_EVENTS_PLANNED) as ShellEventName[]) unsubscribes.push(listenToShell(name));
    const [loaded, session] = await Promise.all([loadLookups(), readSession()]);
    if (stopped) return;
    lookups = loaded;
    for (const event of early.splice(0)) plan(event, loaded);
    plan({ kind: 'sessionRead', session }, loaded);
    election = joinLeadershipElection({
      ...options.leadership,
      tabId: `tab-${Math.floor(options.random() * 2 ** 48).toString(36)}`,
      onChange: (leads) => {
        if (leads) executor.resume();
        else executor.pause();
        options.onLeadershipChange?.(leads);
      },
      onError,
    });
  }

  return {
    start() {
      started ??= start();
      return started;
    },
    isLeader: () => election?.isLeader ?? false,
    takeOver() {
      election?.takeOver();
    },
    retry: (key) => executor.retry(key),
    pickRecord(interactionId, record) {
      handle({ kind: 'recordPicked', interactionId, record });
    },
    stuck: () => options.outbox.listFailed(),
    async idle() {
      // Feedback of the work awaited may plan more: wait until a round adds nothing.
      let seen: Promise<void> | undefined;
      while (seen !== chain) {
        seen = chain;
        await chain;
        await executor.idle();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      election?.leave();
      executor.pause();
      await started?.catch(() => undefined);
      await chain;
      await executor.idle();
    },
  };
}
