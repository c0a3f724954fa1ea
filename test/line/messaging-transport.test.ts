/**
 * The lean Messaging API transport (reply, push, loading animation) against a local HTTP server
 * standing in for LINE: what it sends (the SDK's request, byte for byte where it matters), what
 * it makes of LINE's answers (the errors delivery classifies), and the failures a network has:
 * a reset connection, nobody listening. The time limit and the size bound are the shared
 * client's (test/adapters/json-post.test.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { HTTPFetchError, messagingApi } from "@line/bot-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LineDelivery } from "../../src/adapters/line/delivery.js";
import {
  createLineMessagingTransport,
  type LineSendCalls,
} from "../../src/adapters/line/messaging-transport.js";
import { createLogger } from "../../src/logger.js";

const TOKEN = "test-access-token";
const USER = "U0123456789abcdef0123456789abcdef";
const TEXT = "今日は少し外に出られました";
const RETRY_KEY = "123e4567-e89b-42d3-a456-426614174000";

/** A request as the stand-in received it. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Which connection it came on (keep-alive reuses one). */
  connection: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: Server;
let url: string;
let handler: Handler;
const seen: Seen[] = [];
const sockets = new Map<Socket, number>();
const closedConnections: number[] = [];
const transports: { close(): void }[] = [];

const answer =
  (status: number, body: object = {}, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const call: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        connection: sockets.get(req.socket) ?? -1,
      };
      seen.push(call);
      handler(req, res, call);
    });
  });
  server.on("connection", (socket: Socket) => {
    const id = sockets.size;
    sockets.set(socket, id);
    socket.on("close", () => closedConnections.push(id));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const transport of transports.splice(0)) transport.close();
  server.closeAllConnections();
  seen.length = 0;
  handler = answer(200);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function transport(options: { timeoutMs?: number; maxResponseBytes?: number } = {}) {
  const created = createLineMessagingTransport({
    channelAccessToken: TOKEN,
    apiBaseUrl: url,
    ...options,
  });
  transports.push(created);
  return created;
}

const message: messagingApi.TextMessage = { type: "text", text: TEXT };

/** The error a call rejects with (failing the test when it resolves). */
async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.unreachable("the call should have failed"),
    (error: unknown) => error,
  );
}

describe("what goes over the wire", () => {
  it("is the SDK's request: URL, method, JSON body and headers, retry key included", async () => {
    handler = answer(200, { sentMessages: [] });
    const sdk = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: url });
    const lean = transport();
    const calls: [string, (api: LineSendCalls) => Promise<unknown>][] = [
      ["reply", (api) => api.replyMessage({ replyToken: "r-1", messages: [message] })],
      ["push", (api) => api.pushMessage({ to: USER, messages: [message] }, RETRY_KEY)],
      ["push without key", (api) => api.pushMessage({ to: USER, messages: [message] })],
      ["loading", (api) => api.showLoadingAnimation({ chatId: USER, loadingSeconds: 20 })],
    ];
    for (const [what, call] of calls) {
      await call(sdk);
      await call(lean);
      const [bySdk, byLean] = seen.splice(0) as [Seen, Seen];
      expect(byLean.method, what).toBe(bySdk.method);
      expect(byLean.url, what).toBe(bySdk.url);
      expect(byLean.body, what).toBe(bySdk.body);
      for (const name of [
        "host",
        "connection",
        "authorization",
        "content-type",
        "content-length",
        "user-agent",
        "x-line-retry-key",
      ]) {
        expect(byLean.headers[name], `${what}: ${name}`).toBe(bySdk.headers[name]);
      }
    }
  });

  it("goes to LINE's paths and says who it is", async () => {
    const api = transport();
    await api.replyMessage({ replyToken: "r-2", messages: [message] });
    await api.pushMessage({ to: USER, messages: [message] }, RETRY_KEY);
    await api.showLoadingAnimation({ chatId: USER, loadingSeconds: 20 });
    expect(seen.map((call) => `${call.method} ${call.url}`)).toEqual([
      "POST /v2/bot/message/reply",
      "POST /v2/bot/message/push",
      "POST /v2/bot/chat/loading/start",
    ]);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[1]?.headers["x-line-retry-key"]).toBe(RETRY_KEY);
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ to: USER, messages: [message] });
  });

  it("keeps its connections open for the next calls, as the SDK does", async () => {
    // undici (under this transport and under the SDK's fetch) waits a turn of the event loop
    // before it reuses a connection, so a call made the moment the last one ended takes a second.
    const api = transport();
    for (let index = 0; index < 6; index += 1) {
      await api.replyMessage({ replyToken: `r-${index}`, messages: [message] });
    }
    expect(new Set(seen.map((call) => call.connection)).size).toBeLessThanOrEqual(2);
  });

  it("drops a path in the base URL, as the SDK does", async () => {
    const api = createLineMessagingTransport({
      channelAccessToken: TOKEN,
      apiBaseUrl: `${url}/some/prefix/`,
    });
    transports.push(api);
    await api.replyMessage({ replyToken: "r-3", messages: [message] });
    expect(seen[0]?.url).toBe("/v2/bot/message/reply");
  });
});

