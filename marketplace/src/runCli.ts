import { Command, CommanderError } from 'commander';
import { checkConfigCommand } from './checkConfigCommand.js';
import type { CliIo } from './CliIo.js';
import { registerSalesforceCommands } from './salesforce/registerSalesforceCommands.js';
import type { SalesforceDeployHost } from './salesforce/deploySalesforceCommand.js';

export type RunCliOptions = {
  /** Arguments after the program name, e.g. `['config', 'check', 'acme.json']`. */
  args: readonly string[];
  version: string;
  io: CliIo;
  /** How `deploy salesforce` reaches an org; defaults to the sf CLI's stored auth (`Org.create`). */
  salesforceDeployHost?: SalesforceDeployHost;
};

/**
 * Runs the `patchbay` CLI and resolves to its exit code: 0 on success, 1 when a check fails,
 * 2 on a usage error (unknown command or option, missing argument).
 */
export async function runCli({ args, version, io, salesforceDeployHost }: RunCliOptions): Promise<number> {
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

  registerSalesforceCommands(program, io, salesforceDeployHost, (code) => {
    exitCode = code;
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
