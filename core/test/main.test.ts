import { describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The process `npm start` runs, exercised as a user would: start it, ask it, Ctrl-C it.
const entry = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

type Started = {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
};

function spawnCore(environment: Record<string, string>): Started {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does).`);
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-main-'));
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir, ...environment },
    stdio: 'pipe',
  });
  child.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitForBanner(started: Started): Promise<string> {
  for (;;) {
    const match = /Health\s+(http:\/\/\S+)/.exec(started.stdout());
    if (match?.[1]) return match[1];
    if (started.child.exitCode !== null) throw new Error(`core exited early: ${started.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('npm start process', () => {
  it('prints a banner, serves /health and exits cleanly on Ctrl-C with a connection still open', async () => {
    const started = spawnCore({ PORT: '0', LOG_LEVEL: 'info' });
    const healthUrl = await waitForBanner(started);
    expect(started.stdout()).toContain(`Patchbay core ${version}`);
    expect(started.stdout()).toContain('Press Ctrl-C to stop.');
    expect(started.stdout()).toMatch(/First start: sign in to tenant "default" as "admin" with password \S+/);
    expect(started.stderr()).not.toMatch(/password/i);

    const response = await fetch(healthUrl);
    expect(await response.json()).toEqual({ status: 'ok', version });

    // fetch keeps the socket alive after the answer; shutdown must not wait for it to idle out.
    started.child.kill('SIGINT');
    expect(await started.exit).toBe(0);
    expect(started.stderr()).toContain('"signal":"SIGINT"');
  });

  it('refuses to start on an invalid PORT, naming it', async () => {
    const started = spawnCore({ PORT: 'http' });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toContain('Patchbay core failed to start: [config] PORT: must be a whole number');
  });
});
