/**
 * Sending on LINE, reply first. A reply token is free but single-use and short-lived (about a
 * minute); a push counts against the account's monthly quota (200 on the free plan). So the
 * first call is always the reply, and a push happens only when the token turned out to be
 * expired or when there is more than one call's worth of messages. Every push carries an
 * `X-Line-Retry-Key`, reused on its retries, so LINE accepts it once however often it is retried.
 */
import { createHash, randomUUID } from "node:crypto";
import { HTTPFetchError } from "@line/bot-sdk";
import { CallTimeout, sleep, withTimeout } from "./timing.js";
const DEFAULTS = {
    callTimeoutMs: 10_000,
    maxAttempts: 4,
    replyWindowMs: 50_000,
    pushWindowMs: 60_000,
};
/** Sends rendered calls to one person, reply first, with retries and push fallback. */
export class LineDelivery {
    api;
    logger;
    signal;
    settings;
    constructor(options) {
        this.api = options.api;
        this.logger = options.logger;
        this.signal = options.signal;
        this.settings = {
            callTimeoutMs: options.callTimeoutMs ?? DEFAULTS.callTimeoutMs,
            maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
            replyWindowMs: options.replyWindowMs ?? DEFAULTS.replyWindowMs,
            pushWindowMs: options.pushWindowMs ?? DEFAULTS.pushWindowMs,
        };
    }
    /** Sends `calls` (each at most five messages) in order. Never throws; failures are logged. */
    async deliver(calls, target) {
        const report = {
            replied: false,
            pushes: 0,
            unsent: 0,
            retryable: false,
            uncertain: 0,
        };
        let pending = calls;
        const log = { conversation: target.conversation };
        const first = pending[0];
        if (target.replyToken && first) {
            const replyToken = target.replyToken;
            const { verdict, ambiguous } = await this.attempt("reply", () => this.api.replyMessage({ replyToken, messages: first }), target.receivedAt + this.settings.replyWindowMs);
            if (verdict.kind === "ok") {
                report.replied = true;
                pending = pending.slice(1);
            }
            else if (verdict.kind === "invalid-reply-token" &&
                (ambiguous ||
                    (target.replyMaybeUsed && Date.now() < target.receivedAt + this.settings.replyWindowMs))) {
                // A reply token is single-use: after an attempt with no clear answer, "invalid" most
                // likely means that attempt went through. A push now would show the answer twice.
                this.logger.warn("line reply outcome unknown; not pushing it again", log);
                pending = pending.slice(1);
                report.uncertain += 1;
            }
            else if (verdict.kind === "invalid-reply-token" ||
                // Rate-limited until the token's time ran out: it was never used, so a push is no repeat.
                (verdict.kind === "failed" && verdict.exhausted && !ambiguous)) {
                this.logger.info("line reply token unusable; falling back to push", {
                    ...log,
                    reason: verdict.kind === "failed" ? verdict.reason : "invalid reply token",
                });
            }
            else {
                this.logger.error("line reply failed", { ...log, reason: reasonOf(verdict) });
                report.unsent += pending.length;
                report.retryable = verdict.kind === "failed" && verdict.exhausted === true;
                return report;
            }
        }
        for (const [index, messages] of pending.entries()) {
            if (!target.pushTo || target.cancelled?.()) {
                this.logger.info("line push skipped: the person is not reachable", log);
                report.unsent += pending.length - index;
                return report;
            }
            const to = target.pushTo;
            // One key per logical push, reused by its retries: LINE answers a repeat with 409.
            const retryKey = target.retryKey ? uuidFrom(`${target.retryKey}:${index}`) : randomUUID();
            const { verdict } = await this.attempt("push", () => this.api.pushMessage({ to, messages }, retryKey), Date.now() + this.settings.pushWindowMs);
            if (verdict.kind === "ok" || verdict.kind === "already-accepted") {
                report.pushes += 1;
                continue;
            }
            if (verdict.kind === "quota-exhausted") {
                this.logger.error("line monthly message quota reached; push not sent", log);
            }
            else {
                this.logger.error("line push failed", { ...log, reason: reasonOf(verdict) });
            }
            // Later calls would arrive with a gap in the conversation; better to stop here.
            report.unsent += pending.length - index;
            return report;
        }
        return report;
    }
    /** Shows the typing-like loading animation in a one-to-one chat; failures only log. */
    async showLoading(chatId, seconds, conversation) {
        try {
            await withTimeout(this.api.showLoadingAnimation({ chatId, loadingSeconds: seconds }), this.settings.callTimeoutMs, "loading animation");
        }
        catch (error) {
            this.logger.debug("line loading animation failed", {
                conversation,
                reason: reasonOf(classify(error)),
            });
        }
    }
    /**
     * Runs `call` until it succeeds or fails for good. `ambiguous` is true when some attempt may
     * have been acted on by LINE although it reported no success.
     */
    async attempt(what, call, deadline) {
        let ambiguous = false;
        for (let attempt = 1;; attempt += 1) {
            let verdict;
            try {
                await withTimeout(call(), this.settings.callTimeoutMs, `line ${what}`);
                verdict = { kind: "ok" };
            }
            catch (error) {
                verdict = classify(error);
            }
            if (verdict.kind !== "retry")
                return { verdict, ambiguous };
            ambiguous ||= verdict.ambiguous;
            const wait = verdict.waitMs ?? backoff(attempt);
            if (attempt >= this.settings.maxAttempts ||
                Date.now() + wait > deadline ||
                this.signal.aborted) {
                const reason = `${verdict.reason}, gave up`;
                return { verdict: { kind: "failed", reason, exhausted: true }, ambiguous };
            }
            this.logger.debug(`line ${what} retry`, { attempt, waitMs: wait, reason: verdict.reason });
            await sleep(wait, this.signal);
            if (this.signal.aborted) {
                return { verdict: { kind: "failed", reason: "shutting down", exhausted: true }, ambiguous };
            }
        }
    }
}
/** A UUID (version 4 layout, as LINE requires for retry keys) derived from `seed`. */
function uuidFrom(seed) {
    const bytes = createHash("sha256").update(seed).digest().subarray(0, 16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s... capped at 8 s. */
function backoff(attempt) {
    const base = Math.min(8000, 500 * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + Math.random() / 2));
}
const CONNECTION_NEVER_MADE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
function classify(error) {
    if (error instanceof HTTPFetchError) {
        const message = apiMessage(error.body);
        const reason = `HTTP ${error.status}${message ? `: ${message}` : ""}`;
        if (error.status === 400 && /reply token/i.test(message))
            return { kind: "invalid-reply-token" };
        if (error.status === 409)
            return { kind: "already-accepted" };
        if (error.status === 429) {
            // The monthly limit answers 429 too, but waiting will not help until next month.
            if (/monthly limit/i.test(message))
                return { kind: "quota-exhausted" };
            return { kind: "retry", ambiguous: false, waitMs: retryAfterMs(error.headers), reason };
        }
        if (error.status >= 500) {
            return { kind: "retry", ambiguous: true, waitMs: retryAfterMs(error.headers), reason };
        }
        return { kind: "failed", reason };
    }
    if (error instanceof CallTimeout)
        return { kind: "retry", ambiguous: true, reason: error.message };
    const code = error?.cause?.code;
    if (typeof code === "string" && CONNECTION_NEVER_MADE.has(code)) {
        return { kind: "retry", ambiguous: false, reason: code };
    }
    return {
        kind: "retry",
        ambiguous: true,
        reason: error instanceof Error ? error.message : "network error",
    };
}
/** LINE's error body is `{"message": "...", "details": [...]}`; only the message is kept. */
function apiMessage(body) {
    try {
        const parsed = JSON.parse(body);
        return typeof parsed.message === "string" ? parsed.message.slice(0, 200) : "";
    }
    catch {
        return "";
    }
}
/** Retry-After in seconds or as an HTTP date, capped so one answer cannot stall a queue. */
function retryAfterMs(headers) {
    const value = headers?.get("retry-after");
    if (!value)
        return undefined;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 60_000) : undefined;
}
function reasonOf(verdict) {
    switch (verdict.kind) {
        case "retry":
        case "failed":
            return verdict.reason;
        default:
            return verdict.kind;
    }
}
//# sourceMappingURL=delivery.js.map