import type { Connection } from '@salesforce/core';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../CliIo.js';

export type DeploySalesforceOptions = { targetOrg: string; dir: string };

/** Host services of a deploy, injected so tests run against a local fake Metadata API. */
export type SalesforceDeployHost = {
  connect(targetOrg: string): Promise<Connection>;
  sleep(milliseconds: number): Promise<void>;
};

const POLL_INTERVAL_MS = 2000;
const MAX_POLLS = 300;

/** `patchbay deploy salesforce`: deploys the metadata zip and polls until Salesforce is done. */
export async function deploySalesforceCommand(
  options: DeploySalesforceOptions,
  io: CliIo,
  host: SalesforceDeployHost,
): Promise<number> {
  const deployDir = join(options.dir, 'deploy');
  const [zipName] = (await readdir(deployDir).catch(() => [])).filter((name) => name.endsWith('.zip'));
  if (zipName === undefined) {
    io.stderr(`✗ ${deployDir}: no metadata zip (run patchbay package salesforce first)\n`);
    return 1;
  }
  const zip = await readFile(join(deployDir, zipName));
  io.stdout(`• connecting to ${options.targetOrg}\n`);
  const connection = await host.connect(options.targetOrg);
  io.stdout(`• deploying ${zipName}\n`);
  const { id } = await connection.deploy(zip, { rest: false, singlePackage: true, rollbackOnError: true });
  io.stdout(`• deploy ${id} queued\n`);
  for (let poll = 0; poll < MAX_POLLS; poll += 1) {
    const result = await connection.metadata.checkDeployStatus(id, true);
    io.stdout(`• deploy ${id}: ${result.status}\n`);
    if (result.done) {
      if (result.success) {
        io.stdout(`✓ deployed to ${options.targetOrg}\n`);
        return 0;
      }
      io.stderr(`✗ deploy ${id} ${result.status}${result.errorMessage ? `: ${result.errorMessage}` : ''}\n`);
      return 1;
    }
    await host.sleep(POLL_INTERVAL_MS);
  }
  io.stderr(`✗ deploy ${id} still running after ${MAX_POLLS} checks\n`);
  return 1;
}
