import { randomBytes, scryptSync } from 'node:crypto';
import { verifyPassword } from '../../../src/auth/passwordHash.js';
import type { PasswordHasher } from '../../../src/service/config/PasswordHasher.js';

/**
 * The production hash format and checker with scrypt's cost lowered (N = 2^10): the stored string
 * carries its parameters, so `verifyPassword` checks these as it checks real ones, in a
 * millisecond instead of half a second. For tests that are not about hashing itself.
 */
export const cheapPasswords: PasswordHasher = {
  hash(password) {
    const salt = randomBytes(16);
    const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
    return Promise.resolve(['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$'));
  },
  verify: verifyPassword,
};
