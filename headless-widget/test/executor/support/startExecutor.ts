import type { CoreCommand } from '../../../src/commands/WidgetCommand.js';
import { createCommandExecutor, type CommandExecutor } from '../../../src/executor/createCommandExecutor.js';
import type { ExecutorFeedback } from '../../../src/executor/ExecutorFeedback.js';
import type { RetryPolicy } from '../../../src/executor/RetryPolicy.js';
import type { Outbox } from '../../../src/outbox/Outbox.js';
import type { OutboxEntry } from '../../../src/outbox/OutboxEntry.js';
import type { startBridge } from './startBridge.js';

export const TEST_RETRY: RetryPolicy = { baseMs: 1_000, maxMs: 8_000, maxAttempts: 4 };

/** An executor over the bridge's desktop link, recording what it reports. */
export function startExecutor(
  bridge: Awaited<ReturnType<typeof startBridge>>,
  outbox: Outbox,
  options: { retry?: RetryPolicy; random?: () => number; core?: (command: CoreCommand) => Promise<void> } = {},
) {
  const feedback: ExecutorFeedback[] = [];
  const stuck: OutboxEntry[] = [];
  const errors: unknown[] = [];
  const coreCommands: CoreCommand[] = [];
  const executor: CommandExecutor = createCommandExecutor({
    outbox,
    shell: bridge.desktop,
    core:
      options.core ??
      ((command) => {
        coreCommands.push(command);
        return Promise.resolve();
      }),
    timers: bridge.timers,
    now: bridge.timers.now,
    random: options.random ?? (() => 0.5),
    retry: options.retry ?? TEST_RETRY,
    onFeedback: (event) => feedback.push(event),
    onStuck: (entry) => stuck.push(entry),
    onError: (error) => errors.push(error),
  });
  return { executor, feedback, stuck, errors, coreCommands };
}
