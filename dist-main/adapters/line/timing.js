/**
 * Time limits for LINE API calls. The SDK's fetch client has no timeout of its own, so a stalled
 * connection would otherwise hold one person's queue (and shutdown) indefinitely.
 */
import { CallTimeout } from "../shared/call-timeout.js";
import { abortableSleep } from "../shared/sleep.js";
/** A LINE API call did not answer in time; LINE may or may not have acted on it. */
export { CallTimeout };
/** Settles with `promise`, or rejects with {@link CallTimeout} after `ms`. */
export function withTimeout(promise, ms, what) {
    // The losing promise may still reject later; without a handler that would crash the process.
    promise.catch(() => { });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CallTimeout(`${what} took longer than ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** Waits `ms`, or less when `signal` aborts (shutdown must not sit out a long Retry-After). */
export const sleep = abortableSleep;
/** An error's name and message, never a payload, for logs. */
export { errorText as describeError } from "../../core/error-text.js";
//# sourceMappingURL=timing.js.map