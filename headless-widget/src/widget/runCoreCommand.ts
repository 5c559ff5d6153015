import type { CoreClient } from '@patchbay/core-bridge/client';
import type { CoreCommand } from '../commands/WidgetCommand.js';

/** The core client calls the planner's core commands need. */
export type CoreCommandClient = Pick<CoreClient, 'outdial' | 'setState' | 'updateCallData'>;

/** Makes one planned core command with the core client. */
export async function runCoreCommand(client: CoreCommandClient, command: CoreCommand): Promise<void> {
  switch (command.command) {
    case 'outdial':
      await client.outdial({ destination: command.number });
      return;
    case 'setState':
      await client.setState(
        command.state === 'Available' ? { state: 'Available' } : { state: 'Idle', idleCodeId: command.idleCodeId },
      );
      return;
    case 'updateCallData':
      await client.updateCallData(command.interactionId, command.variables);
      return;
  }
}
