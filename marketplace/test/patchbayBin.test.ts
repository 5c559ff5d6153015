import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The installed `patchbay` command, run as a user runs it: a process, real files, exit codes.
const launcher = fileURLToPath(new URL('../bin/patchbay.mjs', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function patchbay(...args: string[]) {
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` first (npm test does).`);
  const result = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('patchbay command', () => {
  it('prints the package version', () => {
    expect(patchbay('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('checks config files on disk', () => {
    const folder = mkdtempSync(join(tmpdir(), 'patchbay-cli-'));
    try {
      const good = join(folder, 'good.json');
      const bad = join(folder, 'bad.json');
      writeFileSync(good, JSON.stringify({ tenantId: 'acme', crm: 'dynamics', coreUrl: 'https://cc.acme.example' }));
      writeFileSync(
        bad,
        JSON.stringify({ tenantId: 'acme', crm: 'dynamics', coreUrl: 'https://cc.acme.example/', x: 1 }),
      );
      expect(patchbay('config', 'check', good)).toMatchObject({ status: 0 });
      const failed = patchbay('config', 'check', bad);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('x: is not a known field');
      expect(patchbay('config', 'check', join(folder, 'missing.json')).stderr).toContain('cannot be read (ENOENT');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error', () => {
    expect(patchbay('nonsense').status).toBe(2);
  });
});
