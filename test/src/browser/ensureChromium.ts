import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser (and older Ubuntu's `chromium-browser`). */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** The host services ensureChromium uses, injected so its decisions can be tested. */
export type ChromiumHost = {
  exists(path: string): boolean;
  isRoot(): boolean;
  /** Runs a command with inherited output; returns its exit status. */
  run(command: string, args: readonly string[]): number | null;
  env: Readonly<Record<string, string | undefined>>;
  /** Progress for the person waiting on the install. */
  log(message: string): void;
};

export const nodeChromiumHost: ChromiumHost = {
  exists: existsSync,
  isRoot: () => process.getuid?.() === 0,
  run: (command, args) =>
    spawnSync(command, args, {
      // apt-get's progress goes to stderr so it never mixes with a test runner's report on stdout.
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status,
  env: process.env,
  log: (message) => process.stderr.write(`${message}\n`),
};

const INSTALL_HINT =
  'Install it with `sudo apt-get install chromium` (Debian) or point PATCHBAY_CHROMIUM at a Chromium binary.';

/**
 * Returns the path of a Chromium binary for browser tests. Uses `PATCHBAY_CHROMIUM` when set,
 * else Debian's Chromium; when that is missing and we run as root (CI, fresh dev machines),
 * installs it with apt-get. Downloads of a browser build of its own (`npx playwright install`)
 * cannot work on this project's machines, which reach only the package registries.
 */
export function ensureChromium(host: ChromiumHost = nodeChromiumHost): string {
  const override = host.env['PATCHBAY_CHROMIUM'];
  if (override) {
    if (host.exists(override)) return override;
    throw new Error(`PATCHBAY_CHROMIUM is set to ${override}, which does not exist.`);
  }
  const found = CHROMIUM_PATHS.find((path) => host.exists(path));
  if (found) return found;
  if (!host.isRoot())
    throw new Error(`Chromium is not installed (looked at ${CHROMIUM_PATHS.join(', ')}). ${INSTALL_HINT}`);

  host.log('Chromium is missing: installing Debian chromium with apt-get…');
  const steps: [string, string[]][] = [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', '--no-install-recommends', 'chromium']],
  ];
  for (const [command, args] of steps) {
    const status = host.run(command, args);
    if (status !== 0)
      throw new Error(`\`${command} ${args.join(' ')}\` failed with status ${String(status)}. ${INSTALL_HINT}`);
  }
  const installed = CHROMIUM_PATHS.find((path) => host.exists(path));
  if (installed) return installed;
  throw new Error(`apt-get installed chromium but no binary is at ${CHROMIUM_PATHS.join(', ')}. ${INSTALL_HINT}`);
}
