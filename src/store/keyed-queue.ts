/** In-process ordering: one FIFO queue per key, so one conversation's events never interleave. */

/** Runs tasks one at a time per key, in submission order; different keys run concurrently. */
export interface KeyedQueue {
  /**
   * Runs `task` after every task submitted earlier for `key` has settled. A task that throws
   * rejects only its own promise; the queue moves on. Not re-entrant: a task that awaits
   * `run` for its own key waits for itself forever.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Keys with a queued or running task. Idle keys are dropped, so this returns to 0. */
  readonly size: number;
}

/** Creates an empty {@link KeyedQueue}. */
export function createKeyedQueue(): KeyedQueue {
  // Per key, a promise that settles when the last submitted task has finished. It only ever
  // resolves (never rejects), so one failing task cannot poison the chain behind it.
  const tails = new Map<string, Promise<void>>();

  return {
    get size() {
      return tails.size;
    },
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key);
      let finish: () => void = () => {};
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const tail = previous ? previous.then(() => finished) : finished;
      tails.set(key, tail);
      try {
        if (previous) await previous;
        return await task();
      } finally {
        finish();
        // Only the last task in line may drop the key; a later one has replaced the tail.
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
