import { Pool } from "undici";
import { CallTimeout } from "./call-timeout.js";
import { closeDispatcher } from "./close-dispatcher.js";
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
/** Connections open at once; a burst beyond this waits for a free one (within the timeout). */
const MAX_CONNECTIONS = 256;
/** Creates the client. Idle connections do not keep the process alive (undici unrefs them). */
export function createJsonPoster(options) {
    const { origin } = options;
    if (origin.protocol !== "https:" && origin.protocol !== "http:") {
        throw new Error(`API URL must be http(s), not ${origin.protocol}`);
    }
    // undici closes an idle connection after a few seconds (or what the server's Keep-Alive says,
    // less a margin), before the server would: a call on a connection the server has just closed
    // could not safely be repeated.
    const pool = new Pool(origin.origin, { connections: MAX_CONNECTIONS });
    const limits = {
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
        what: options.what,
        statusIsAnswer: options.statusIsAnswer,
    };
    const fixedHeaders = [...options.headers];
    let closing;
    return {
        post: (path, json, headers) => new Promise((resolve, reject) => {
            const call = new PostCall(limits, resolve, reject);
            pool.dispatch({
                origin: origin.origin,
                path,
                method: "POST",
                headers: headers === undefined ? fixedHeaders : [...fixedHeaders, ...headers],
                body: json,
            }, call);
        }),
        close: (graceMs = 0) => {
            closing ??= closeDispatcher(pool, graceMs);
            return closing;
        },
    };
}
/** One call as undici's dispatcher drives it; it settles once. */
class PostCall {
    limits;
    resolve;
    reject;
    settled = false;
    done = false;
    abort;
    timer;
    status = 0;
    statusOnly = false;
    statusText = "";
    rawHeaders = [];
    chunks = [];
    size = 0;
    constructor(limits, resolve, reject) {
        this.limits = limits;
        this.resolve = resolve;
        this.reject = reject;
        this.timer = setTimeout(() => this.timeOut(), limits.timeoutMs);
    }
    onConnect(abort) {
        // Timed out while waiting for a connection: it must not be sent late.
        if (this.done)
            abort(new CallTimeout("abandoned"));
        else
            this.abort = abort;
    }
    onHeaders(status, rawHeaders, _resume, statusText) {
        if (status < 200)
            return true; // 100 Continue and the like: the answer is still to come
        this.status = status;
        this.statusText = statusText;
        this.rawHeaders = rawHeaders;
        this.statusOnly = this.limits.statusIsAnswer?.(status) === true;
        return true;
    }
    onData(chunk) {
        if (this.done)
            return true;
        this.size += chunk.length;
        if (!this.statusOnly)
            this.chunks.push(chunk);
        if (this.size > this.limits.maxBytes) {
            // Settled first: the abort comes back as an error, which then only ends the call.
            this.answer(new Error(`response body over ${this.limits.maxBytes} bytes`));
            this.finish();
            this.abort?.(new Error("response body over the bound"));
        }
        return true;
    }
    onComplete() {
        this.answer(undefined);
        this.finish();
    }
    onError(error) {
        // After the status, a broken connection cuts the body short; before it, the call failed.
        if (this.status !== 0)
            this.answer(error);
        else
            this.fail(error);
        this.finish();
    }
    timeOut() {
        const late = new CallTimeout(`${this.limits.what} took longer than ${this.limits.timeoutMs} ms`);
        if (this.statusOnly)
            this.answer(late);
        else
            this.fail(late);
        this.done = true;
        this.abort?.(new CallTimeout("abandoned"));
    }
    answer(cutShort) {
        if (this.settled)
            return;
        this.settled = true;
        const text = this.statusOnly
            ? ""
            : Buffer.concat(this.chunks).subarray(0, this.limits.maxBytes).toString("utf8");
        this.chunks.length = 0;
        const response = {
            status: this.status,
            statusText: this.statusText,
            rawHeaders: this.rawHeaders,
            text,
        };
        if (cutShort)
            response.cutShort = cutShort;
        this.resolve(response);
    }
    fail(error) {
        if (this.settled)
            return;
        this.settled = true;
        this.reject(error);
    }
    finish() {
        this.done = true;
        clearTimeout(this.timer);
    }
}
//# sourceMappingURL=json-post.js.map