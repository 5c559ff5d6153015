import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FixtureFile } from './startFixtureServer.js';

/**
 * Reads a webpack bundle of a workspace package (built by `npm run build` into
 * `<package>/dist/browser/`), ready to serve from a fixture server.
 */
export function readBrowserBundle(packageFolder: string, bundleName: string): FixtureFile {
  const url = new URL(`../../${packageFolder}/dist/browser/${bundleName}.js`, import.meta.url);
  const path = fileURLToPath(url);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`);
  return { contentType: 'text/javascript', body: readFileSync(path) };
}
