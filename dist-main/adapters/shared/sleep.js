/**
 * Resolves after `ms`, or at once when `signal` aborts: shutdown must not sit out a long
 * Retry-After or backoff.
 */
export function abortableSleep(ms, signal) {
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
export async function settledOr(work, ms, fallback) {
    const timer = new AbortController();
    try {
        return await Promise.race([work, abortableSleep(ms, timer.signal).then(() => fallback)]);
    }
    finally {
        timer.abort();
    }
}
//# sourceMappingURL=sleep.js.map