import type { CommitResult, CoreStore, StoreBatch } from '../../../src/store/CoreStore.js';

/** A real store seen through a probe: it records every batch and can hold commits back. */
export type ProbeStore = {
  store: CoreStore;
  /** Every batch committed (or attempted), in call order. */
  batches: StoreBatch[];
  /** From now on, commits wait until `release`. */
  hold(): void;
  /** Resolves once `count` commits are waiting. */
  waitForHeld(count: number): Promise<void>;
  /** Lets the held commits through, in call order, and stops holding. */
  release(): void;
};

/**
 * Wraps a store so tests can make two writers read before either commits: the situation of two
 * processes racing, which the service's own in-process lock would otherwise never let happen.
 */
export function createProbeStore(inner: CoreStore): ProbeStore {
  const batches: StoreBatch[] = [];
  let holding = false;
  let held: Array<() => void> = [];
  let onHeld: (() => void) | undefined;

  const store: CoreStore = {
    ...inner,
    commit(batch): Promise<CommitResult> {
      batches.push(batch);
      if (!holding) return inner.commit(batch);
      return new Promise<void>((resolve) => {
        held.push(resolve);
        onHeld?.();
      }).then(() => inner.commit(batch));
    },
  };

  return {
    store,
    batches,
    hold() {
      holding = true;
    },
    waitForHeld(count) {
      return new Promise((resolve) => {
        onHeld = () => {
          if (held.length >= count) resolve();
        };
        onHeld();
      });
    },
    release() {
      holding = false;
      const waiting = held;
      held = [];
      for (const resume of waiting) resume();
    },
  };
}
