/**
 * A local stand-in for the LINE Messaging API (api.line.me, and api-data.line.me's rich menu
 * image upload on the same server): reply, push, loading animation and profile, plus what a
 * channel keeps (rich menus, aliases, links, webhook endpoint and its test, bot info, quota: see
 * fake-line-channel.ts). It records every call with its headers and answers like LINE does,
 * including the checks LINE makes (five messages a call, 5,000-character texts, 13 quick replies
 * with labels of 20 characters, single-use reply tokens, retry keys answered with 409 once
 * accepted), so a test fails the way production would.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { Socket } from "node:net";
import { createFakeLineChannel, type FakeLineChannel } from "./fake-line-channel.js";
import { CHANNEL_SECRET } from "./fixtures.js";

/** A quick-reply button as it crossed the wire. */
export interface WireQuickReplyItem {
  type?: string;
  action?: { type?: string; label?: string; data?: string; displayText?: string };
}

/** A message object as it crossed the wire. */
export interface WireMessage {
  type?: string;
  text?: string;
  quickReply?: { items?: WireQuickReplyItem[] };
}

/** The request body fields the fake checks and the tests read (JSON, so nothing is certain). */
export interface CallBody {
  replyToken?: unknown;
  to?: unknown;
  chatId?: unknown;
  loadingSeconds?: unknown;
  messages?: WireMessage[];
}

/** One request the fake received. */
export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: CallBody;
  /** The body as sent (an uploaded image, for instance). */
  raw: Buffer;
  status: number;
  at: number;
  /** The bot had closed the connection before the answer could go back. */
  cut?: boolean;
}

/** A scripted answer for the next matching call. */
export interface ScriptedAnswer {
  status: number;
  body?: object;
  headers?: Record<string, string>;
  /** Accept the call (as if it went through) before answering; only meaningful for push. */
  acceptFirst?: boolean;
  /** Holds the answer back until this settles (a call the test keeps under way). */
  after?: Promise<unknown>;
}

/** A profile the fake returns; `delayMs` makes the call slow. */
export interface FakeProfile {
  language?: string;
  delayMs?: number;
  status?: number;
}

