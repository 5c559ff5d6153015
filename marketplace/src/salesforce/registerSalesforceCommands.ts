import type { Command } from 'commander';
import type { CliIo } from '../CliIo.js';
import { deploySalesforceCommand, type SalesforceDeployHost } from './deploySalesforceCommand.js';
import { packageSalesforceCommand } from './packageSalesforceCommand.js';
import { validateSalesforceCommand } from './validateSalesforceCommand.js';

// Loaded only by `deploy salesforce`: @salesforce/core is slow to import and not needed offline.
const orgDeployHost: SalesforceDeployHost = {
  async connect(targetOrg) {
    const { Org } = await import('@salesforce/core');
    const org = await Org.create({ aliasOrUsername: targetOrg });
    return org.getConnection();
  },
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** Adds `package|validate|deploy salesforce` to the CLI. */
export function registerSalesforceCommands(
  program: Command,
  io: CliIo,
  deployHost: SalesforceDeployHost = orgDeployHost,
  setExitCode: (code: number) => void,
): void {
  program
    .command('package')
    .description('Build the marketplace package of a CRM.')
    .command('salesforce')
    .description('Write an sfdx project with the call center definition, its Setup import file and a metadata zip.')
    .requiredOption('--config <file>', 'connector config (JSON) with a salesforce section')
    .option('--desktop-url <url>', 'where the Patchbay desktop is served (overrides salesforce.desktopUrl)')
    .requiredOption('--out <dir>', 'output folder')
    .action(async (options: { config: string; desktopUrl?: string; out: string }) => {
      setExitCode(await packageSalesforceCommand(options, io));
    });

  program
    .command('validate')
    .description('Check a built marketplace package offline.')
    .command('salesforce')
    .description('Check the sfdx project, call center files and metadata zip written by package salesforce.')
    .argument('<dir>', 'folder written by patchbay package salesforce')
    .action(async (dir: string) => {
      setExitCode(await validateSalesforceCommand(dir, io));
    });

  program
    .command('deploy')
    .description('Deploy a built marketplace package.')
    .command('salesforce')
    .description('Deploy the metadata zip to an org authorised with the sf CLI, and wait for the result.')
    .requiredOption('--target-org <aliasOrUsername>', 'org alias or username known to the sf CLI')
    .requiredOption('--dir <dir>', 'folder written by patchbay package salesforce')
    .action(async (options: { targetOrg: string; dir: string }) => {
      setExitCode(await deploySalesforceCommand(options, io, deployHost));
    });
}
