/**
 * The Messaging API calls made for every answer (reply, push, loading animation), on Node's own
 * http/https with a keep-alive agent. The SDK's client goes through the global `fetch` (undici):
 * a Request, Headers, web streams, an AbortSignal and a copy of the request per call cost more
 * CPU under load than the webhook that brought the event. Everything else (rich menus,
 * profiles, quota, set-up) stays on the SDK.
 *
 * At the wire a call is the SDK's: the same URL, headers (Authorization, User-Agent,
 * X-Line-Retry-Key) and JSON body. A call LINE refuses rejects with the SDK's `HTTPFetchError`
 * (status, headers, body), a failed connection with an error whose `cause` has the socket's code,
 * as fetch's does, so delivery classifies both paths alike. Nothing is logged here.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createRequire } from "node:module";
import { HTTPFetchError, type messagingApi } from "@line/bot-sdk";
import type { LineMessagingApi } from "./delivery.js";
import { CallTimeout } from "./timing.js";

/** Options for {@link createLineMessagingTransport}. */
export interface LineMessagingTransportOptions {
  channelAccessToken: string;
  /** Instead of `https://api.line.me` (tests, proxies); `http:` is allowed for those. */
  apiBaseUrl?: string;
  /**
   * A call not answered by then is abandoned, its connection closed, with {@link CallTimeout}
   * (the SDK's fetch has no limit of its own).
   */
  timeoutMs?: number;
  /** Longest response body read; LINE's are well under a kilobyte. */
  maxResponseBytes?: number;
}

/** The calls this transport makes; the adapter takes the rest of {@link LineMessagingApi} from the SDK. */
export type LineSendCalls = Pick<
  LineMessagingApi,
  "replyMessage" | "pushMessage" | "showLoadingAnimation"
>;

const DEFAULT_BASE_URL = "https://api.line.me";
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
/**
 * Idle keep-alive connections are closed after this (undici's default too); LINE's own idle
 * limit, when it announces one in `Keep-Alive`, shortens it.
 */
const IDLE_SOCKET_MS = 4_000;
/** Connections open at once; a burst beyond this waits for a free one (within the timeout). */
const MAX_SOCKETS = 256;

// The SDK's own User-Agent, so LINE sees the same client either way.
const SDK_VERSION = (
  createRequire(import.meta.url)("@line/bot-sdk/package.json") as { version: string }
).version;
const USER_AGENT = `@line/bot-sdk/${SDK_VERSION}`;

/** Creates the transport; `close()` ends its idle connections. */
export function createLineMessagingTransport(
  options: LineMessagingTransportOptions,
): LineSendCalls & { close(): void } {
  // As the SDK resolves paths: `new URL("/v2/...", base)`, so a path in the base is dropped.
  const base = new URL(options.apiBaseUrl ?? DEFAULT_BASE_URL);
  const secure = base.protocol === "https:";
  if (!secure && base.protocol !== "http:") {
    throw new Error(`LINE API base URL must be http(s), not ${base.protocol}`);
  }
  const agentOptions = { keepAlive: true, timeout: IDLE_SOCKET_MS, maxSockets: MAX_SOCKETS };
  const agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  const request = secure ? httpsRequest : httpRequest;
  const target = {
    protocol: base.protocol,
    hostname: base.hostname.replace(/^\[|\]$/g, ""),
    port: base.port || (secure ? 443 : 80),
    agent,
  };
  // Headers as a flat list go to the wire as they are (an object is set one header at a time);
  // Host is then ours to give, as the URL's host (the port only when not the default).
  const fixedHeaders = [
    "host",
    base.host,
    "content-type",
    "application/json",
    "user-agent",
    USER_AGENT,
    "authorization",
    `Bearer ${options.channelAccessToken}`,
  ];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  const post = (path: string, payload: unknown, retryKey?: string): Promise<undefined> => {
    const body = JSON.stringify(payload);
    const headers = [...fixedHeaders, "content-length", String(Buffer.byteLength(body))];
    if (retryKey !== undefined) headers.push("x-line-retry-key", retryKey);
    return new Promise((resolve, reject) => {
      let settled = false;
      const req = request({ ...target, method: "POST", path, headers });
      const timer = setTimeout(() => {
        if (!settled) {
          settled = true;
          reject(new CallTimeout(`line api call took longer than ${timeoutMs} ms`));
        }
        req.destroy();
      }, timeoutMs);
      req.on("close", () => clearTimeout(timer));
      req.on("error", (error: Error & { code?: unknown }) => {
        if (settled) return;
        settled = true;
        const code = typeof error.code === "string" ? error.code : error.message;
        reject(new Error(`line api request failed (${code})`, { cause: error }));
      });
      req.on("response", (res) => {
        res.on("error", () => {});
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          // LINE took the call: that is the outcome, whatever happens to the rest of the body.
          settled = true;
          resolve(undefined);
          discard(res, maxBytes);
        } else {
          readBounded(res, maxBytes, (text) => {
            if (settled) return;
            settled = true;
            reject(refusal(res, status, text));
          });
        }
      });
      req.end(body);
    });
  };

  return {
    replyMessage: (call: messagingApi.ReplyMessageRequest) => post("/v2/bot/message/reply", call),
    pushMessage: (call: messagingApi.PushMessageRequest, retryKey?: string) =>
      post("/v2/bot/message/push", call, retryKey),
    showLoadingAnimation: (call: messagingApi.ShowLoadingAnimationRequest) =>
      post("/v2/bot/chat/loading/start", call),
    close: () => agent.destroy(),
  };
}

/** Reads and drops a body; one larger than `maxBytes` closes its connection. */
function discard(res: IncomingMessage, maxBytes: number): void {
  let size = 0;
  res.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) res.destroy();
  });
}

/** The body as text, at most `maxBytes` of it (the connection is closed past that). */
function readBounded(res: IncomingMessage, maxBytes: number, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  res.on("data", (chunk: Buffer) => {
    if (size >= maxBytes) return;
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) res.destroy();
  });
  // After the end, or after the connection broke or was closed: what came is what there is.
  res.on("close", () => done(Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8")));
}

/** The SDK's error for a refused call, so delivery reads status, Retry-After and LINE's message. */
function refusal(res: IncomingMessage, status: number, body: string): HTTPFetchError {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    headers.append(raw[index] as string, raw[index + 1] as string);
  }
  const statusText = res.statusMessage ?? "";
  return new HTTPFetchError(`${status} - ${statusText}`, { status, statusText, headers, body });
}
