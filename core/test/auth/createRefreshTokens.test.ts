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
    const first = await tokens.issue(ada);
    expect(first).toMatch(/^pbr\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const second = await tokens.rotate(first);
    expect(second).toMatchObject(ada);
    expect(second.token).not.toBe(first);
    await expect(tokens.rotate(second.token)).resolves.toMatchObject(ada);
  });

  it('stores only a hash of the secret', async () => {
    const { tokens, store } = setup();
    const token = await tokens.issue(ada);
    const secret = token.split('.')[3] as string;
    const [document] = await store.listDocuments('acme', 'refreshToken');
    expect(JSON.stringify(document)).not.toContain(secret);
  });

  it('revokes the whole family when a spent token is replayed', async () => {
    const { tokens } = setup();
    const stolen = await tokens.issue(ada);
    const legitimate = await tokens.rotate(stolen);
    await expect(tokens.rotate(stolen)).rejects.toThrow(refused('refresh token reused'));
    await expect(tokens.rotate(legitimate.token)).rejects.toThrow(refused('invalid refresh token'));
  });

  it('lets only one of two concurrent rotations win, and treats the loser as reuse', async () => {
    const { tokens } = setup();
    const token = await tokens.issue(ada);
    const results = await Promise.allSettled([tokens.rotate(token), tokens.rotate(token)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((result) => result.status === 'fulfilled');
    if (winner?.status !== 'fulfilled') throw new Error('no winner');
    await expect(tokens.rotate(winner.value.token)).rejects.toThrow(refused('invalid refresh token'));
  });

  it('expires', async () => {
    const { tokens, scheduler } = setup();
    const token = await tokens.issue(ada);
    scheduler.advance(3600 * 1000);
    await expect(tokens.rotate(token)).rejects.toThrow(refused('refresh token expired'));
  });

  it('revokes every token of a user, and only theirs', async () => {
    const { tokens } = setup();
    const adaToken = await tokens.issue(ada);
    const bobToken = await tokens.issue({ tenantId: 'acme', userId: 'bob' });
    await tokens.revokeUser(ada);
    await expect(tokens.rotate(adaToken)).rejects.toThrow(refused('invalid refresh token'));
    await expect(tokens.rotate(bobToken)).resolves.toMatchObject({ userId: 'bob' });
  });

  it('keeps tenants apart: a token names its tenant and cannot be moved to another', async () => {
    const { tokens } = setup();
    const token = await tokens.issue(ada);
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
    const token = await tokens.issue(ada);
    const forged = token.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await expect(tokens.rotate(forged)).rejects.toThrow(refused('invalid refresh token'));
  });
});
