/** Runs async work one piece at a time per key, in the order it was queued. */
export type SerialLanes = {
  /** Queues `work` behind everything queued for `key`; resolves or rejects with it. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves once everything queued so far (on every key) has finished. */
  drain(): Promise<void>;
};

const ignore = () => undefined;

/**
 * One FIFO lane per tenant. The runtime's commands and reactions await configuration reads and
 * commits, and telephony events arrive at any time; running each tenant's work in order keeps its
 * state changes, and therefore its commits and event seqs, in the order things happened, while
 * tenants never wait for each other. A lane is forgotten once it runs dry.
 */
export function createSerialLanes(): SerialLanes {
  const tails = new Map<string, Promise<void>>();

  return {
    run(key, work) {
      const result = (tails.get(key) ?? Promise.resolve()).then(work);
      const tail = result.then(ignore, ignore);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },

    async drain() {
      while (tails.size > 0) await Promise.all(tails.values());
    },
  };
}
