import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE_NAME = 'token-secret.key';

/**
 * The key that signs access tokens: `TOKEN_SECRET` (base64url, ≥ 32 bytes) when set, else a random
 * key created once in the data directory (mode 0600), so tokens survive a restart.
 */
export function loadTokenSecret(dataDir: string, fromEnvironment: string | undefined): Uint8Array {
  if (fromEnvironment) return Buffer.from(fromEnvironment, 'base64url');
  const path = join(dataDir, FILE_NAME);
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return secret;
}
