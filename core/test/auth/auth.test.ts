import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { createTokenSigner } from '../../src/auth/createTokenSigner.js';
import { hashPassword, verifyPassword } from '../../src/auth/passwordHash.js';
import type { Principal } from '../../src/auth/Principal.js';
import { scopesForRoles } from '../../src/auth/scopes.js';
import { ManualScheduler } from '../support/ManualScheduler.js';

const secret = new TextEncoder().encode('a-test-secret-that-is-32-bytes-long!!');
const issuer = 'http://127.0.0.1:8080';
const agent: Principal = { tenantId: 'acme', userId: 'u1', roles: ['agent'], scopes: scopesForRoles(['agent']) };

describe('scopesForRoles', () => {
  it.each([
    [['agent'], ['config:read', 'agent:self']],
    [['supervisor'], ['config:read', 'supervise']],
    [['admin'], ['config:read', 'config:write', 'supervise', 'simulator']],
    [
      ['agent', 'supervisor'],
      ['config:read', 'agent:self', 'supervise'],
    ],
  ] as const)('%p → %p', (roles, scopes) => {
    expect(scopesForRoles(roles)).toEqual(scopes);
  });
});

describe('createTokenSigner', () => {
  const setup = () => {
    const scheduler = new ManualScheduler();
    return { scheduler, signer: createTokenSigner({ secret, issuer, scheduler, accessTokenSeconds: 600 }) };
  };
  const unauthenticated = (reason: string) =>
    expect.objectContaining({ name: 'AuthError', code: 'UNAUTHENTICATED', message: `[auth] ${reason}` });

  it('round-trips a principal and reports the expiry', async () => {
    const { scheduler, signer } = setup();
    const { token, expiresAt } = await signer.sign(agent);
    expect(expiresAt).toBe(scheduler.now() + 600_000);
    await expect(signer.verify(token)).resolves.toEqual({ ...agent, expiresAt });
  });

  it('refuses an expired token', async () => {
    const { scheduler, signer } = setup();
    const { token } = await signer.sign(agent);
    scheduler.advance(600_000);
    await expect(signer.verify(token)).rejects.toThrow(unauthenticated('token expired'));
  });

  it('refuses a token signed with another key, tampered with, or from another issuer', async () => {
    const { scheduler, signer } = setup();
    const other = createTokenSigner({ secret: new Uint8Array(32).fill(7), issuer, scheduler });
    await expect(signer.verify((await other.sign(agent)).token)).rejects.toThrow(unauthenticated('invalid token'));

    const [header, , signature] = (await signer.sign(agent)).token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'u1', tid: 'other-tenant', roles: ['admin'] })).toString(
      'base64url',
    );
    await expect(signer.verify(`${header}.${forgedPayload}.${signature}`)).rejects.toThrow(
      unauthenticated('invalid token'),
    );

    const elsewhere = createTokenSigner({ secret, issuer: 'https://evil.example', scheduler });
    await expect(signer.verify((await elsewhere.sign(agent)).token)).rejects.toThrow(unauthenticated('invalid token'));
  });

  it.each([['not-a-token'], [''], ['a.b.c']])('refuses garbage %p', async (token) => {
    const { signer } = setup();
    await expect(signer.verify(token)).rejects.toThrow(unauthenticated('invalid token'));
  });

  it('refuses an unsigned (alg none) token', async () => {
    const { signer } = setup();
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'u1', tid: 'acme', roles: ['admin'], iss: issuer, aud: issuer }),
    ).toString('base64url');
    await expect(signer.verify(`${header}.${payload}.`)).rejects.toThrow(unauthenticated('invalid token'));
  });

  it.each([
    [{ tid: 'acme', roles: ['wizard'], scope: 'config:read' }],
    [{ tid: 'acme', roles: [], scope: '' }],
    [{ roles: ['agent'], scope: 'agent:self' }],
    [{ tid: 'acme', roles: ['agent'], scope: 'root' }],
  ])('refuses a correctly signed token with bad claims %p', async (claims) => {
    const { scheduler, signer } = setup();
    const now = Math.floor(scheduler.now() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer(issuer)
      .setAudience(issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(secret);
    await expect(signer.verify(token)).rejects.toThrow(unauthenticated('invalid token claims'));
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => createTokenSigner({ secret: new Uint8Array(16), issuer, scheduler: new ManualScheduler() })).toThrow(
      RangeError,
    );
  });
});

describe('password hashes', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    await expect(verifyPassword('correct horse battery staple', first)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', first)).resolves.toBe(false);
  });

  it.each([['plain'], ['scrypt$1$2'], ['bcrypt$x$y$z$salt$hash'], ['scrypt$131072$8$1$c2FsdA$c2hvcnQ']])(
    'treats a malformed hash %p as a mismatch',
    async (stored) => {
      await expect(verifyPassword('anything', stored)).resolves.toBe(false);
    },
  );
});
