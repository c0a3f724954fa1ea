/**
 * A local stand-in for the Telegram Bot API: a node:http server on 127.0.0.1 that speaks the
 * methods komorebi uses (`/bot<token>/<method>`, JSON in, `{ ok, result }` out), records every
 * call, serves `getUpdates` as a real long poll over a queue the test pushes updates into, and can
 * answer with the errors the adapter must survive (429 with retry_after, 403 blocked, a missing
 * method). It also plays a forum supergroup for the staff side: topics, edited cards, members.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Update } from "grammy/types";

/** One call the bot made. */
export interface RecordedCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary Bot API fields.
  payload: Record<string, any>;
  at: number;
  /** What the fake answered, when it answered ok (sendMessage: the message, with its id). */
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  result?: any;
}

/** An error answer as the Bot API gives it. */
export interface FakeError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
  /** Do what the call asks first, then answer with the error (an answer lost on the way). */
  afterApplying?: boolean;
}

/** The webhook as the fake's Telegram keeps it (getWebhookInfo shows all but the secret). */
export interface FakeWebhook {
  url: string;
  secret?: string;
  allowed_updates?: string[];
  pending_update_count: number;
  last_error_date?: number;
  last_error_message?: string;
}

/** The fake, started. */
export interface FakeBotApi {
  /** The `apiRoot` for grammY (`TELEGRAM_API_ROOT`). */
  readonly url: string;
  readonly token: string;
  readonly username: string;
  readonly calls: RecordedCall[];
  /** The registered webhook (empty url: none); a test may set pending errors on it. */
  webhook: FakeWebhook;
  /** Commands by language code ("" for the default list). */
  readonly commands: Map<string, { command: string; description: string }[]>;
  /** The menu button's type ("default" until set). */
  menuButton: string;
  /** Calls that changed the bot's set-up (commands, menu button, webhook). */
  setupChanges(): RecordedCall[];
  /** Queues updates for getUpdates (a waiting long poll answers at once). */
  push(...updates: Update[]): void;
  /** The next `times` calls of `method` fail with `error` (after being recorded). */
  failNext(method: string, error: FakeError, times?: number): void;
  /** Every sendMessage to this chat answers 403 "bot was blocked by the user". */
  block(chatId: number): void;
  unblock(chatId: number): void;
  /** The method answers 404 as if the server did not have it. */
  remove(method: string): void;
  callsOf(method: string): RecordedCall[];
  /** sendMessage calls to one chat. */
  sentTo(chatId: number): RecordedCall[];
  /** Makes `chatId` a forum supergroup whose members are `userIds` (getChatMember says so). */
  forum(chatId: number, userIds: number[]): void;
  /**
   * What getChatMember says of the bot itself in a forum (default: an administrator that can
   * manage topics); `topics: false` makes the forum an ordinary supergroup (Topics off).
   */
  staffBot: { status: "administrator" | "member"; can_manage_topics?: boolean; topics?: boolean };
  /** sendMessage calls into one topic of a chat. */
  postedIn(chatId: number, topic: number): RecordedCall[];
  /**
   * Staff delete a topic: sending into it answers 400 "message thread not found", editing a
   * message in it "message to edit not found", as the Bot API does.
   */
  deleteTopic(chatId: number, topic: number): void;
  /** Waits until `probe` returns something other than undefined/false; throws after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  /** Connections from the bot that are open now (in use or idle, kept alive). */
  openConnections(): number;
  close(): Promise<void>;
}

