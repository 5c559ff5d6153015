import { randomUUID } from 'node:crypto';
import type { User } from '../../contract/index.js';
import { checkPassword } from './checkPassword.js';
import type { ConfigContext } from './ConfigContext.js';
import { configErrors } from './configErrors.js';
import { createConfigWrite } from './createConfigWrite.js';
import { toVersioned } from './createConfigReader.js';
import { DOCUMENT_KINDS } from './documentKinds.js';
import type { Versioned } from './Versioned.js';

/** The body of a credential document. */
export type CredentialBody = { hash: string };

/** Users' passwords: set by admins, checked at the token endpoint. */
export type Credentials = {
  set(tenantId: string, userId: string, password: string): Promise<void>;
  verify(tenantId: string, login: string, password: string): Promise<Versioned<User> | undefined>;
};

// Longer than any password `set` accepts: it cannot match, so it is refused without hashing.
const MAX_CHECKED_LENGTH = 200;

/**
 * Credentials are documents of their own (kind `credential`, id = the user id) so that no read of
 * users can ever return a hash. A failed login takes as long whichever part was wrong: an unknown
 * tenant or login is checked against a throwaway hash instead of answering at once.
 */
export function createCredentials(context: ConfigContext): Credentials {
  const { store, reader, passwords } = context;
  let decoyHash: Promise<string> | undefined;
  const decoy = () => (decoyHash ??= passwords.hash(randomUUID()));

  async function findUser(tenantId: string, login: string) {
    const byId = await reader.findEntity(tenantId, 'users', login);
    if (byId) return byId;
    // Emails are case-insensitive in practice; an email several users share identifies nobody.
    const wanted = login.toLowerCase();
    const matches = (await store.listDocuments(tenantId, 'users')).filter(
      (document) => (document.body as User).email?.toLowerCase() === wanted,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  return {
    async set(tenantId, userId, password) {
      await reader.requireTenant(tenantId);
      await reader.requireEntity(tenantId, 'users', userId, 'userId');
      const checked = checkPassword(password, 'password');
      const body: CredentialBody = { hash: await passwords.hash(checked) };
      const current = await store.getDocument(tenantId, DOCUMENT_KINDS.credential, userId);
      const write = createConfigWrite(tenantId);
      const changed = configErrors.versionMismatch('credential of user', userId, 'changed meanwhile; retry');
      write.putDocument(
        { tenantId, kind: DOCUMENT_KINDS.credential, id: userId, body, expectedVersion: current?.version ?? 0 },
        changed,
      );
      await write.commit(store, context.now());
    },

    async verify(tenantId, login, password) {
      if (typeof password !== 'string' || password.length > MAX_CHECKED_LENGTH) return undefined;
      const tenant = await reader.findTenant(tenantId);
      const user = tenant && typeof login === 'string' ? await findUser(tenantId, login) : undefined;
      const credential = user && (await store.getDocument(tenantId, DOCUMENT_KINDS.credential, user.id));
      const hash = (credential?.body as Partial<CredentialBody> | undefined)?.hash;
      if (!user || typeof hash !== 'string') {
        await passwords.verify(password, await decoy());
        return undefined;
      }
      return (await passwords.verify(password, hash)) ? toVersioned<User>(user) : undefined;
    },
  };
}
