import { gzipSync } from 'node:zlib';
import type { FixtureFile } from '../startFixtureServer.js';

/** A bundle's size as the targets count it: min+gzip (level 9), with the minified size beside it. */
export function formatBundleSize(file: FixtureFile): string {
  const minified = Buffer.byteLength(file.body);
  const gzipped = gzipSync(file.body, { level: 9 }).length;
  return `${(gzipped / 1024).toFixed(2)} KB gzip (${(minified / 1024).toFixed(1)} KB min)`;
}
