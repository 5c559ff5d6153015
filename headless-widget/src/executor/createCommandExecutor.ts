import type { LinkTimers, ShellLink, ShellMethodResult } from '@patchbay/core-bridge/desktop';
import { interactionOfNoMatchRecordKey } from '../commands/noMatchRecordKey.js';
import type { CoreCommand, CrmCommand, WidgetCommand } from '../commands/WidgetCommand.js';
import type { Outbox } from '../outbox/Outbox.js';
import type { DurableCrmCommand, OutboxEntry } from '../outbox/OutboxEntry.js';
import { describeCommandError, isRetryable } from './describeCommandError.js';
import { ExecutorError } from './ExecutorError.js';
import type { ExecutorFeedback } from './ExecutorFeedback.js';
import { retryDelay, type RetryPolicy } from './RetryPolicy.js';

/** What {@link createCommandExecutor} takes. */
export type CommandExecutorOptions = {
  outbox: Outbox;
  shell: Pick<ShellLink, 'call'>;
  core: (command: CoreCommand) => Promise<void>;
  timers: LinkTimers;
  now: () => number;
  random: () => number;
  retry: RetryPolicy;
  onFeedback: (event: ExecutorFeedback) => void;
  /** An entry ran out of attempts or failed for good: the UI offers the agent `retry(key)`. */
  onStuck: (entry: OutboxEntry) => void;
  /** The outbox itself failed; the entries stay where they were and run on the next drain. */
  onError: (error: unknown) => void;
};

/** Runs planned commands: CRM writes through the durable outbox, everything else at once. */
export type CommandExecutor = {
  /**
   * Puts the batch's durable writes in the outbox (a key already there is not added again) and
   * starts draining it, then makes the other calls in order. Resolves once those calls are made;
   * the writes go on in the background. While paused, only the writes are kept and the calls
   * marked `anyTab` made: the leader tab makes the others.
   */
  run(commands: readonly WidgetCommand[]): Promise<void>;
  /** Makes a failed (or waiting) write due now with a fresh attempt budget: the agent's retry. */
  retry(key: string): Promise<void>;
  /** Stops draining (this tab lost leadership); a call in flight still records its outcome. */
  pause(): void;
  /** Drains again, including the entries a previous page left in the outbox (this tab leads). */
  resume(): void;
  /** Resolves when nothing is running: only backoff timers, if any, are armed. */
  idle(): Promise<void>;
};

const isDurable = (command: CrmCommand): command is DurableCrmCommand => command.durable !== undefined;

/**
 * The executor starts paused: call `resume()` once this tab is the leader. Within one interaction
 * the writes run one at a time in the order they were planned, so an update never overtakes the
 * create it depends on; interactions do not wait for each other.
 */
