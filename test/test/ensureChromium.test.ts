import { describe, expect, it } from '@jest/globals';
import { ensureChromium, type ChromiumHost } from '@patchbay/test';

type FakeHostOptions = {
  present?: string[];
  root?: boolean;
  env?: Record<string, string>;
  /** Paths that appear once apt-get install has run, and the exit status of each command. */
  installs?: string[];
  statuses?: Record<string, number>;
};

function createHost({ present = [], root = false, env = {}, installs = [], statuses = {} }: FakeHostOptions) {
  const files = new Set(present);
  const commands: string[] = [];
  const logs: string[] = [];
  const host: ChromiumHost = {
    exists: (path) => files.has(path),
    isRoot: () => root,
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      commands.push(line);
      const status = statuses[line] ?? 0;
      if (status === 0 && args[0] === 'install') for (const path of installs) files.add(path);
      return status;
    },
    env,
    log: (message) => logs.push(message),
  };
  return { host, commands, logs };
}

describe('ensureChromium', () => {
  it('uses an installed Debian chromium without running anything', () => {
    const { host, commands } = createHost({ present: ['/usr/bin/chromium'] });
    expect(ensureChromium(host)).toBe('/usr/bin/chromium');
    expect(commands).toEqual([]);
  });

  it('honours PATCHBAY_CHROMIUM', () => {
    const { host } = createHost({
      present: ['/opt/chromium/chrome'],
      env: { PATCHBAY_CHROMIUM: '/opt/chromium/chrome' },
    });
    expect(ensureChromium(host)).toBe('/opt/chromium/chrome');
  });

  it('refuses a PATCHBAY_CHROMIUM that does not exist', () => {
    const { host } = createHost({ present: ['/usr/bin/chromium'], env: { PATCHBAY_CHROMIUM: '/nope' } });
    expect(() => ensureChromium(host)).toThrow('PATCHBAY_CHROMIUM is set to /nope, which does not exist.');
  });

  it('installs chromium with apt-get when missing and running as root', () => {
    const { host, commands, logs } = createHost({ root: true, installs: ['/usr/bin/chromium'] });
    expect(ensureChromium(host)).toBe('/usr/bin/chromium');
    expect(commands).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium']);
    expect(logs).toEqual(['Chromium is missing: installing Debian chromium with apt-get…']);
  });

  it('explains how to install chromium when not root', () => {
    const { host, commands } = createHost({ root: false });
    expect(() => ensureChromium(host)).toThrow(/Chromium is not installed .*sudo apt-get install chromium/);
    expect(commands).toEqual([]);
  });

  it('stops at the first failing apt-get step', () => {
    const { host, commands } = createHost({ root: true, statuses: { 'apt-get update': 100 } });
    expect(() => ensureChromium(host)).toThrow('`apt-get update` failed with status 100.');
    expect(commands).toEqual(['apt-get update']);
  });

  it('fails when the install leaves no binary behind', () => {
    const { host } = createHost({ root: true, installs: [] });
    expect(() => ensureChromium(host)).toThrow('apt-get installed chromium but no binary is at');
  });
});