describe("LINE's answers", () => {
  it("resolves on 200 and on 202", async () => {
    const api = transport();
    handler = answer(200, { sentMessages: [{ id: "1", quoteToken: "q" }] });
    await expect(api.replyMessage({ replyToken: "r", messages: [message] })).resolves.toBe(
      undefined,
    );
    handler = answer(202);
    await expect(api.showLoadingAnimation({ chatId: USER })).resolves.toBe(undefined);
  });

  it.each([
    [400, { message: "Invalid reply token" }],
    [401, { message: "Authentication failed." }],
    [409, { message: "The retry key is already accepted", sentMessages: [] }],
    [500, { message: "Internal server error" }],
  ])("rejects %i with the SDK's error: status, body and headers", async (status, body) => {
    handler = answer(status, body, { "x-line-request-id": "req-1" });
    const error = await failure(
      transport().pushMessage({ to: USER, messages: [message] }, RETRY_KEY),
    );
    expect(error).toBeInstanceOf(HTTPFetchError);
    const refused = error as HTTPFetchError;
    expect(refused.status).toBe(status);
    expect(JSON.parse(refused.body)).toEqual(body);
    expect(refused.headers.get("x-line-request-id")).toBe("req-1");
  });

  it("passes on 429's Retry-After", async () => {
    handler = answer(429, { message: "Too many requests" }, { "retry-after": "7" });
    const error = (await failure(
      transport().replyMessage({ replyToken: "r", messages: [message] }),
    )) as HTTPFetchError;
    expect(error.status).toBe(429);
    expect(error.headers.get("retry-after")).toBe("7");
  });
});

describe("a network that fails", () => {
  it("rejects a reset connection with the socket error's code as the cause, as the SDK does", async () => {
    handler = (req) => req.socket.destroy();
    const sdk = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: url });
    const call = (api: LineSendCalls) => api.replyMessage({ replyToken: "r", messages: [message] });
    const bySdk = (await failure(call(sdk))) as { cause?: { code?: string } };
    const error = await failure(call(transport()));
    expect(error).not.toBeInstanceOf(HTTPFetchError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe(bySdk.cause?.code);
    expect(bySdk.cause?.code).toBeTypeOf("string");
  });

  it("takes a 2xx as accepted whatever then happens to its body", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"sentMessages":');
    };
    await expect(
      transport({ timeoutMs: 300 }).replyMessage({ replyToken: "r", messages: [message] }),
    ).resolves.toBe(undefined);
  });

  it("says when nobody listens (a connection never made)", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createLineMessagingTransport({
      channelAccessToken: TOKEN,
      apiBaseUrl: `http://127.0.0.1:${port}`,
    });
    transports.push(api);
    const error = await failure(api.replyMessage({ replyToken: "r", messages: [message] }));
    expect((error as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
  });
});

describe("delivery over the transport", () => {
  const logs: string[] = [];
  afterEach(() => {
    logs.length = 0;
  });

  function delivery(options: { callTimeoutMs?: number } = {}) {
    const lean = transport({ timeoutMs: 300 });
    const sdk = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: url });
    return new LineDelivery({
      api: { ...lean, getProfile: (userId) => sdk.getProfile(userId) },
      logger: createLogger("debug", (line) => logs.push(line)),
      signal: new AbortController().signal,
      ...options,
    });
  }

  /** Answers the scripted handlers in turn, then 200. */
  function script(...handlers: Handler[]): void {
    handler = (req, res, call) => (handlers.shift() ?? answer(200))(req, res, call);
  }

  const pushOnly = { pushTo: USER, receivedAt: Date.now(), conversation: "c-1", retryKey: "k" };

  it("counts a push LINE already accepted (409 to its retry key) as sent", async () => {
    script(answer(409, { message: "The retry key is already accepted" }));
    const report = await delivery().deliver([[message]], pushOnly);
    expect(report).toMatchObject({ pushes: 1, unsent: 0 });
    expect(seen).toHaveLength(1);
  });

  it("waits out a 429 with Retry-After, then sends with the same retry key", async () => {
    script(answer(429, { message: "Too many requests" }, { "retry-after": "0" }));
    const report = await delivery().deliver([[message]], pushOnly);
    expect(report).toMatchObject({ pushes: 1, unsent: 0 });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers["x-line-retry-key"]).toBe(seen[0]?.headers["x-line-retry-key"]);
  });

  it("tries again after a 500, a reset and a hang", async () => {
    script(
      answer(500, { message: "Internal server error" }, { "retry-after": "0" }),
      (req) => req.socket.destroy(),
      () => {},
    );
    const report = await delivery().deliver([[message]], pushOnly);
    expect(report).toMatchObject({ pushes: 1, unsent: 0 });
    expect(seen).toHaveLength(4);
  }, 15_000);

  it("falls back to push when the reply token is refused", async () => {
    script(answer(400, { message: "Invalid reply token" }));
    const report = await delivery().deliver([[message]], { ...pushOnly, replyToken: "r" });
    expect(report).toMatchObject({ replied: false, pushes: 1 });
    expect(seen.map((call) => call.url)).toEqual(["/v2/bot/message/reply", "/v2/bot/message/push"]);
  });

  it("gives up on a 401 without retrying, and logs neither the person nor the text", async () => {
    script(answer(401, { message: "Authentication failed." }));
    const report = await delivery().deliver([[message]], pushOnly);
    expect(report).toMatchObject({ pushes: 0, unsent: 1, retryable: false });
    expect(seen).toHaveLength(1);
    const log = logs.join("\n");
    expect(log).toContain("HTTP 401: Authentication failed.");
    expect(log).not.toContain(USER);
    expect(log).not.toContain(TEXT);
    expect(log).not.toContain(TOKEN);
  });
});
