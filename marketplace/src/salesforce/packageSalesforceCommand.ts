import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import {
  generateCallCenterImportXml,
  generateCallCenterMetadataXml,
  ManifestError,
  parseConnectorConfig,
} from '@patchbay/manifests';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIo } from '../CliIo.js';
import { salesforceProjectLayout, SOURCE_API_VERSION } from './salesforceProjectLayout.js';

export type PackageSalesforceOptions = { config: string; desktopUrl?: string | undefined; out: string };

/** `patchbay package salesforce`: writes the sfdx project and its metadata zip. Returns the exit code. */
export async function packageSalesforceCommand(options: PackageSalesforceOptions, io: CliIo): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(await io.readTextFile(options.config));
  } catch (error) {
    io.stderr(
      `✗ ${options.config}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return 1;
  }
  // The flag wins over the file, and goes through the same validation.
  const input = options.desktopUrl === undefined || !isRecord(json) ? json : withDesktopUrl(json, options.desktopUrl);
  let section;
  try {
    section = parseConnectorConfig(input).salesforce;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    io.stderr(`✗ ${options.config}: ${error.issues.length} problem(s)\n`);
    for (const issue of error.issues) io.stderr(`  ${issue.field}: ${issue.message}\n`);
    return 1;
  }
  if (section === undefined) {
    io.stderr(
      `✗ ${options.config}: salesforce: expected the Salesforce section (internalName, displayName...), got undefined\n`,
    );
    return 1;
  }
  const desktopUrl = section.desktopUrl;
  if (desktopUrl === undefined) {
    io.stderr(`✗ ${options.config}: salesforce.desktopUrl: expected a URL (or --desktop-url), got undefined\n`);
    return 1;
  }
  const layout = salesforceProjectLayout(options.out, section.internalName);
  const project = {
    packageDirectories: [{ path: 'force-app', default: true }],
    name: section.internalName,
    sourceApiVersion: SOURCE_API_VERSION,
  };
  await writeText(layout.projectJson, `${JSON.stringify(project, null, 2)}\n`);
  io.stdout(`• wrote ${layout.projectJson}\n`);
  await writeText(layout.callCenterSource, generateCallCenterMetadataXml(section, desktopUrl));
  io.stdout(`• wrote ${layout.callCenterSource}\n`);
  await writeText(layout.importXml, generateCallCenterImportXml(section, desktopUrl));
  io.stdout(`• wrote ${layout.importXml} (for Setup → Call Centers → Import)\n`);
  const components = ComponentSet.fromSource(layout.packageDirectory);
  components.sourceApiVersion = SOURCE_API_VERSION;
  const converted = await new MetadataConverter().convert(components, 'metadata', { type: 'zip' });
  if (converted.zipBuffer === undefined) throw new Error('the metadata converter returned no zip');
  await mkdir(dirname(layout.zip), { recursive: true });
  await writeFile(layout.zip, converted.zipBuffer);
  io.stdout(`• converted to ${layout.zip} (metadata format with package.xml)\n`);
  io.stdout(`✓ Salesforce package for call center ${section.internalName} in ${options.out}\n`);
  return 0;
}

function withDesktopUrl(json: Record<string, unknown>, desktopUrl: string): Record<string, unknown> {
  const salesforce = isRecord(json['salesforce']) ? json['salesforce'] : {};
  return { ...json, salesforce: { ...salesforce, desktopUrl } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}
