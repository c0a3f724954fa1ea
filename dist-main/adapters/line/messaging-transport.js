/**
 * The Messaging API calls made for every answer (reply, push, loading animation), posted through
 * the adapters' shared JSON client (`../shared/json-post.ts`). The SDK's client goes through the
 * global `fetch`: a Request, Headers, web streams, an AbortSignal and a copy of the request per
 * call cost more CPU under load than the webhook that brought the event. Everything else (rich
 * menus, profiles, quota, set-up) stays on the SDK.
 *
 * At the wire a call is the SDK's: the same URL, headers (Authorization, User-Agent,
 * X-Line-Retry-Key) and JSON body. A call LINE refuses rejects with the SDK's `HTTPFetchError`
 * (status, headers, body), a failed connection with an error whose `cause` has the socket's code,
 * as fetch's does, so delivery classifies both paths alike. Nothing is logged here.
 */
import { createRequire } from "node:module";
import { HTTPFetchError } from "@line/bot-sdk";
import { CallTimeout } from "../shared/call-timeout.js";
import { createJsonPoster } from "../shared/json-post.js";
const DEFAULT_BASE_URL = "https://api.line.me";
const DEFAULT_TIMEOUT_MS = 10_000;
// The SDK's own User-Agent, so LINE sees the same client either way.
const SDK_VERSION = createRequire(import.meta.url)("@line/bot-sdk/package.json").version;
const USER_AGENT = `@line/bot-sdk/${SDK_VERSION}`;
/** Creates the transport. */
export function createLineMessagingTransport(options) {
    // As the SDK resolves paths: `new URL("/v2/...", base)`, so a path in the base is dropped.
    const client = createJsonPoster({
        origin: new URL(options.apiBaseUrl ?? DEFAULT_BASE_URL),
        headers: [
            "content-type",
            "application/json",
            "user-agent",
            USER_AGENT,
            "authorization",
            `Bearer ${options.channelAccessToken}`,
        ],
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        what: "line api call",
        ...(options.maxResponseBytes !== undefined
            ? { maxResponseBytes: options.maxResponseBytes }
            : {}),
        // LINE took the call: that is the outcome, whatever happens to the rest of the body.
        statusIsAnswer: (status) => status >= 200 && status < 300,
    });
    const post = async (path, payload, retryKey) => {
        let response;
        try {
            response = await client.post(path, JSON.stringify(payload), retryKey === undefined ? undefined : ["x-line-retry-key", retryKey]);
        }
        catch (error) {
            if (error instanceof CallTimeout)
                throw error;
            const code = error.code;
            const reason = typeof code === "string" ? code : error.message;
            throw new Error(`line api request failed (${reason})`, { cause: error });
        }
        if (response.status >= 200 && response.status < 300)
            return undefined;
        throw refusal(response);
    };
    return {
        replyMessage: (call) => post("/v2/bot/message/reply", call),
        pushMessage: (call, retryKey) => post("/v2/bot/message/push", call, retryKey),
        showLoadingAnimation: (call) => post("/v2/bot/chat/loading/start", call),
        close: (graceMs) => client.close(graceMs),
    };
}
/** The SDK's error for a refused call, so delivery reads status, Retry-After and LINE's message. */
function refusal(response) {
    const { status, statusText, rawHeaders, text } = response;
    const headers = new Headers();
    for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
        headers.append(rawHeaders[index].toString("latin1"), rawHeaders[index + 1].toString("latin1"));
    }
    return new HTTPFetchError(`${status} - ${statusText}`, {
        status,
        statusText,
        headers,
        body: text,
    });
}
//# sourceMappingURL=messaging-transport.js.map