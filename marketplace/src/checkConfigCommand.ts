import { ManifestError, parseConnectorConfig } from '@patchbay/manifests';
import type { CliIo } from './CliIo.js';

/** `patchbay config check <file>`: validates a connector config file. Returns the exit code. */
export async function checkConfigCommand(file: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await io.readTextFile(file);
  } catch (error) {
    io.stderr(`✗ ${file}: cannot be read (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.stderr(`✗ ${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  try {
    const config = parseConnectorConfig(json);
    io.stdout(`✓ ${file}: ${config.crm} connector config for tenant ${config.tenantId}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    io.stderr(`✗ ${file}: ${error.issues.length} problem(s)\n`);
    for (const issue of error.issues) io.stderr(`  ${issue.field}: ${issue.message}\n`);
    return 1;
  }
}
