import type { CliIo } from '../CliIo.js';
import { findSalesforceProjectProblems } from './findSalesforceProjectProblems.js';

/** `patchbay validate salesforce DIR`: exit code 1 when any offline check fails. */
export async function validateSalesforceCommand(dir: string, io: CliIo): Promise<number> {
  io.stdout(`• checking ${dir}\n`);
  const problems = await findSalesforceProjectProblems(dir);
  if (problems.length === 0) {
    io.stdout(`✓ ${dir}: Salesforce package is valid\n`);
    return 0;
  }
  io.stderr(`✗ ${dir}: ${problems.length} problem(s)\n`);
  for (const problem of problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
  return 1;
}
