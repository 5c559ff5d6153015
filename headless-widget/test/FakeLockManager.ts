import type { LeaderLocks } from '@patchbay/headless-widget';

type Waiter = {
  callback: () => Promise<void>;
  resolve: () => void;
  reject: (reason: unknown) => void;
};

/**
 * An in-memory Web Locks manager for Node tests: exclusive mode only, FIFO hand-over and
 * AbortSignal cancellation of waiting requests, as the Web Locks spec defines. Anything else
 * (shared mode, ifAvailable, steal) throws, so code cannot lean on behaviour this fake lacks.
 * The real `navigator.locks` is exercised by the browser suite in test/e2e.
 */
export class FakeLockManager implements LeaderLocks {
  private readonly queues = new Map<string, Waiter[]>();
  private readonly held = new Set<string>();

  request(name: string, options: LockOptions, callback: () => Promise<void>): Promise<void> {
    const { mode, signal, ...rest } = options;
    if (mode !== 'exclusive' || Object.keys(rest).length > 0) throw new Error(`FakeLockManager: unsupported options`);
    if (signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { callback, resolve, reject };
      const queue = this.queues.get(name) ?? [];
      queue.push(waiter);
      this.queues.set(name, queue);
      signal?.addEventListener('abort', () => {
        const index = queue.indexOf(waiter);
        if (index < 0) return;
        queue.splice(index, 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
      this.grant(name);
    });
  }

  private grant(name: string): void {
    if (this.held.has(name)) return;
    const waiter = this.queues.get(name)?.shift();
    if (!waiter) return;
    this.held.add(name);
    waiter
      .callback()
      .then(waiter.resolve, waiter.reject)
      .finally(() => {
        this.held.delete(name);
        this.grant(name);
      });
  }
}
