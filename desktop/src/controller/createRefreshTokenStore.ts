import type { CoreTokens } from '@patchbay/core-bridge/client';

/** The slice of the Web Storage API the desktop uses (sessionStorage in browsers, a Map in tests). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the session's refresh token lives between page loads. */
export type RefreshTokenStore = {
  readonly load: () => string | undefined;
  /** Pass as the client's `onTokens`: every refresh spends the previous token, so keep the newest. */
  readonly save: (tokens: CoreTokens) => void;
  readonly clear: () => void;
};

export const DEFAULT_TOKEN_KEY = 'patchbay.desktop.refreshToken';

/**
 * Keeps the refresh token in `storage`. sessionStorage fits: it survives a reload of the panel
 * but is not shared with other tabs, which would spend each other's tokens (see the client's
 * README on tokens).
 */
export function createRefreshTokenStore(storage: TokenStorage, key = DEFAULT_TOKEN_KEY): RefreshTokenStore {
  return {
    load: () => storage.getItem(key) ?? undefined,
    save: (tokens) => storage.setItem(key, tokens.refreshToken),
    clear: () => storage.removeItem(key),
  };
}
