import { describe, expect, it } from '@jest/globals';
import { runCli, type CliIo } from '@patchbay/marketplace';

function createIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readTextFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(new Error(`ENOENT: no such file, open '${path}'`));
      return Promise.resolve(text);
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const run = (args: string[], files?: Record<string, string>) => {
  const io = createIo(files);
  return runCli({ args, version: '1.2.3', io: io.io }).then((code) => ({ code, ...io }));
};

describe('patchbay CLI', () => {
  it('prints its version', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout()).toBe('1.2.3\n');
  });

  it('lists its commands in the help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout()).toContain('config');
  });

  it('exits 2 on an unknown command', async () => {
    const result = await run(['deploy-everything']);
    expect(result.code).toBe(2);
    expect(result.stderr()).toContain("unknown command 'deploy-everything'");
  });

  it('exits 2 when the config file argument is missing', async () => {
    const result = await run(['config', 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr()).toContain("missing required argument 'file'");
  });

  describe('config check', () => {
    it('accepts a valid config', async () => {
      const file = JSON.stringify({ tenantId: 'acme', crm: 'salesforce', coreUrl: 'https://cc.acme.example' });
      const result = await run(['config', 'check', 'acme.json'], { 'acme.json': file });
      expect(result.code).toBe(0);
      expect(result.stdout()).toBe('✓ acme.json: salesforce connector config for tenant acme\n');
    });

    it('lists every problem of an invalid config', async () => {
      const file = JSON.stringify({ tenantId: 'acme', crm: 'sap', coreUrl: 'http://cc.acme.example', extra: 1 });
      const result = await run(['config', 'check', 'bad.json'], { 'bad.json': file });
      expect(result.code).toBe(1);
      expect(result.stderr()).toContain('✗ bad.json: 3 problem(s)');
      expect(result.stderr()).toContain('  crm: ');
      expect(result.stderr()).toContain('  coreUrl: must use https (http only on loopback)');
      expect(result.stderr()).toContain('  extra: is not a known field');
    });

    it('reports a file that is not JSON', async () => {
      const result = await run(['config', 'check', 'x.json'], { 'x.json': '{ tenantId: acme' });
      expect(result.code).toBe(1);
      expect(result.stderr()).toContain('✗ x.json: is not valid JSON');
    });

    it('reports a file that cannot be read', async () => {
      const result = await run(['config', 'check', 'missing.json']);
      expect(result.code).toBe(1);
      expect(result.stderr()).toContain('✗ missing.json: cannot be read (ENOENT');
    });
  });
});
