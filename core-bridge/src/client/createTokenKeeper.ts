import { parseContract, tokenResponseSchema, type TokenRequest } from '@patchbay/core/contract';
import type { ApiFetch } from './createApiFetch.js';
import { CoreClientError } from './CoreClientError.js';
import type { ClientTimers } from './CoreClientOptions.js';
import type { CoreTokens, ResumeRequest, SignInRequest } from './CoreTokens.js';

/** What {@link createTokenKeeper} needs. */
export type TokenKeeperOptions = {
  apiFetch: ApiFetch;
  now: () => number;
  timers: ClientTimers;
  /** How long before expiry to refresh; capped at half the token's lifetime. */
  refreshLeadMs: number;
  /** The wait before retrying failed background refresh number `attempt` (from 0). */
  retryDelay: (attempt: number) => number;
  onTokens: ((tokens: CoreTokens) => void) | undefined;
  /** Receives what `onTokens` and the listeners throw. */
  reportHandlerError: (error: unknown) => void;
};

/** The client's session: its tokens, kept fresh. */
export type TokenKeeper = {
  signIn(request: SignInRequest): Promise<CoreTokens>;
  resume(request: ResumeRequest): Promise<CoreTokens>;
  current(): CoreTokens | undefined;
  /**
   * The current tokens, or the error to reject with without them: SIGNED_OUT after `signOut`,
   * UNAUTHENTICATED before sign-in and once the session could not be renewed.
   */
  requireTokens(): CoreTokens;
  /** An access token to send now: refreshed first when it is about to expire. */
  accessToken(): Promise<string>;
  /**
   * The core refused `rejected`: the newer token when a refresh already replaced it, else the
   * token of a new refresh. Concurrent callers share one refresh, because a refresh token is
   * single use and spending it twice makes the core revoke the whole session.
   */
  renewAfterRejection(rejected: string): Promise<string>;
  /** While enabled, refreshes by timer shortly before expiry (the event socket needs that). */
  keepFresh(enabled: boolean): void;
  /** Called after every sign-in, resume and refresh. Returns a function that removes it. */
  onChange(listener: (tokens: CoreTokens) => void): () => void;
  /** Called once the session cannot be renewed (the refresh was refused): sign in again. */
  onSignedOut(listener: (error: CoreClientError) => void): () => void;
  /**
   * Forgets the tokens at once, then revokes the session at the core (`/oauth/revoke`, RFC 7009).
   * Rejects when the core could not be told; the tokens are forgotten all the same.
   */
  signOut(): Promise<void>;
};

type Session = { readonly tokens: CoreTokens; readonly refreshAt: number };

/** Codes with which the token endpoint refuses a refresh for good (retrying cannot help). */
const REFUSALS: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'INVALID_REQUEST', 'FORBIDDEN']);

/**
 * Signs in, resumes and refreshes against the core's token endpoint (`/oauth/token`). Access
 * tokens are refreshed lazily before a request when close to expiry, by timer while `keepFresh`
 * is on, and once after the core refuses one. A refused refresh ends the session (`onSignedOut`);
 * `signOut` ends it on purpose and revokes it at the core (`/oauth/revoke`).
 */
