/**
 * Bounded retries for Bot API calls, as a grammY API transformer (what `@grammyjs/auto-retry`
 * does, kept small and explicit here: auto-retry repeats a send after a network failure, which
 * could show a person the same message twice, and waits out any Retry-After inside the call,
 * where a newer answer could not overtake it). A 429 is retried after Telegram's `retry_after` for every
 * method, because Telegram did nothing with the call. Server errors and network failures are
 * retried only where a second attempt cannot show the person something twice.
 */
import { HttpError } from "grammy";
import { abortableSleep } from "../shared/sleep.js";
export { abortableSleep };
/**
 * The part of an abort signal a sleep needs. grammY's Node typings use the `abort-controller`
 * package's signal type, which is not Node's own; both fit this.
 */
// Sending again after an unclear failure could deliver a message twice; the design forbids that.
// Opening a forum topic again could leave a case two topics (the staff side retries it itself).
const NOT_REPEATABLE = /^(send|forward|copy|createForumTopic$)/;
// These fail before the request reaches Telegram, so even a send may safely try again.
const CONNECT_ERRORS = new Set([
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EHOSTUNREACH",
    "ENETUNREACH",
]);
/** Creates the transformer; install it with `api.config.use(...)`. */
export function createRetryTransformer(options) {
    const maxAttempts = options.maxAttempts ?? 4;
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 120;
    const baseDelay = options.baseDelayMs ?? 500;
    const sleep = options.sleep ?? abortableSleep;
    const { logger } = options;
    return async (prev, method, payload, signal) => {
        // The poller has its own error handling, and a long poll must stop promptly.
        if (method === "getUpdates")
            return prev(method, payload, signal);
        for (let attempt = 1;; attempt += 1) {
            const last = attempt >= maxAttempts || signal?.aborted === true;
            let response;
            try {
                response = await prev(method, payload, signal);
            }
            catch (error) {
                if (last || !repeatableAfter(method, error))
                    throw error;
                logger.warn("telegram call failed, retrying", { method, attempt, error: describe(error) });
                await sleep(baseDelay * 2 ** (attempt - 1), signal);
                continue;
            }
            if (response.ok || last)
                return response;
            const retryAfter = response.parameters?.retry_after;
            if (response.error_code === 429 && typeof retryAfter === "number") {
                if (retryAfter > maxRetryAfter)
                    return response;
                logger.warn("telegram rate limit, waiting", {
                    method,
                    attempt,
                    retryAfterSeconds: retryAfter,
                });
                await sleep(retryAfter * 1000, signal);
                continue;
            }
            if (response.error_code >= 500 && !NOT_REPEATABLE.test(method)) {
                await sleep(baseDelay * 2 ** (attempt - 1), signal);
                continue;
            }
            return response;
        }
    };
}
function repeatableAfter(method, error) {
    if (!(error instanceof HttpError))
        return false;
    return !NOT_REPEATABLE.test(method) || neverReachedTelegram(error);
}
/** True when a call failed before its request reached Telegram: sending it again is safe. */
export function neverReachedTelegram(error) {
    if (!(error instanceof HttpError))
        return false;
    const cause = error.error;
    return typeof cause?.code === "string" && CONNECT_ERRORS.has(cause.code);
}
function describe(error) {
    // grammY keeps the token out of HttpError messages; the cause's code says what went wrong.
    const cause = error instanceof HttpError ? error.error : undefined;
    const code = typeof cause?.code === "string" ? ` (${cause.code})` : "";
    return error instanceof Error ? `${error.message}${code}` : String(error);
}
//# sourceMappingURL=api-retry.js.map