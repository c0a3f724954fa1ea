/** The part of an AbortSignal a sleep needs (tests pass a plain object). */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/**
 * Resolves after `ms`, or at once when `signal` aborts: shutdown must not sit out a long
 * Retry-After or backoff.
 */
export function abortableSleep(ms: number, signal?: AbortLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * What `work` settles to, or `fallback` once `ms` have passed first (the work is not waited for
 * after that). The timer is cleared either way, so nothing is left to keep the process alive.
 */
export async function settledOr<T, F>(work: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  const timer = new AbortController();
  try {
    return await Promise.race([work, abortableSleep(ms, timer.signal).then(() => fallback)]);
  } finally {
    timer.abort();
  }
}
