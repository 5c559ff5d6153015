import type { TokenStorage } from '../controller/createRefreshTokenStore.js';

/**
 * The page's storage, or a storage kept in memory when the browser refuses it. A CRM frames the
 * desktop from another site, and a browser that blocks third-party storage (an incognito window,
 * a strict privacy setting) throws `SecurityError` on the first read of `sessionStorage` or
 * `indexedDB`. The desktop still works there; it only forgets what it kept when the page reloads.
 */
export function readPageStorage(read: () => TokenStorage): TokenStorage {
  try {
    return read();
  } catch {
    const values = new Map<string, string>();
    return {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
      removeItem: (key) => void values.delete(key),
    };
  }
}

/**
 * Whether this page may keep data the agent's other tabs share: false where the browser blocks
 * third-party storage (it refuses `sessionStorage` at once, and IndexedDB, Web Locks and
 * BroadcastChannel along with it, though those fail only when used).
 */
export function canSharePageStorage(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}
