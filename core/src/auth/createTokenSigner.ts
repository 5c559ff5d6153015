import { SignJWT, errors, jwtVerify } from 'jose';
import { USER_ROLES, type UserRole } from '../contract/index.js';
import type { Scheduler } from '../time/Scheduler.js';
import { AuthError } from './AuthError.js';
import type { Principal } from './Principal.js';
import { SCOPES, type Scope } from './scopes.js';

export type TokenSignerOptions = {
  /** HMAC key, at least 32 bytes. Kept in the data directory (or TOKEN_SECRET); never logged. */
  secret: Uint8Array;
  /** The `iss` and `aud` of every token, e.g. the core's base URL. */
  issuer: string;
  /**
   * Access token lifetime in whole seconds (`TOKEN_TTL_SECONDS`); refresh tokens renew it. Default
   * 15 minutes. A token cannot be revoked before it expires, so this bounds how long one outlives
   * a sign-out.
   */
  accessTokenSeconds?: number | undefined;
  scheduler: Pick<Scheduler, 'now'>;
};

/** A signed access token and when it expires. */
export type SignedAccessToken = {
  readonly token: string;
  /** Milliseconds since the Unix epoch. */
  readonly expiresAt: number;
  /** The token's lifetime in seconds, for `expires_in`. */
  readonly expiresIn: number;
};

export type TokenSigner = {
  sign(principal: Principal): Promise<SignedAccessToken>;
  /** Returns the principal of a valid token, or throws AuthError UNAUTHENTICATED. */
  verify(token: string): Promise<Principal>;
};

const ALGORITHM = 'HS256';
const KNOWN_SCOPES: ReadonlySet<string> = new Set(Object.values(SCOPES));
const KNOWN_ROLES: ReadonlySet<string> = new Set(USER_ROLES);

/**
 * Signs and verifies the core's bearer tokens: compact JWTs (HS256) carrying the tenant, the user,
 * their roles and scopes, and the sign-in session (`sid`) when there is one. Verification checks signature, algorithm, issuer, audience and expiry
 * against the injected clock, then the claims' shapes, so a token signed by us but malformed is
 * refused too.
 */
export function createTokenSigner(options: TokenSignerOptions): TokenSigner {
  if (options.secret.byteLength < 32) throw new RangeError('token secret must be at least 32 bytes');
  const { secret, issuer, scheduler } = options;
  const lifetimeSeconds = options.accessTokenSeconds ?? 15 * 60;
  if (!Number.isSafeInteger(lifetimeSeconds) || lifetimeSeconds < 1) {
    throw new RangeError('access token lifetime must be a whole number of seconds, at least 1');
  }
  const nowSeconds = () => Math.floor(scheduler.now() / 1000);

  return {
    async sign(principal) {
      const issuedAt = nowSeconds();
      const expiresAtSeconds = issuedAt + lifetimeSeconds;
      const token = await new SignJWT({
        tid: principal.tenantId,
        roles: principal.roles,
        scope: principal.scopes.join(' '),
        ...(principal.sessionId === undefined ? {} : { sid: principal.sessionId }),
      })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(principal.userId)
        .setIssuer(issuer)
        .setAudience(issuer)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAtSeconds)
        .sign(secret);
      return { token, expiresAt: expiresAtSeconds * 1000, expiresIn: lifetimeSeconds };
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, {
          algorithms: [ALGORITHM],
          issuer,
          audience: issuer,
          currentDate: new Date(scheduler.now()),
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        return toPrincipal(payload);
      } catch (error) {
        if (error instanceof AuthError) throw error;
        const reason = error instanceof errors.JWTExpired ? 'token expired' : 'invalid token';
        throw new AuthError('UNAUTHENTICATED', reason, { cause: error });
      }
    },
  };
}

function toPrincipal(payload: Record<string, unknown>): Principal {
  const { sub, tid, roles, scope, exp, sid } = payload;
  const roleList = Array.isArray(roles) ? roles : [];
  const scopeList = typeof scope === 'string' && scope !== '' ? scope.split(' ') : [];
  const valid =
    typeof sub === 'string' &&
    typeof tid === 'string' &&
    (sid === undefined || typeof sid === 'string') &&
    roleList.length > 0 &&
    roleList.every((role) => typeof role === 'string' && KNOWN_ROLES.has(role)) &&
    scopeList.every((item) => KNOWN_SCOPES.has(item));
  if (!valid) throw new AuthError('UNAUTHENTICATED', 'invalid token claims');
  return {
    tenantId: tid,
    userId: sub,
    roles: roleList as UserRole[],
    scopes: scopeList as Scope[],
    ...(typeof exp === 'number' ? { expiresAt: exp * 1000 } : {}),
    ...(typeof sid === 'string' ? { sessionId: sid } : {}),
  };
}
