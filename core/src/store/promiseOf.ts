/**
 * Runs synchronous store work and hands its result, or what it threw, back as a promise: the
 * embedded stores work synchronously but keep the async contract a networked store needs, and a
 * throw becomes a rejection rather than escaping the call.
 */
export function promiseOf<T>(work: () => T | PromiseLike<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}
