import { describe, expect, it } from '@jest/globals';
import { createRefreshTokens } from '../../src/auth/createRefreshTokens.js';
import { createMemoryStore } from '../../src/store/createMemoryStore.js';
import { ManualScheduler } from '../support/ManualScheduler.js';

const ada = { tenantId: 'acme', userId: 'ada' };

function setup() {
  const store = createMemoryStore();
  const scheduler = new ManualScheduler();
  return { store, scheduler, tokens: createRefreshTokens({ store, scheduler, lifetimeSeconds: 3600 }) };
}

const refused = (reason: string) =>
  expect.objectContaining({ name: 'AuthError', code: 'UNAUTHENTICATED', message: `[auth] ${reason}` });

describe('createRefreshTokens', () => {
  it('rotates: each token works once and yields the next', async () => {
    const { tokens } = setup();
    const issued = await tokens.issue(ada);
    const first = issued.token;
    expect(first).toMatch(/^pbr\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const second = await tokens.rotate(first);
    expect(second).toMatchObject(ada);
    expect(second.sessionId).toBe(issued.sessionId);
    expect(second.token).not.toBe(first);
    await expect(tokens.rotate(second.token)).resolves.toMatchObject(ada);
  });

  it('stores only a hash of the secret', async () => {
    const { tokens, store } = setup();
    const { token } = await tokens.issue(ada);
    const secret = token.split('.')[3] as string;
    const [document] = await store.listDocuments('acme', 'refreshToken');
    expect(JSON.stringify(document)).not.toContain(secret);
  });

  it('revokes the whole family when a spent token is replayed', async () => {
    const { tokens } = setup();
    const { token: stolen } = await tokens.issue(ada);
    const legitimate = await tokens.rotate(stolen);
    await expect(tokens.rotate(stolen)).rejects.toThrow(refused('refresh token reused'));
    await expect(tokens.rotate(legitimate.token)).rejects.toThrow(refused('invalid refresh token'));
  });

  it('lets only one of two concurrent rotations win, and treats the loser as reuse', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ada);
    const results = await Promise.allSettled([tokens.rotate(token), tokens.rotate(token)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((result) => result.status === 'fulfilled');
    if (winner?.status !== 'fulfilled') throw new Error('no winner');
    await expect(tokens.rotate(winner.value.token)).rejects.toThrow(refused('invalid refresh token'));
  });

  it('expires', async () => {
    const { tokens, scheduler } = setup();
    const { token } = await tokens.issue(ada);
    scheduler.advance(3600 * 1000);
    await expect(tokens.rotate(token)).rejects.toThrow(refused('refresh token expired'));
  });

  it('revokes every token of a user, and only theirs', async () => {
    const { tokens } = setup();
    const { token: adaToken } = await tokens.issue(ada);
    const { token: bobToken } = await tokens.issue({ tenantId: 'acme', userId: 'bob' });
    await tokens.revokeUser(ada);
    await expect(tokens.rotate(adaToken)).rejects.toThrow(refused('invalid refresh token'));
    await expect(tokens.rotate(bobToken)).resolves.toMatchObject({ userId: 'bob' });
  });

  it('keeps tenants apart: a token names its tenant and cannot be moved to another', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ada);
    const [prefix, , id, secret] = token.split('.');
    const moved = [prefix, Buffer.from('other').toString('base64url'), id, secret].join('.');
    await expect(tokens.rotate(moved)).rejects.toThrow(refused('invalid refresh token'));
  });

  it.each([[''], ['pbr'], ['pbr.x.y'], ['jwt.a.b.c'], ['pbr..id.secret'], ['pbr.YWNtZQ.id.secret.extra']])(
    'refuses malformed token %p',
    async (token) => {
      const { tokens } = setup();
      await expect(tokens.rotate(token)).rejects.toThrow(refused('invalid refresh token'));
    },
  );

  it('refuses a forged secret for a real id', async () => {
    const { tokens } = setup();
    const { token } = await tokens.issue(ada);
    const forged = token.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(tokens.rotate(forged)).rejects.toThrow(refused('invalid refresh token'));
  });

  describe('revoke', () => {
    it('revokes the whole chain from any of its tokens, spent or not, and names the session', async () => {
      const { tokens } = setup();
      const issued = await tokens.issue(ada);
      const second = await tokens.rotate(issued.token);
      const third = await tokens.rotate(second.token);
      await expect(tokens.revoke(issued.token)).resolves.toEqual({ ...ada, sessionId: issued.sessionId });
      await expect(tokens.rotate(third.token)).rejects.toThrow(refused('invalid refresh token'));
    });

    it('leaves the user’s other sessions alone', async () => {
      const { tokens } = setup();
      const laptop = await tokens.issue(ada);
      const phone = await tokens.issue(ada);
      await tokens.revoke(laptop.token);
      await expect(tokens.rotate(phone.token)).resolves.toMatchObject({ sessionId: phone.sessionId });
    });

    it('revokes an expired token’s chain too', async () => {
      const { tokens, scheduler, store } = setup();
      const { token } = await tokens.issue(ada);
      scheduler.advance(3600 * 1000);
      await expect(tokens.revoke(token)).resolves.toMatchObject(ada);
      await expect(store.listDocuments('acme', 'refreshToken')).resolves.toEqual([]);
    });

    it.each([[''], ['pbr.x.y'], ['not a token'], ['eyJhbGciOiJIUzI1NiJ9.e30.sig']])(
      'answers undefined for malformed token %p',
      async (token) => {
        const { tokens } = setup();
        await expect(tokens.revoke(token)).resolves.toBeUndefined();
      },
    );

    it('answers undefined for an already revoked token, and for a forged secret (revoking nothing)', async () => {
      const { tokens } = setup();
      const { token } = await tokens.issue(ada);
      const forged = token.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await expect(tokens.revoke(forged)).resolves.toBeUndefined();
      const next = await tokens.rotate(token);
      await tokens.revoke(next.token);
      await expect(tokens.revoke(next.token)).resolves.toBeUndefined();
    });

    it('never reaches another tenant: a token moved there revokes nothing', async () => {
      const { tokens } = setup();
      const acme = await tokens.issue(ada);
      const globex = await tokens.issue({ tenantId: 'globex', userId: 'ada' });
      const [prefix, , id, secret] = acme.token.split('.');
      const moved = [prefix, Buffer.from('globex').toString('base64url'), id, secret].join('.');
      await expect(tokens.revoke(moved)).resolves.toBeUndefined();
      await tokens.revoke(acme.token);
      await expect(tokens.rotate(globex.token)).resolves.toMatchObject({ tenantId: 'globex' });
    });

    it('revokes a chain that a concurrent rotation extends', async () => {
      const { tokens, store } = setup();
      const { token } = await tokens.issue(ada);
      const [rotation, revocation] = await Promise.allSettled([tokens.rotate(token), tokens.revoke(token)]);
      expect(revocation).toMatchObject({ status: 'fulfilled' });
      if (rotation.status === 'fulfilled') {
        await expect(tokens.rotate(rotation.value.token)).rejects.toThrow(refused('invalid refresh token'));
      }
      await expect(store.listDocuments('acme', 'refreshToken')).resolves.toEqual([]);
    });
  });

  describe('revokeSession', () => {
    it('revokes one session of its user only', async () => {
      const { tokens } = setup();
      const laptop = await tokens.issue(ada);
      const phone = await tokens.issue(ada);
      await tokens.revokeSession({ tenantId: 'acme', userId: 'bob', sessionId: laptop.sessionId });
      await tokens.revokeSession({ tenantId: 'globex', userId: 'ada', sessionId: laptop.sessionId });
      const rotated = await tokens.rotate(laptop.token);
      await tokens.revokeSession({ ...ada, sessionId: laptop.sessionId });
      await expect(tokens.rotate(rotated.token)).rejects.toThrow(refused('invalid refresh token'));
      await expect(tokens.rotate(phone.token)).resolves.toMatchObject(ada);
    });
  });
});
