import { Command, CommanderError } from 'commander';
import { checkConfigCommand } from './checkConfigCommand.js';
import type { CliIo } from './CliIo.js';

export type RunCliOptions = {
  /** Arguments after the program name, e.g. `['config', 'check', 'acme.json']`. */
  args: readonly string[];
  version: string;
  io: CliIo;
};

/**
 * Runs the `patchbay` CLI and resolves to its exit code: 0 on success, 1 when a check fails,
 * 2 on a usage error (unknown command or option, missing argument).
 */
export async function runCli({ args, version, io }: RunCliOptions): Promise<number> {
  let exitCode = 0;
  const program = new Command('patchbay')
    .description('Package, validate and deploy Patchbay marketplace packages for each CRM.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .showHelpAfterError();

  program
    .command('config')
    .description('Work with connector configs.')
    .command('check')
    .description('Validate a connector config file (JSON).')
    .argument('<file>', 'path of the config file')
    .action(async (file: string) => {
      exitCode = await checkConfigCommand(file, io);
    });

  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version requests end through exitOverride too, with exit code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
}
