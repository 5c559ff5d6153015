/** Runs tasks one at a time per key. */
export type KeyedLock = {
  /** Runs `task` once every task queued before it under `key` has settled; resolves as it does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
};

/**
 * Serialises a tenant's configuration writes inside this process. The store checks one document
 * at a time (`expectedVersion`), but some rules span documents: a user saved while its team is
 * being removed, two codes saved as the default at once. Running a tenant's writes in turn keeps
 * those rules true, and also delivers its change notifications in commit order. Keys with
 * nothing queued are forgotten, so the map does not grow with the number of tenants ever seen.
 */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
