/** Settles with `promise`, or rejects after `ms` (a platform or store that never answers). */
export function within(promise, ms, what) {
    promise.catch(() => { });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
//# sourceMappingURL=check.js.map