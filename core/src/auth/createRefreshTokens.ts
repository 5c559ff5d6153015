import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CoreStore, StoreDocument } from '../store/CoreStore.js';
import { StoreError } from '../store/StoreError.js';
import type { Scheduler } from '../time/Scheduler.js';
import { AuthError } from './AuthError.js';

/** Who a refresh token was issued to. */
export type RefreshTokenOwner = { readonly tenantId: string; readonly userId: string };

/**
 * One sign-in session: a rotation family of refresh tokens. `sessionId` is the family's id; access
 * tokens carry it (`sid`), so revoking one of them can end the session too.
 */
export type RefreshSession = RefreshTokenOwner & { readonly sessionId: string };

/** A refresh token just issued, with the session it belongs to. */
export type IssuedRefreshToken = RefreshSession & { readonly token: string };

export type RefreshTokens = {
  /** A new refresh token, starting a new rotation family (a new session). */
  issue(owner: RefreshTokenOwner): Promise<IssuedRefreshToken>;
  /**
   * Spends a refresh token and returns its owner with the next token of the family. A token used
   * twice means it leaked: the whole family is revoked and both holders must sign in again.
   */
  rotate(token: string): Promise<IssuedRefreshToken>;
  /**
   * Revokes the whole family of a token (sign-out, RFC 7009): the token itself, the ones it was
   * rotated from and the one it was rotated into. Spent and expired tokens count, since their
   * family may still hold a live one. Resolves with the revoked session, or undefined when the
   * token is malformed, unknown or already revoked: the secret must match, so only its holder can
   * revoke a token, and the tenant comes from the token itself.
   */
  revoke(token: string): Promise<RefreshSession | undefined>;
  /** Revokes one session of a user; a no-op when that user has no such session in that tenant. */
  revokeSession(session: RefreshSession): Promise<void>;
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
    return deletes.length;
  };
  // A rotation may commit between the listing and the deletes, adding a token the listing missed:
  // list again until nothing matches. One that has not committed yet cannot add a token any more,
  // because its parent is gone and its expected version no longer matches.
  const revokeFamily = async (session: RefreshSession) => {
    const inFamily = (record: RefreshTokenRecord) =>
      record.familyId === session.sessionId && record.userId === session.userId;
    for (;;) {
      if ((await revokeWhere(session.tenantId, inFamily)) === 0) return;
    }
  };

  /** The stored record of a token whose secret matches, with its document. */
  const find = async (token: string) => {
    const parsed = parseToken(token);
    if (!parsed) return undefined;
    const document = await store.getDocument(parsed.tenantId, KIND, parsed.id);
    const record = document ? readRecord(document) : undefined;
    if (!document || !record || !sameSecret(parsed.secret, record.secretHash)) return undefined;
    return { parsed, document, record };
  };

  return {
    async issue(owner) {
      const sessionId = random(16).toString('base64url');
      const { id, record, token } = newToken(owner, sessionId);
      await store.commit({ puts: [{ tenantId: owner.tenantId, kind: KIND, id, body: record, expectedVersion: 0 }] });
      return { ...owner, sessionId, token };
    },

    async rotate(token) {
      const found = await find(token);
      if (!found) throw unauthenticated('invalid refresh token');
      const { parsed, document, record } = found;
      if (record.used) {
        await revokeFamily({ tenantId: parsed.tenantId, userId: record.userId, sessionId: record.familyId });
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
          await revokeFamily({ tenantId: parsed.tenantId, userId: record.userId, sessionId: record.familyId });
          throw unauthenticated('refresh token reused');
        }
        throw error;
      }
      return { ...owner, sessionId: record.familyId, token: next.token };
    },

    async revoke(token) {
      const found = await find(token);
      if (!found) return undefined;
      const session = {
        tenantId: found.parsed.tenantId,
        userId: found.record.userId,
        sessionId: found.record.familyId,
      };
      await revokeFamily(session);
      return session;
    },

    revokeSession: revokeFamily,

    async revokeUser(owner) {
      await revokeWhere(owner.tenantId, (record) => record.userId === owner.userId);
    },
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
