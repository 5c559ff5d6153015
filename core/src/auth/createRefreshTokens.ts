import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CoreStore, StoreDocument } from '../store/CoreStore.js';
import { StoreError } from '../store/StoreError.js';
import type { Scheduler } from '../time/Scheduler.js';
import { AuthError } from './AuthError.js';

/** Who a refresh token was issued to. */
export type RefreshTokenOwner = { readonly tenantId: string; readonly userId: string };

export type RefreshTokens = {
  /** A new refresh token, starting a new rotation family. */
  issue(owner: RefreshTokenOwner): Promise<string>;
  /**
   * Spends a refresh token and returns its owner with the next token of the family. A token used
   * twice means it leaked: the whole family is revoked and both holders must sign in again.
   */
  rotate(token: string): Promise<RefreshTokenOwner & { readonly token: string }>;
  /** Revokes every refresh token of a user (sign-out everywhere, password change, user removed). */
  revokeUser(owner: RefreshTokenOwner): Promise<void>;
};

export type RefreshTokensOptions = {
  store: CoreStore;
  scheduler: Pick<Scheduler, 'now'>;
  /** Default 30 days. */
  lifetimeSeconds?: number;
  /** Injected for tests; default node:crypto randomBytes. */
  random?: (size: number) => Buffer;
};

type RefreshTokenRecord = {
  userId: string;
  familyId: string;
  /** SHA-256 of the secret part: the store never holds a usable token. */
  secretHash: string;
  expiresAt: number;
  used: boolean;
};

const KIND = 'refreshToken';
const PREFIX = 'pbr';

/**
 * Opaque, rotating refresh tokens kept in the store: `pbr.<tenant>.<id>.<secret>`. Only a hash of
 * the secret is stored; each use returns a new token and retires the old one (OAuth 2.0 Security
 * BCP, refresh token rotation with reuse detection).
 */
export function createRefreshTokens(options: RefreshTokensOptions): RefreshTokens {
  const { store, scheduler } = options;
  const lifetimeMs = (options.lifetimeSeconds ?? 30 * 24 * 3600) * 1000;
  const random = options.random ?? randomBytes;
  const unauthenticated = (reason: string) => new AuthError('UNAUTHENTICATED', reason);

  const newToken = (owner: RefreshTokenOwner, familyId: string) => {
    const id = random(16).toString('base64url');
    const secret = random(32).toString('base64url');
    const record: RefreshTokenRecord = {
      userId: owner.userId,
      familyId,
      secretHash: hashSecret(secret),
      expiresAt: scheduler.now() + lifetimeMs,
      used: false,
    };
    const tenant = Buffer.from(owner.tenantId).toString('base64url');
    return { id, record, token: `${PREFIX}.${tenant}.${id}.${secret}` };
  };

  const revokeWhere = async (tenantId: string, match: (record: RefreshTokenRecord) => boolean) => {
    const documents = await store.listDocuments(tenantId, KIND);
    const deletes = documents
      .filter((doc) => match(doc.body as RefreshTokenRecord))
      .map((doc) => ({ tenantId, kind: KIND, id: doc.id }));
    if (deletes.length > 0) await store.commit({ deletes });
  };

  return {
    async issue(owner) {
      const { id, record, token } = newToken(owner, random(16).toString('base64url'));
      await store.commit({ puts: [{ tenantId: owner.tenantId, kind: KIND, id, body: record, expectedVersion: 0 }] });
      return token;
    },

    async rotate(token) {
      const parsed = parseToken(token);
      if (!parsed) throw unauthenticated('invalid refresh token');
      const document = await store.getDocument(parsed.tenantId, KIND, parsed.id);
      const record = document ? readRecord(document) : undefined;
      if (!document || !record || !sameSecret(parsed.secret, record.secretHash))
        throw unauthenticated('invalid refresh token');
      if (record.used) {
        await revokeWhere(parsed.tenantId, (other) => other.familyId === record.familyId);
        throw unauthenticated('refresh token reused');
      }
      if (record.expiresAt <= scheduler.now()) throw unauthenticated('refresh token expired');
      const owner = { tenantId: parsed.tenantId, userId: record.userId };
      const next = newToken(owner, record.familyId);
      try {
        await store.commit({
          puts: [
            {
              tenantId: owner.tenantId,
              kind: KIND,
              id: parsed.id,
              body: { ...record, used: true },
              expectedVersion: document.version,
            },
            { tenantId: owner.tenantId, kind: KIND, id: next.id, body: next.record, expectedVersion: 0 },
          ],
        });
      } catch (error) {
        // Another request spent the same token first: that is reuse too.
        if (error instanceof StoreError && error.code === 'VERSION_CONFLICT') {
          await revokeWhere(parsed.tenantId, (other) => other.familyId === record.familyId);
          throw unauthenticated('refresh token reused');
        }
        throw error;
      }
      return { ...owner, token: next.token };
    },

    revokeUser: (owner) => revokeWhere(owner.tenantId, (record) => record.userId === owner.userId),
  };
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

function sameSecret(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret));
  const expected = Buffer.from(expectedHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function parseToken(token: string): { tenantId: string; id: string; secret: string } | undefined {
  const [prefix, tenant, id, secret, ...rest] = token.split('.');
  if (prefix !== PREFIX || !tenant || !id || !secret || rest.length > 0) return undefined;
  const tenantId = Buffer.from(tenant, 'base64url').toString('utf8');
  return tenantId === '' ? undefined : { tenantId, id, secret };
}

function readRecord(document: StoreDocument): RefreshTokenRecord | undefined {
  const body = document.body as Partial<RefreshTokenRecord> | null;
  if (
    !body ||
    typeof body.userId !== 'string' ||
    typeof body.familyId !== 'string' ||
    typeof body.secretHash !== 'string'
  ) {
    return undefined;
  }
  return body as RefreshTokenRecord;
}