export function createTokenKeeper(options: TokenKeeperOptions): TokenKeeper {
  const { apiFetch, now, timers } = options;
  const changeListeners = new Set<(tokens: CoreTokens) => void>();
  const signedOutListeners = new Set<(error: CoreClientError) => void>();
  let session: Session | undefined;
  /** Bumped by sign-in, resume and sign-out, so a refresh that was overtaken is not applied. */
  let generation = 0;
  let rejected = false;
  let refreshing: Promise<CoreTokens> | undefined;
  let keepingFresh = false;
  let timer: unknown;
  let failedRefreshes = 0;
  /** Set by `signOut`, cleared by the next sign-in or resume. */
  let signedOut = false;

  const missingSession = () =>
    signedOut
      ? new CoreClientError({ code: 'SIGNED_OUT', message: 'signed out: call auth.signIn or auth.resume' })
      : new CoreClientError({ code: 'UNAUTHENTICATED', message: 'not signed in: call auth.signIn or auth.resume' });
  const requireSession = (): Session => {
    if (!session) throw missingSession();
    return session;
  };

  const safely = (run: () => void) => {
    try {
      run();
    } catch (error) {
      options.reportHandlerError(error);
    }
  };

  const clearTimer = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (delayMs: number) => {
    clearTimer();
    timer = timers.setTimeout(onTimer, Math.max(0, delayMs));
  };

  const scheduleNextRefresh = () => {
    clearTimer();
    if (keepingFresh && session) schedule(session.refreshAt - now());
  };

  function onTimer(): void {
    timer = undefined;
    refresh().then(
      () => {
        failedRefreshes = 0;
      },
      () => {
        // A refused refresh already signed out; anything else (network) is retried with backoff.
        if (keepingFresh && session) schedule(options.retryDelay(failedRefreshes++));
      },
    );
  }

  const grant = async (body: TokenRequest, forGeneration: number): Promise<CoreTokens> => {
    const answer = await apiFetch({ method: 'POST', path: '/oauth/token', body });
    const parsed = parseContract(tokenResponseSchema, answer);
    if (!parsed.ok) {
      throw new CoreClientError({
        code: 'PROTOCOL_ERROR',
        message: 'the token endpoint answered outside the contract',
        issues: parsed.issues,
      });
    }
    if (forGeneration !== generation) {
      // Someone signed in (or out) meanwhile: their session wins.
      if (session) return session.tokens;
      throw signedOut ? missingSession() : new CoreClientError({ code: 'UNAUTHENTICATED', message: 'signed out' });
    }
    const receivedAt = now();
    const lifetimeMs = parsed.value.expires_in * 1000;
    const tokens: CoreTokens = {
      accessToken: parsed.value.access_token,
      refreshToken: parsed.value.refresh_token,
      expiresAt: receivedAt + lifetimeMs,
      scopes: parsed.value.scope.split(' ').filter((scope) => scope !== ''),
      tenantId: parsed.value.tenant_id,
      userId: parsed.value.user_id,
    };
    session = { tokens, refreshAt: receivedAt + lifetimeMs - Math.min(options.refreshLeadMs, lifetimeMs / 2) };
    rejected = false;
    scheduleNextRefresh();
    const { onTokens } = options;
    if (onTokens) safely(() => onTokens(tokens));
    for (const listener of [...changeListeners]) safely(() => listener(tokens));
    return tokens;
  };

  const endSession = (cause: unknown) => {
    session = undefined;
    generation += 1;
    clearTimer();
    const error = new CoreClientError({
      code: 'UNAUTHENTICATED',
      message: 'the session could not be renewed: sign in again',
      ...(cause instanceof CoreClientError && cause.status !== undefined ? { status: cause.status } : {}),
      cause,
    });
    for (const listener of [...signedOutListeners]) safely(() => listener(error));
    return error;
  };

  const refresh = (): Promise<CoreTokens> => {
    if (refreshing) return refreshing;
    if (!session) return Promise.reject(missingSession());
    const forGeneration = generation;
    const body: TokenRequest = { grant_type: 'refresh_token', refresh_token: session.tokens.refreshToken };
    refreshing = grant(body, forGeneration)
      .catch((error: unknown) => {
        const refused = error instanceof CoreClientError && REFUSALS.has(error.code);
        if (refused && forGeneration === generation) throw endSession(error);
        // The app signed out meanwhile (which revoked this very refresh token): say so.
        if (signedOut && !session) throw missingSession();
        throw error;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };

  const startSession = (body: TokenRequest) => {
    generation += 1;
    rejected = false;
    signedOut = false;
    return grant(body, generation);
  };

  return {
    signIn: ({ tenant, username, password }) => startSession({ grant_type: 'password', tenant, username, password }),
    resume: ({ refreshToken }) => startSession({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    current: () => session?.tokens,
    requireTokens: () => requireSession().tokens,

    async accessToken() {
      const { tokens, refreshAt } = requireSession();
      if (rejected || now() >= refreshAt) return (await refresh()).accessToken;
      return tokens.accessToken;
    },

    async renewAfterRejection(rejectedToken) {
      const { tokens } = requireSession();
      if (tokens.accessToken === rejectedToken) rejected = true;
      else if (!rejected) return tokens.accessToken;
      return (await refresh()).accessToken;
    },

    keepFresh(enabled) {
      keepingFresh = enabled;
      failedRefreshes = 0;
      scheduleNextRefresh();
    },

    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    onSignedOut(listener) {
      signedOutListeners.add(listener);
      return () => signedOutListeners.delete(listener);
    },

    async signOut() {
      const ending = session;
      session = undefined;
      generation += 1;
      rejected = false;
      signedOut = true;
      clearTimer();
      if (!ending) return;
      // A refresh still in flight spends this same token: revoking it revokes what that refresh
      // gets too, since the core revokes the whole chain.
      await apiFetch({
        method: 'POST',
        path: '/oauth/revoke',
        body: { token: ending.tokens.refreshToken, token_type_hint: 'refresh_token' },
      });
    },
  };
}