/** Starts a fake on a free port. */
export async function startFakeBotApi(
  options: { token?: string; username?: string } = {},
): Promise<FakeBotApi> {
  const token = options.token ?? "123456:TEST-token_abc";
  const username = options.username ?? "komorebi_test_bot";
  const calls: RecordedCall[] = [];
  const queue: Update[] = [];
  const failures = new Map<string, FakeError[]>();
  const blocked = new Set<number>();
  const removed = new Set<string>();
  const forums = new Map<number, Set<number>>();
  let topicId = 500;
  const deletedTopics = new Set<string>();
  /** The topic each message in a chat was sent to (`chat:message` → topic). */
  const topicOf = new Map<string, number>();
  const waiters = new Set<() => void>();
  let messageId = 100;
  const commands = new Map<string, { command: string; description: string }[]>();

  const respond = (res: ServerResponse, status: number, body: object) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, error: FakeError) => {
    const { afterApplying: _applied, ...answer } = error;
    respond(res, error.error_code, { ok: false, ...answer });
  };
  const ok = (res: ServerResponse, result: unknown, call?: RecordedCall) => {
    if (call) call.result = result;
    respond(res, 200, { ok: true, result });
  };

  const getUpdates = (
    req: IncomingMessage,
    res: ServerResponse,
    payload: RecordedCall["payload"],
  ) => {
    const offset = Number(payload.offset ?? 0);
    const limit = Number(payload.limit ?? 100);
    const timeout = Number(payload.timeout ?? 0);
    const take = () => {
      // Like Telegram: asking with an offset confirms (forgets) every earlier update.
      while (queue.length > 0 && (queue[0]?.update_id ?? 0) < offset) queue.shift();
      return queue.slice(0, limit);
    };
    const ready = take();
    if (ready.length > 0 || timeout <= 0) {
      ok(res, ready);
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      waiters.delete(wake);
      ok(res, take());
    };
    const wake = () => finish();
    const timer = setTimeout(finish, timeout * 1000);
    waiters.add(wake);
    // The bot aborts its long poll on stop; forget the waiter so nothing writes to a dead socket.
    res.on("close", () => {
      clearTimeout(timer);
      waiters.delete(wake);
    });
    void req;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
      if (!match) {
        fail(res, { error_code: 404, description: "Not Found" });
        return;
      }
      const [, givenToken, method] = match as unknown as [string, string, string];
      const raw = Buffer.concat(chunks).toString("utf8");
      let payload: RecordedCall["payload"] = {};
      try {
        payload = raw ? JSON.parse(raw) : {};
      } catch {
        fail(res, { error_code: 400, description: "Bad Request: invalid JSON" });
        return;
      }
      const call: RecordedCall = { method, payload, at: Date.now() };
      calls.push(call);
      if (givenToken !== token) {
        fail(res, { error_code: 401, description: "Unauthorized" });
        return;
      }
      const planned = failures.get(method);
      const failure = planned?.shift();
      if (failure && !failure.afterApplying) {
        fail(res, failure);
        return;
      }
      if (failure) {
        // The call is done, but its answer is an error: a sink takes the real answer.
        const real = res;
        res = {
          writableEnded: false,
          destroyed: false,
          writeHead: () => res,
          end: () => {
            fail(real, failure);
            return res;
          },
        } as unknown as ServerResponse;
      }
      if (removed.has(method)) {
        fail(res, { error_code: 404, description: "Not Found: method not found" });
        return;
      }
      switch (method) {
        case "getMe":
          ok(res, {
            id: Number(token.split(":")[0]),
            is_bot: true,
            first_name: "komorebi",
            username,
          });
          return;
        case "getUpdates":
          getUpdates(req, res, payload);
          return;
        case "sendMessage": {
          const chatId = Number(payload.chat_id);
          if (blocked.has(chatId)) {
            fail(res, { error_code: 403, description: "Forbidden: bot was blocked by the user" });
            return;
          }
          if (deletedTopics.has(`${chatId}:${Number(payload.message_thread_id)}`)) {
            fail(res, { error_code: 400, description: "Bad Request: message thread not found" });
            return;
          }
          messageId += 1;
          if (payload.message_thread_id) {
            topicOf.set(`${chatId}:${messageId}`, Number(payload.message_thread_id));
          }
          ok(
            res,
            {
              message_id: messageId,
              date: Math.floor(Date.now() / 1000),
              chat: {
                id: chatId,
                type: forums.has(chatId) ? "supergroup" : chatId < 0 ? "group" : "private",
              },
              text: payload.text,
              ...(payload.message_thread_id
                ? { message_thread_id: payload.message_thread_id, is_topic_message: true }
                : {}),
              ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
            },
            call,
          );
          return;
        }
        case "createForumTopic": {
          const chatId = Number(payload.chat_id);
          if (!forums.has(chatId)) {
            fail(res, { error_code: 400, description: "Bad Request: the chat is not a forum" });
            return;
          }
          topicId += 1;
          ok(res, { message_thread_id: topicId, name: payload.name, icon_color: 7322096 }, call);
          return;
        }
        case "editMessageText": {
          const chatId = Number(payload.chat_id);
          const topic = topicOf.get(`${chatId}:${Number(payload.message_id)}`);
          if (deletedTopics.has(`${chatId}:${topic}`)) {
            fail(res, { error_code: 400, description: "Bad Request: message to edit not found" });
            return;
          }
          ok(
            res,
            {
              message_id: Number(payload.message_id),
              date: Math.floor(Date.now() / 1000),
              chat: { id: Number(payload.chat_id), type: "supergroup" },
              text: payload.text,
            },
            call,
          );
          return;
        }
        case "getChat": {
          const chatId = Number(payload.chat_id);
          if (chatId < 0 && !forums.has(chatId)) {
            fail(res, { error_code: 400, description: "Bad Request: chat not found" });
            return;
          }
          ok(res, {
            id: chatId,
            type: forums.has(chatId) ? "supergroup" : "private",
            ...(forums.has(chatId)
              ? { title: "Staff", ...(fake.staffBot.topics === false ? {} : { is_forum: true }) }
              : {}),
          });
          return;
        }
        case "getChatMember": {
          const members = forums.get(Number(payload.chat_id));
          const userId = Number(payload.user_id);
          if (members && userId === Number(token.split(":")[0])) {
            const { status, can_manage_topics } = fake.staffBot;
            ok(res, {
              status,
              user: { id: userId, is_bot: true, first_name: "komorebi", username },
              ...(status === "administrator"
                ? { can_manage_topics: can_manage_topics ?? false, can_be_edited: false }
                : {}),
            });
            return;
          }
          ok(res, {
            status: members?.has(userId) ? "member" : "left",
            user: { id: userId, is_bot: false, first_name: `User ${userId}` },
          });
          return;
        }
        case "closeForumTopic":
        case "answerCallbackQuery":
        case "editMessageReplyMarkup":
          ok(res, true);
          return;
        case "setMyCommands":
          commands.set(String(payload.language_code ?? ""), payload.commands ?? []);
          ok(res, true);
          return;
        case "getMyCommands":
          ok(res, commands.get(String(payload.language_code ?? "")) ?? []);
          return;
        case "setChatMenuButton":
          fake.menuButton = String(payload.menu_button?.type ?? "default");
          ok(res, true);
          return;
        case "getChatMenuButton":
          ok(res, { type: fake.menuButton });
          return;
        case "setWebhook":
          if (!/^https:\/\//.test(String(payload.url ?? ""))) {
            fail(res, {
              error_code: 400,
              description: "Bad Request: bad webhook: HTTPS url must be provided for webhook",
            });
            return;
          }
          fake.webhook = {
            url: String(payload.url),
            ...(payload.secret_token ? { secret: String(payload.secret_token) } : {}),
            ...(payload.allowed_updates ? { allowed_updates: payload.allowed_updates } : {}),
            pending_update_count:
              fake.webhook.url === payload.url ? fake.webhook.pending_update_count : 0,
          };
          ok(res, true);
          return;
        case "deleteWebhook":
          fake.webhook = { url: "", pending_update_count: fake.webhook.pending_update_count };
          ok(res, true);
          return;
        case "getWebhookInfo": {
          const { secret: _secret, ...info } = fake.webhook;
          ok(res, { has_custom_certificate: false, ...info });
          return;
        }
        default:
          fail(res, { error_code: 404, description: "Not Found: method not found" });
      }
    });
  });
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeBotApi = {
    url: `http://127.0.0.1:${port}`,
    token,
    username,
    calls,
    webhook: { url: "", pending_update_count: 0 },
    commands,
    menuButton: "default",
    setupChanges: () =>
      calls.filter((call) =>
        ["setMyCommands", "setChatMenuButton", "setWebhook", "deleteWebhook"].includes(call.method),
      ),
    push(...updates) {
      queue.push(...updates);
      for (const wake of [...waiters]) wake();
    },
    failNext(method, error, times = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) list.push(error);
      failures.set(method, list);
    },
    block: (chatId) => void blocked.add(chatId),
    unblock: (chatId) => void blocked.delete(chatId),
    remove: (method) => void removed.add(method),
    callsOf: (method) => calls.filter((call) => call.method === method),
    sentTo: (chatId) =>
      calls.filter(
        (call) => call.method === "sendMessage" && Number(call.payload.chat_id) === chatId,
      ),
    forum(chatId, userIds) {
      forums.set(chatId, new Set(userIds));
    },
    staffBot: { status: "administrator", can_manage_topics: true },
    deleteTopic(chatId, topic) {
      deletedTopics.add(`${chatId}:${topic}`);
    },
    postedIn: (chatId, topic) =>
      calls.filter(
        (call) =>
          call.method === "sendMessage" &&
          Number(call.payload.chat_id) === chatId &&
          Number(call.payload.message_thread_id) === topic,
      ),
    async waitFor(probe, what, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value as never;
        if (Date.now() > deadline) {
          const recent = calls
            .slice(-8)
            .map((call) => call.method)
            .join(", ");
          throw new Error(`Timed out waiting for ${what}; last calls: ${recent}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    },
    openConnections: () => sockets.size,
    async close() {
      for (const wake of [...waiters]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
