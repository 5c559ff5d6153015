import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from '../../../src/auth/passwordHash.js';
import { cheapPasswords } from './cheapPasswords.js';
import { createTestService, seedTenant, TENANT_A, TENANT_B } from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

const PASSWORD = 'correct horse battery';

// The first test uses the production scrypt cost; the others a cheap one (same format and checker).
const setup = async (passwords = cheapPasswords) => {
  const { store, service } = createTestService({ passwords });
  await seedTenant(service);
  await service.setPassword(TENANT_A, 'u1', PASSWORD);
  return { store, service };
};

describe('credentials', () => {
  it('log in by user id or by email (any case), returning the user and never the hash', async () => {
    const { store, service } = await setup({ hash: hashPassword, verify: verifyPassword });
    const user = await service.get(TENANT_A, 'users', 'u1');
    await expect(service.verifyPassword(TENANT_A, 'u1', PASSWORD)).resolves.toEqual(user);
    await expect(service.verifyPassword(TENANT_A, 'ADA@example.com', PASSWORD)).resolves.toEqual(user);

    const credential = await store.getDocument(TENANT_A, 'credential', 'u1');
    const hash = (credential?.body as { hash: string }).hash;
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(hash).not.toContain(PASSWORD);
    const everythingReturned = JSON.stringify([
      await service.list(TENANT_A, 'users'),
      user,
      await service.verifyPassword(TENANT_A, 'u1', PASSWORD),
    ]);
    expect(everythingReturned).not.toContain(hash);
    expect(everythingReturned).not.toContain('scrypt');
    // Setting a password is no configuration change: no event names it.
    expect(JSON.stringify(await store.readEvents(TENANT_A, 'config', 0, 1_000))).not.toContain('credential');
  });

  it('answer undefined for a wrong password, login or tenant alike', async () => {
    const { service } = await setup();
    await service.createTenant({ id: TENANT_B, name: 'Globex' });
    await expect(service.verifyPassword(TENANT_A, 'u1', 'wrong password!!')).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'nobody', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'nobody@example.com', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_B, 'u1', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword('no-such-tenant', 'u1', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'u1', 'x'.repeat(5_000))).resolves.toBeUndefined();
  });

  it('check a password even for an unknown tenant or login, so failures take as long', async () => {
    let checks = 0;
    const { service } = await setup({
      ...cheapPasswords,
      verify: (password, stored) => {
        checks += 1;
        return cheapPasswords.verify(password, stored);
      },
    });
    await service.verifyPassword(TENANT_A, 'nobody', PASSWORD);
    await service.verifyPassword('no-such-tenant', 'u1', PASSWORD);
    await service.verifyPassword(TENANT_A, 'u1', 'wrong password!!');
    expect(checks).toBe(3);
  });

  it('answer undefined for a user without a password, and for an email two users share', async () => {
    const { service } = await setup();
    await service.create(TENANT_A, 'users', { id: 'u2', name: 'Bea', email: 'shared@example.com', roles: ['admin'] });
    await expect(service.verifyPassword(TENANT_A, 'u2', PASSWORD)).resolves.toBeUndefined();
    await service.setPassword(TENANT_A, 'u2', PASSWORD);
    await expect(service.verifyPassword(TENANT_A, 'shared@example.com', PASSWORD)).resolves.toMatchObject({ id: 'u2' });
    await service.create(TENANT_A, 'users', { id: 'u3', name: 'Cy', email: 'Shared@example.com', roles: ['admin'] });
    await expect(service.verifyPassword(TENANT_A, 'shared@example.com', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'u2', PASSWORD)).resolves.toMatchObject({ id: 'u2' });
  });

  it('replace the old password when set again', async () => {
    const { service } = await setup();
    await service.setPassword(TENANT_A, 'u1', 'a brand new passphrase');
    await expect(service.verifyPassword(TENANT_A, 'u1', PASSWORD)).resolves.toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'u1', 'a brand new passphrase')).resolves.toMatchObject({ id: 'u1' });
  });

  it('refuse an unknown user and a password outside 12-200 characters, leaving the store unchanged', async () => {
    const { store, service } = await setup();
    const before = await snapshotStore(store);
    await expect(service.setPassword(TENANT_A, 'nobody', PASSWORD)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'userId',
    });
    for (const password of ['short', 'x'.repeat(11), 'x'.repeat(201)]) {
      await expect(service.setPassword(TENANT_A, 'u1', password)).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
        field: 'password',
      });
    }
    await expect(service.setPassword(TENANT_A, 'u1', 42 as unknown as string)).rejects.toMatchObject({
      field: 'password',
    });
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('are removed with their user', async () => {
    const { store, service } = await setup();
    await service.remove(TENANT_A, 'users', 'u1');
    expect(await store.getDocument(TENANT_A, 'credential', 'u1')).toBeUndefined();
    await expect(service.verifyPassword(TENANT_A, 'u1', PASSWORD)).resolves.toBeUndefined();
    // A new user with the same id starts without a password.
    await service.create(TENANT_A, 'users', { id: 'u1', name: 'Ada again', roles: ['admin'] });
    await expect(service.verifyPassword(TENANT_A, 'u1', PASSWORD)).resolves.toBeUndefined();
  });
});
