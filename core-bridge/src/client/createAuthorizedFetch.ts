import type { ApiFetch, ApiRequest } from './createApiFetch.js';
import { CoreClientError } from './CoreClientError.js';
import type { TokenKeeper } from './createTokenKeeper.js';

/** An {@link ApiFetch} that adds the bearer token itself. */
export type AuthorizedFetch = (request: Omit<ApiRequest, 'token'>) => Promise<unknown>;

/**
 * Sends requests with a fresh access token. When the core still answers 401 (a token revoked or
 * expired early, a clock that runs slow), it refreshes once and retries once: the core checks the
 * token before doing anything, so even a non-idempotent command is safe to send again.
 */
export function createAuthorizedFetch(apiFetch: ApiFetch, tokens: TokenKeeper): AuthorizedFetch {
  return async (request) => {
    const token = await tokens.accessToken();
    try {
      return await apiFetch({ ...request, token });
    } catch (error) {
      if (!(error instanceof CoreClientError) || error.status !== 401) throw error;
      return apiFetch({ ...request, token: await tokens.renewAfterRejection(token) });
    }
  };
}
