import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ensureChromium } from './ensureChromium.js';
import { chromiumArgs, type LaunchChromiumOptions } from './launchChromium.js';

/** A Chromium running a throwaway profile of its own, as an agent's everyday browser does. */
export type ChromiumProfile = {
  readonly context: BrowserContext;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
};

/**
 * The profile preferences of a browser that allows third-party cookies, Chrome's default for a
 * normal (not incognito) window. Chromium blocks a cross-site frame's storage (sessionStorage,
 * IndexedDB, Web Locks, BroadcastChannel) wherever it blocks third-party cookies, which is what
 * `browser.newContext()` gives: an incognito-like context. A CRM frames the desktop from another
 * site, so anything that needs the desktop's tabs to share storage needs this profile.
 */
const ALLOW_THIRD_PARTY_COOKIES = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };

/** Launches Debian's Chromium on a fresh profile that allows third-party cookies and storage. */
export async function launchChromiumProfile(options: LaunchChromiumOptions = {}): Promise<ChromiumProfile> {
  const profileDir = await mkdtemp(join(tmpdir(), 'patchbay-chromium-'));
  try {
    await mkdir(join(profileDir, 'Default'));
    await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify(ALLOW_THIRD_PARTY_COOKIES));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: ensureChromium(),
      headless: true,
      args: chromiumArgs(options),
      locale: 'en-US',
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}
