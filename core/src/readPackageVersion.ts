import { readFileSync } from 'node:fs';

/** The core package's version, read from its package.json (works from `src/` and `dist/`). */
export function readPackageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  ) {
    return manifest.version;
  }
  throw new Error('core/package.json has no version');
}