/** The running fake. */
export interface FakeMessagingApi {
  readonly url: string;
  readonly calls: RecordedCall[];
  readonly accessToken: string;
  /** What the channel keeps: rich menus, aliases, links, webhook, quota. */
  readonly channel: FakeLineChannel;
  /**
   * Calls that changed something on the channel (not reads, not messages, not the endpoint
   * test): what an idempotent set-up must not make a second time.
   */
  channelChanges(): RecordedCall[];
  /** Calls to one endpoint path (prefix match), in arrival order. */
  callsTo(path: string): RecordedCall[];
  /** Replies made with `replyToken`. */
  repliesWith(replyToken: string): RecordedCall[];
  /** Pushes to `userId`. */
  pushesTo(userId: string): RecordedCall[];
  /** Makes a reply token invalid, as if it had expired. */
  expireReplyToken(replyToken: string): void;
  /** The next call whose path starts with `path` gets `answer` instead of the usual one. */
  answerNext(path: string, answer: ScriptedAnswer): void;
  setProfile(userId: string, profile: FakeProfile): void;
  /**
   * Called when a reply or push has been accepted (the person would see it), before LINE's
   * answer goes back: a test can stop the bot's process in exactly that gap.
   */
  onAccepted(hook: ((call: RecordedCall) => void) | undefined): void;
  /** Waits (bounded) until `select()` returns at least `count` calls, and returns them. */
  waitFor(
    select: () => RecordedCall[],
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedCall[]>;
  /**
   * Connections from the bot that are open now (in use or idle, kept alive); with `path`, only
   * those that carried a call to a path starting with it.
   */
  openConnections(path?: string): number;
  close(): Promise<void>;
}

const INVALID_REPLY_TOKEN = { message: "Invalid reply token" };

/**
 * Starts the fake on 127.0.0.1 with a random port. `channelSecret` signs the webhook its
 * endpoint test posts (the tests' secret by default).
 */
export async function startFakeMessagingApi(
  accessToken: string,
  channelSecret: string = CHANNEL_SECRET,
): Promise<FakeMessagingApi> {
  const calls: RecordedCall[] = [];
  const channel = createFakeLineChannel(channelSecret);
  const usedReplyTokens = new Set<string>();
  const acceptedRetryKeys = new Map<string, string>();
  const scripted: { path: string; answer: ScriptedAnswer }[] = [];
  const profiles = new Map<string, FakeProfile>();
  let acceptedHook: ((call: RecordedCall) => void) | undefined;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      const raw = Buffer.concat(chunks);
      let body: CallBody = {};
      try {
        if (raw.length > 0 && !/^image\//.test(req.headers["content-type"] ?? ""))
          body = JSON.parse(raw.toString("utf8")) as CallBody;
      } catch {
        // Recorded with an empty body; LINE would answer 400, and so does the check below.
      }
      const call: RecordedCall = {
        method: req.method ?? "GET",
        path,
        headers: req.headers,
        body,
        raw,
        status: 0,
        at: Date.now(),
      };
      calls.push(call);
      sockets.get(req.socket)?.push(path);
      void answer(call).then(({ status, body: answerBody, headers, binary }) => {
        call.status = status;
        if (status === 200 && /\/message\/(reply|push)$/.test(call.path)) acceptedHook?.(call);
        if (res.destroyed) {
          call.cut = true;
          return;
        }
        res.writeHead(status, {
          "content-type": binary?.contentType ?? "application/json",
          "x-line-request-id": randomUUID(),
          ...headers,
        });
        res.end(binary ? binary.bytes : JSON.stringify(answerBody ?? {}));
      });
    });
  });

  async function answer(call: RecordedCall): Promise<{
    status: number;
    body?: object;
    headers?: Record<string, string>;
    binary?: { contentType: string; bytes: Buffer };
  }> {
    if (call.headers.authorization !== `Bearer ${accessToken}`) {
      return {
        status: 401,
        body: {
          message:
            "Authentication failed. Confirm that the access token in the authorization header is valid.",
        },
      };
    }
    const index = scripted.findIndex((entry) => call.path.startsWith(entry.path));
    const script = index >= 0 ? scripted.splice(index, 1)[0] : undefined;
    if (script) {
      if (script.answer.acceptFirst) accept(call);
      await script.answer.after;
      return script.answer;
    }
    if (call.method === "POST" && call.path === "/v2/bot/message/reply") return reply(call);
    if (call.method === "POST" && call.path === "/v2/bot/message/push") return push(call);
    if (call.method === "POST" && call.path === "/v2/bot/chat/loading/start") {
      const seconds = call.body.loadingSeconds;
      const valid =
        seconds === undefined ||
        (typeof seconds === "number" && seconds % 5 === 0 && seconds >= 5 && seconds <= 60);
      if (typeof call.body.chatId !== "string" || !valid) {
        return { status: 400, body: { message: "The request body has 1 error(s)" } };
      }
      return { status: 202, body: {} };
    }
    const kept = await channel.answer({
      method: call.method,
      path: call.path,
      headers: call.headers,
      body: call.body as Record<string, unknown>,
      raw: call.raw,
    });
    if (kept) return { status: kept.status, body: kept.body, binary: kept.raw };
    const profileMatch = /^\/v2\/bot\/profile\/([^/?]+)$/.exec(call.path);
    if (call.method === "GET" && profileMatch) {
      const userId = decodeURIComponent(profileMatch[1] ?? "");
      const profile = profiles.get(userId);
      if (profile?.delayMs) await new Promise((resolve) => setTimeout(resolve, profile.delayMs));
      if (!profile || profile.status) {
        return { status: profile?.status ?? 404, body: { message: "Not found" } };
      }
      return {
        status: 200,
        body: {
          displayName: "テスト",
          userId,
          ...(profile.language ? { language: profile.language } : {}),
        },
      };
    }
    return { status: 404, body: { message: "Not found" } };
  }

  function reply(call: RecordedCall) {
    const problem = checkMessages(call.body.messages);
    if (problem) return { status: 400, body: { message: problem } };
    const token = call.body.replyToken;
    if (typeof token !== "string" || usedReplyTokens.has(token))
      return { status: 400, body: INVALID_REPLY_TOKEN };
    usedReplyTokens.add(token);
    return { status: 200, body: { sentMessages: sent(call.body.messages ?? []) } };
  }

  function push(call: RecordedCall) {
    const key = call.headers["x-line-retry-key"];
    if (typeof key === "string" && acceptedRetryKeys.has(key)) {
      return {
        status: 409,
        body: { message: "The retry key is already accepted", sentMessages: [] },
        headers: { "x-line-accepted-request-id": acceptedRetryKeys.get(key) ?? "" },
      };
    }
    const problem =
      checkMessages(call.body.messages) ??
      (typeof call.body.to === "string" ? undefined : "to is required");
    if (problem) return { status: 400, body: { message: problem } };
    if (channel.enforceQuota && channel.usage + channel.pushes >= (channel.quota ?? Infinity)) {
      return { status: 429, body: { message: "You have reached your monthly limit." } };
    }
    accept(call);
    channel.pushes += 1;
    return { status: 200, body: { sentMessages: sent(call.body.messages ?? []) } };
  }

  function accept(call: RecordedCall) {
    const key = call.headers["x-line-retry-key"];
    if (typeof key === "string") acceptedRetryKeys.set(key, randomUUID());
  }

  /** Open connections, with the paths called on each. */
  const sockets = new Map<Socket, string[]>();
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, []);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  const api: FakeMessagingApi = {
    url: `http://127.0.0.1:${port}`,
    calls,
    accessToken,
    channel,
    channelChanges: () =>
      calls.filter(
        (call) =>
          call.method !== "GET" &&
          call.status < 400 &&
          !/^\/v2\/bot\/(message|chat)\//.test(call.path) &&
          call.path !== "/v2/bot/channel/webhook/test" &&
          call.path !== "/v2/bot/richmenu/validate",
      ),
    callsTo: (path) => calls.filter((call) => call.path.startsWith(path)),
    repliesWith: (token) =>
      calls.filter(
        (call) => call.path === "/v2/bot/message/reply" && call.body.replyToken === token,
      ),
    pushesTo: (userId) =>
      calls.filter((call) => call.path === "/v2/bot/message/push" && call.body.to === userId),
    expireReplyToken: (token) => usedReplyTokens.add(token),
    answerNext: (path, answer) => scripted.push({ path, answer }),
    setProfile: (userId, profile) => profiles.set(userId, profile),
    onAccepted: (hook) => {
      acceptedHook = hook;
    },
    async waitFor(select, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // A call counts once LINE would have answered it.
        const found = select().filter((call) => call.status !== 0);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          throw new Error(
            `waited ${timeoutMs} ms for ${count} call(s), saw ${found.length}: ${calls.map((c) => `${c.path}=${c.status}`).join(", ")}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    },
    openConnections: (path) =>
      [...sockets.values()].filter(
        (paths) => path === undefined || paths.some((seen) => seen.startsWith(path)),
      ).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return api;
}

/** LINE's validation of message objects, as far as the adapter can get it wrong. */
function checkMessages(messages: unknown): string | undefined {
  if (!Array.isArray(messages) || messages.length === 0) return "messages: must not be empty";
  if (messages.length > 5) return "messages: Size must be between 1 and 5";
  for (const message of messages as WireMessage[]) {
    if (message?.type !== "text" || typeof message.text !== "string" || message.text.length === 0) {
      return "messages[].text: may not be empty";
    }
    if (message.text.length > 5000) return "messages[].text: Length must be between 0 and 5000";
    const items = message.quickReply?.items;
    if (items === undefined) continue;
    if (!Array.isArray(items) || items.length === 0 || items.length > 13) {
      return "messages[].quickReply.items: Size must be between 1 and 13";
    }
    for (const item of items) {
      const action = item?.action;
      if (item?.type !== "action" || !action?.label || action.label.length > 20) {
        return "messages[].quickReply.items[].action.label: Length must be between 1 and 20";
      }
      if (
        action.type === "postback" &&
        (typeof action.data !== "string" || action.data.length > 300)
      ) {
        return "messages[].quickReply.items[].action.data: Length must be between 0 and 300";
      }
    }
  }
  return undefined;
}

function sent(messages: unknown[]): { id: string; quoteToken: string }[] {
  return messages.map(() => ({
    id: String(Math.floor(Math.random() * 1e15)),
    quoteToken: randomUUID(),
  }));
}
