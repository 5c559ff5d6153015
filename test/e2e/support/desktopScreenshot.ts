import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where the suites leave pictures of the desktop's screens for people to look at (git-ignored). */
export const DESKTOP_ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/desktop/', import.meta.url));

/** Saves a picture of the page as `test/artifacts/desktop/<name>.png`. */
export async function desktopScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DESKTOP_ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(DESKTOP_ARTIFACTS_DIR, `${name}.png`) });
}
