import { ZipTreeContainer } from '@salesforce/source-deploy-retrieve';
import { validateCallCenterImportXml, validateCallCenterMetadata, type CallCenterProblem } from '@patchbay/manifests';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Offline checks of a folder written by `patchbay package salesforce`: the sfdx project file, each
 * call center source file, each import file and each metadata zip (read with SDR's zip reader).
 */
export async function findSalesforceProjectProblems(dir: string): Promise<CallCenterProblem[]> {
  const problems: CallCenterProblem[] = [];
  const projectPath = join(dir, 'sfdx-project.json');
  const project = await readJson(projectPath, problems);
  const directories = isRecord(project) ? project['packageDirectories'] : undefined;
  if (!Array.isArray(directories) || directories.length === 0) {
    problems.push({ path: `${projectPath}: packageDirectories`, message: 'expected a non-empty array' });
  }
  const sourceDir = join(dir, 'force-app', 'main', 'default', 'callCenters');
  const sources = await list(sourceDir);
  if (!sources.some((name) => name.endsWith('.callCenter-meta.xml'))) {
    problems.push({ path: sourceDir, message: 'expected a <InternalName>.callCenter-meta.xml file' });
  }
  for (const name of sources) {
    const xml = await readFile(join(sourceDir, name), 'utf8');
    problems.push(...prefixed(join(sourceDir, name), validateCallCenterMetadata(xml, { fileName: name })));
  }
  for (const name of (await list(dir)).filter((entry) => entry.endsWith('.callCenter-import.xml'))) {
    problems.push(...prefixed(join(dir, name), validateCallCenterImportXml(await readFile(join(dir, name), 'utf8'))));
  }
  const zips = (await list(join(dir, 'deploy'))).filter((name) => name.endsWith('.zip'));
  if (zips.length === 0) problems.push({ path: join(dir, 'deploy'), message: 'expected the metadata zip' });
  for (const name of zips) problems.push(...(await zipProblems(join(dir, 'deploy', name))));
  return problems;
}

async function zipProblems(path: string): Promise<CallCenterProblem[]> {
  let tree: ZipTreeContainer;
  try {
    tree = await ZipTreeContainer.create(await readFile(path));
  } catch {
    return [{ path, message: 'is not a readable zip' }];
  }
  const problems: CallCenterProblem[] = [];
  if (!tree.exists('package.xml')) return [{ path: `${path}!package.xml`, message: 'is missing' }];
  const packageXml = (await tree.readFile('package.xml')).toString('utf8');
  const files = tree.exists('callCenters') ? tree.readDirectory('callCenters') : [];
  if (files.length === 0)
    problems.push({ path: `${path}!callCenters/`, message: 'expected a <InternalName>.callCenter file' });
  for (const file of files) {
    const member = file.replace(/\.callCenter$/, '');
    if (!new RegExp(`<members>${member}</members>\\s*<name>CallCenter</name>`).test(packageXml)) {
      problems.push({ path: `${path}!package.xml`, message: `expected CallCenter member ${member}` });
    }
    const xml = (await tree.readFile(`callCenters/${file}`)).toString('utf8');
    problems.push(...prefixed(`${path}!callCenters/${file}`, validateCallCenterMetadata(xml, { fileName: file })));
  }
  return problems;
}

function prefixed(file: string, problems: readonly CallCenterProblem[]): CallCenterProblem[] {
  return problems.map((problem) => ({ path: `${file}: ${problem.path}`, message: problem.message }));
}

async function readJson(path: string, problems: CallCenterProblem[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    problems.push({
      path,
      message: `cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
