/**
 * The calls an answer makes (sendMessage, and a button's answerCallbackQuery and
 * editMessageReplyMarkup) go to the Bot API through the adapters' shared JSON client
 * (`../shared/json-post.ts`, undici's connection pool) instead of grammY's client. grammY's client
 * on Node builds, for every call, an AbortController (a userland EventTarget), a timer, a
 * null-stripping JSON serialisation and a node-fetch Request, Headers and Response over
 * node:http; with two sendMessage calls an ordinary answer, that was about a millisecond of CPU an
 * answer in the Telegram adapter, more than the webhook, the throttler and the rendering
 * together.
 *
 * It is the innermost transformer, so the throttler and the retries stay in front of it and see
 * the same answers and errors as before: the Bot API's JSON (`ok`, `error_code`,
 * `parameters.retry_after`) whatever the status, and a failure to get one thrown as grammY's
 * `HttpError` wrapping the cause (a refused connection keeps its `code`, which tells the retries
 * the call never reached Telegram). Every other method, and any call with an abort signal (the
 * poller's), goes on to grammY's client unchanged.
 */
import { HttpError } from "grammy";
import { createJsonPoster } from "../shared/json-post.js";
/**
 * Methods whose payloads are plain JSON: none of them can carry a file (an `InputFile` needs
 * grammY's multipart upload), so none of them needs grammY's client.
 */
const DIRECT_METHODS = new Set([
    "sendMessage",
    "answerCallbackQuery",
    "editMessageReplyMarkup",
]);
/**
 * Creates the transport. Its idle connections do not keep the process alive (undici unrefs
 * them); the adapter closes it only once the dispatcher has drained, which still sends through
 * it after the channel stopped receiving.
 */
export function createBotApiTransport(options) {
    const root = new URL(options.apiRoot);
    const prefix = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/`;
    const client = createJsonPoster({
        origin: root,
        headers: ["content-type", "application/json"],
        timeoutMs: options.timeoutMs,
        what: "bot api call",
    });
    const transformer = async (prev, method, payload, signal) => {
        if (!DIRECT_METHODS.has(method) || signal !== undefined)
            return prev(method, payload, signal);
        // grammY's own wording; the token is not in it.
        const failed = (cause) => new HttpError(`Network request for '${method}' failed!`, cause);
        let text;
        try {
            // grammY drops null fields; the adapter never puts one in these payloads.
            const response = await client.post(prefix + method, JSON.stringify(payload));
            if (response.cutShort)
                throw response.cutShort;
            text = response.text;
        }
        catch (error) {
            throw failed(error);
        }
        try {
            // The Bot API answers errors (429, 403, ...) as JSON too; the transformers read them.
            return JSON.parse(text);
        }
        catch (error) {
            throw failed(error);
        }
    };
    return { transformer, close: (graceMs) => client.close(graceMs) };
}
//# sourceMappingURL=bot-api-transport.js.map