// The CLI process: real stdio and file system around runCli (started by bin/patchbay.mjs).
import { readFile } from 'node:fs/promises';
import { runCli } from './runCli.js';

const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = await runCli({
  args: process.argv.slice(2),
  version: manifest.version,
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readTextFile: (path) => readFile(path, 'utf8'),
  },
});