export function createCommandExecutor(options: CommandExecutorOptions): CommandExecutor {
  const { outbox, shell, timers, now } = options;
  let paused = true;
  const running = new Set<Promise<unknown>>();
  const workers = new Map<string, { again: boolean }>();
  // interaction -> when its first waiting entry is due; one timer serves the earliest.
  const dueAt = new Map<string, number>();
  let wake: { at: number; handle: unknown } | undefined;
  // Dependency key -> interactions whose next write waits for it.
  const waitingFor = new Map<string, Set<string>>();

  const track = (work: Promise<unknown>): void => {
    const guarded = work.catch(options.onError);
    running.add(guarded);
    void guarded.finally(() => running.delete(guarded));
  };

  const rearm = () => {
    const next = Math.min(...dueAt.values());
    if (wake?.at === next) return;
    if (wake) timers.clearTimeout(wake.handle);
    wake = undefined;
    if (paused || !Number.isFinite(next)) return;
    wake = { at: next, handle: timers.setTimeout(onWake, Math.max(0, next - now())) };
  };

  function onWake() {
    wake = undefined;
    const at = now();
    for (const [interactionId, due] of [...dueAt]) {
      if (due > at) continue;
      dueAt.delete(interactionId);
      startWorker(interactionId);
    }
    rearm();
  }

  const wakeAt = (interactionId: string, at: number) => {
    dueAt.set(interactionId, Math.min(dueAt.get(interactionId) ?? Infinity, at));
    rearm();
  };

  function startWorker(interactionId: string): void {
    const current = workers.get(interactionId);
    if (current) {
      current.again = true;
      return;
    }
    const worker = { again: true };
    workers.set(interactionId, worker);
    track(
      (async () => {
        while (worker.again && !paused) {
          worker.again = false;
          await workOn(interactionId);
        }
      })().finally(() => workers.delete(interactionId)),
    );
  }

  async function drainAll(): Promise<void> {
    if (paused) return;
    await outbox.prune();
    const interactions = new Set((await outbox.listPending()).map((entry) => entry.interactionId));
    for (const interactionId of interactions) startWorker(interactionId);
  }

  /** Runs an interaction's pending writes in order until one has to wait. */
  async function workOn(interactionId: string): Promise<void> {
    for (const entry of await outbox.listPending(interactionId)) {
      if (paused) return;
      if (entry.nextAttemptAt > now()) {
        wakeAt(interactionId, entry.nextAttemptAt);
        return;
      }
      const command = await withDependency(entry);
      if (command === 'wait') return;
      if (command === 'failed') continue;
      const outcome = await attempt(entry, command);
      if (outcome === 'wait') return;
    }
  }

  /** The entry's command with `activityId` filled from the write it depends on, or why it cannot run yet. */
  async function withDependency(entry: OutboxEntry): Promise<CrmCommand | 'wait' | 'failed'> {
    const dependencyKey = entry.command.activityFrom;
    if (dependencyKey === undefined) return entry.command;
    const dependency = await outbox.get(dependencyKey);
    if (dependency?.status === 'pending' || dependency?.status === 'failed') {
      const waiting = waitingFor.get(dependencyKey) ?? new Set();
      waitingFor.set(dependencyKey, waiting.add(entry.interactionId));
      return 'wait';
    }
    const activityId = dependency ? activityIdOf(dependency.result) : undefined;
    if (entry.command.method !== 'saveActivity' || activityId === undefined) {
      const error = new ExecutorError({
        code: dependency ? 'DEPENDENCY_WITHOUT_ID' : 'DEPENDENCY_MISSING',
        field: dependencyKey,
        message: `${entry.key} needs the activity id of ${dependencyKey}`,
      });
      options.onStuck(await outbox.markFailed(entry.key, describeCommandError(error)));
      return 'failed';
    }
    return { ...entry.command, params: { ...entry.command.params, activityId } };
  }

  async function attempt(entry: OutboxEntry, command: CrmCommand): Promise<'next' | 'wait'> {
    const attempted = await outbox.markAttempt(entry.key);
    let result: unknown;
    try {
      result = await callShell(command);
    } catch (error) {
      const described = describeCommandError(error);
      if (isRetryable(error) && attempted.attempts < options.retry.maxAttempts) {
        const nextAttemptAt = now() + retryDelay(options.retry, attempted.attempts, options.random());
        await outbox.markRetry(entry.key, described, nextAttemptAt);
        wakeAt(entry.interactionId, nextAttemptAt);
        return 'wait';
      }
      options.onStuck(await outbox.markFailed(entry.key, described));
      return 'next';
    }
    await outbox.markDone(entry.key, result);
    report(command, result);
    const waiting = waitingFor.get(entry.key);
    waitingFor.delete(entry.key);
    for (const interactionId of waiting ?? []) if (interactionId !== entry.interactionId) startWorker(interactionId);
    return 'next';
  }

  const callShell = (command: CrmCommand): Promise<unknown> => shell.call(command.method, command.params, {});

  function report(command: CrmCommand, result: unknown): void {
    if (command.method === 'saveActivity') {
      const activityId = activityIdOf(result);
      if (activityId !== undefined) {
        options.onFeedback({ kind: 'activitySaved', interactionId: command.params.interactionId, activityId });
      }
    } else if (command.method === 'screenPop') {
      const { outcome, records } = result as ShellMethodResult<'screenPop'>;
      options.onFeedback({ kind: 'screenPopResult', interactionId: command.params.interactionId, outcome, records });
    } else if (command.method === 'createRecord') {
      // The caller's new record: the call's activity relates to it. A case is not the caller.
      const interactionId = command.durable && interactionOfNoMatchRecordKey(command.durable.key);
      if (interactionId === undefined) return;
      const { record } = result as ShellMethodResult<'createRecord'>;
      options.onFeedback({
        kind: 'recordCreated',
        interactionId,
        record: { objectType: record.objectType, id: record.id },
      });
    }
  }

  /** A call outside the outbox: one retry when the error allows it, then the failure is reported. */
  async function runDirect(command: CrmCommand): Promise<void> {
    let result: unknown;
    try {
      result = await callShell(command).catch((error: unknown) => {
        if (isRetryable(error)) return callShell(command);
        throw error;
      });
    } catch (error) {
      options.onFeedback({ kind: 'commandFailed', command, error: describeCommandError(error) });
      return;
    }
    report(command, result);
  }

  async function runCore(command: CoreCommand): Promise<void> {
    try {
      await options.core(command);
    } catch (error) {
      options.onFeedback({ kind: 'commandFailed', command, error: describeCommandError(error) });
    }
  }

  const kick = () => {
    track(drainAll());
  };

  return {
    async run(commands) {
      let writes = false;
      for (const command of commands) {
        if (command.target !== 'crm' || !isDurable(command)) continue;
        writes = true;
        await outbox.put(command);
      }
      // Drain even when every key was there already: another tab may have put the write first.
      if (writes) kick();
      for (const command of commands) {
        if (paused && !('anyTab' in command)) continue;
        if (command.target === 'core') await runCore(command);
        else if (!isDurable(command)) await runDirect(command);
      }
    },
    async retry(key) {
      await outbox.retryNow(key);
      kick();
    },
    pause() {
      paused = true;
      dueAt.clear();
      rearm();
    },
    resume() {
      if (!paused) return;
      paused = false;
      kick();
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

/** The activity id in a `saveActivity` result kept by the outbox. */
function activityIdOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('activityId' in result)) return undefined;
  return typeof result.activityId === 'string' ? result.activityId : undefined;
}
