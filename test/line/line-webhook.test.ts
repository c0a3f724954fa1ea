/**
 * The LINE channel end to end: signed webhooks into the running app (`startApp`), answers into a
 * local fake of the Messaging API. Every user is new, so tests do not share conversations.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { type RunningApp, startApp } from "../../src/main.js";
import {
  type FakeMessagingApi,
  type RecordedCall,
  startFakeMessagingApi,
  type WireQuickReplyItem,
} from "./fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  joinEvent,
  postbackEvent,
  postWebhook,
  replyToken,
  signBody,
  stickerEvent,
  textEvent,
  unfollowEvent,
  userId,
  webhookBody,
} from "./fixtures.js";

let fake: FakeMessagingApi;
let app: RunningApp;
let base: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  dir = await mkdtemp(join(tmpdir(), "komorebi-line-"));
  app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
    }),
  );
  base = `http://127.0.0.1:${app.port}`;
  // Only a live campaign code attributes a conversation (an unknown one goes on unattributed).
  for (const code of ["qr-7", "shibuya-2"]) {
    await app.outreach.campaigns.create({ campaign: "test", code });
  }
});

afterAll(async () => {
  await app?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Posts signed events and expects LINE's 200. */
async function send(...events: object[]): Promise<void> {
  const response = await postWebhook(base, webhookBody(events));
  expect(response.status).toBe(200);
}

/** Sends one event with a fresh reply token and returns the reply made with it. */
async function exchange(event: (token: string) => object): Promise<RecordedCall> {
  const token = replyToken();
  await send(event(token));
  const [reply] = await fake.waitFor(() => fake.repliesWith(token));
  return reply!;
}

const textsOf = (...calls: RecordedCall[]): string =>
  calls.flatMap((call) => (call.body.messages ?? []).map((m) => m.text)).join("\n");

const quickReplies = (call: RecordedCall): WireQuickReplyItem[] =>
  call.body.messages?.at(-1)?.quickReply?.items ?? [];

const press = (call: RecordedCall, label: string): string => {
  const item = quickReplies(call).find((candidate) => candidate.action?.label === label);
  const data = item?.action?.data;
  if (!data) {
    const shown = quickReplies(call).map((i) => i.action?.label);
    throw new Error(`no quick reply "${label}" in ${shown.join(" | ")}`);
  }
  return data;
};

const stateOf = (user: string) => app.store.conversations.get(app.core.pseudonym("line", user));

/** Polls (bounded) until `check` passes. */
async function eventually(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

const callsAbout = (user: string, tokens: string[]) =>
  fake.calls.filter(
    (call) =>
      tokens.includes(String(call.body.replyToken)) ||
      call.body.to === user ||
      call.body.chatId === user ||
      call.path.includes(user),
  );

describe("the LINE webhook", () => {
  it("rejects a missing or wrong signature with 401 and runs nothing", async () => {
    const user = userId();
    const token = replyToken();
    const body = webhookBody([textEvent(user, "こんにちは", { replyToken: token })]);
    expect((await postWebhook(base, body, null)).status).toBe(401);
    expect((await postWebhook(base, body, signBody(body, "not-the-channel-secret"))).status).toBe(
      401,
    );
    expect((await postWebhook(base, body, signBody(`${body} `))).status).toBe(401);
    expect((await postWebhook(base, body, "%%%not-base64%%%")).status).toBe(401);
    // A later, valid event is the barrier: once it is answered, a rejected one would have been too.
    await exchange((t) => followEvent(userId(), { replyToken: t }));
    expect(callsAbout(user, [token])).toEqual([]);
    expect(await stateOf(user)).toBeUndefined();
  });

  it("answers 400 to a correctly signed body that is not a webhook", async () => {
    expect((await postWebhook(base, "{nope")).status).toBe(400);
    expect((await postWebhook(base, '{"destination":"U0"}')).status).toBe(400);
  });

  it("answers LINE's verify request (no events) with 200 and sends nothing", async () => {
    const before = fake.calls.length;
    const response = await postWebhook(base, webhookBody([]));
    expect(response.status).toBe(200);
    expect(fake.calls.length).toBe(before);
  });
});

describe("a conversation on LINE", () => {
  const user = userId();
  let welcome: RecordedCall;

  it("welcomes a new friend in Japanese, with the menu as quick replies", async () => {
    welcome = await exchange((token) => followEvent(user, { replyToken: token }));
    expect(welcome.status).toBe(200);
    expect(welcome.headers["x-line-retry-key"]).toBeUndefined();
    const messages = welcome.body.messages as { text: string }[];
    expect(messages.length).toBeLessThanOrEqual(5);
    expect(textsOf(welcome)).toContain("komorebi");
    const items = quickReplies(welcome);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(13);
    for (const item of items) {
      expect(item.type).toBe("action");
      expect(item.action?.type).toBe("postback");
      expect(item.action?.label?.length).toBeLessThanOrEqual(20);
      expect(item.action?.displayText).toBe(item.action?.label);
      expect(item.action?.data).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+\.[a-z0-9-]+$/);
    }
    expect(fake.callsTo(`/v2/bot/profile/${user}`).length).toBeGreaterThan(0);
    expect(fake.pushesTo(user)).toEqual([]);
  });

  it("moves the flow on a postback, without a loading animation for a quick step", async () => {
    const reply = await exchange((token) =>
      postbackEvent(user, press(welcome, "設定"), { replyToken: token }),
    );
    expect(textsOf(reply)).toContain("どの設定");
    const region = await exchange((token) =>
      postbackEvent(user, press(reply, "住んでいる地域"), { replyToken: token }),
    );
    expect(textsOf(region)).toContain("住んでいる");
    expect(
      fake.callsTo("/v2/bot/chat/loading/start").filter((call) => call.body.chatId === user),
    ).toEqual([]);
  });

  it("resolves a postback from an old message through the core", async () => {
    const reply = await exchange((token) =>
      postbackEvent(user, press(welcome, "設定"), { replyToken: token }),
    );
    expect(textsOf(reply)).toContain("少し前のメッセージ");
    expect(textsOf(reply)).toContain("住んでいる");
    expect((await stateOf(user))?.position).toEqual({ flow: "settings", node: "region" });
  });

  it("answers a parent's worry about a son with the supporter's answer", async () => {
    const parent = "U5a0f1e2d3c4b5a69788796a5b4c3d2e1";
    const reply = await exchange((token) =>
      textEvent(parent, "息子が「死にたい」と言っています", { replyToken: token }),
    );
    expect(textsOf(reply, ...fake.pushesTo(parent))).toContain("はっきり聞いて大丈夫");
  });

  it("answers a grandparent's report of a child being hit with the abuse lines, not means", async () => {
    const grandparent = "U6b1a2f3e4d5c6b7a8998a7b6c5d4e3f2";
    const reply = await exchange((token) =>
      textEvent(grandparent, "孫が親に叩かれているようです", { replyToken: token }),
    );
    const text = textsOf(reply, ...fake.pushesTo(grandparent));
    expect(text).toContain("110");
    expect(text).toContain("189");
    expect(text).toContain("止めに入ったりはしないで");
    expect(text).not.toContain("手の届かないところ");
    expect(text).not.toContain("あなたは安全な場所にいますか");
  });

  it("answers a crisis message with helplines at once", async () => {
    const staff: string[] = [];
    const unsubscribe = app.notifier.subscribe((event) => void staff.push(event.conversation));
    const reply = await exchange((token) => textEvent(user, "死にたい", { replyToken: token }));
    unsubscribe();
    expect(textsOf(reply, ...fake.pushesTo(user))).toMatch(/0570-783-556|いのちの電話/);
    // The staff hear of it under the pseudonym, never the LINE user id.
    expect(staff).toEqual([app.core.pseudonym("line", user)]);
  });

  it("answers a sticker gently", async () => {
    const reply = await exchange((token) => stickerEvent(user, { replyToken: token }));
    expect(textsOf(reply)).toContain("文字しか読めません");
  });

  it("speaks English when the LINE profile says so", async () => {
    const english = userId();
    fake.setProfile(english, { language: "en" });
    const reply = await exchange((token) => followEvent(english, { replyToken: token }));
    expect(textsOf(reply)).toContain("chatbot");
    expect((await stateOf(english))?.locale).toBe("en");
  });

  it("asks for the profile only when a conversation begins, never before answering a message", async () => {
    const person = userId();
    fake.setProfile(person, { language: "en" });
    await exchange((token) => followEvent(person, { replyToken: token }));
    const asked = fake.callsTo(`/v2/bot/profile/${person}`).length;
    expect(asked).toBe(1);
    await exchange((token) => textEvent(person, "hello", { replyToken: token }));
    await exchange((token) => textEvent(person, "menu", { replyToken: token }));
    expect(fake.callsTo(`/v2/bot/profile/${person}`)).toHaveLength(asked);
  });

  it("falls back to Japanese when the profile cannot be read", async () => {
    const unknown = userId();
    fake.setProfile(unknown, { status: 500 });
    const reply = await exchange((token) => followEvent(unknown, { replyToken: token }));
    expect(textsOf(reply)).toContain("チャットボット");
  });
});

describe("delivery on LINE", () => {
  it("does nothing for a redelivered event that was already handled", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    const token = replyToken();
    const event = textEvent(user, "メニュー", { replyToken: token });
    await send(event);
    await fake.waitFor(() => fake.repliesWith(token));
    const redeliveryToken = replyToken();
    await send({ ...event, replyToken: redeliveryToken, deliveryContext: { isRedelivery: true } });
    // One person's events run in order: once the next one is answered, the redelivery is done.
    await exchange((token) => textEvent(user, "メニュー", { replyToken: token }));
    expect(fake.repliesWith(redeliveryToken)).toEqual([]);
    expect(fake.pushesTo(user)).toEqual([]);
  });

  it("shows no loading animation for a redelivered event that was answered before", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    let event: object = {};
    await exchange((token) => {
      event = textEvent(user, "メニュー", { replyToken: token });
      return event;
    });
    await send({ ...event, replyToken: replyToken(), deliveryContext: { isRedelivery: true } });
    // Past the moment the animation would start for an answer still to come.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(
      fake.callsTo("/v2/bot/chat/loading/start").filter((call) => call.body.chatId === user),
    ).toEqual([]);
  });

  it("sends nothing more after an unfollow, and keeps the person marked unreachable", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    const token = replyToken();
    // The message and the block arrive together: the answer to the message must not go out.
    await send(textEvent(user, "メニュー", { replyToken: token }), unfollowEvent(user));
    await eventually(async () => (await stateOf(user))?.lifecycle === "unreachable");
    expect(fake.repliesWith(token)).toEqual([]);
    expect(fake.pushesTo(user)).toEqual([]);
    expect(
      fake.callsTo("/v2/bot/chat/loading/start").filter((call) => call.body.chatId === user),
    ).toEqual([]);
  });

  it("falls back to a push with a retry key when the reply token has expired", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    const token = replyToken();
    fake.expireReplyToken(token);
    await send(textEvent(user, "メニュー", { replyToken: token }));
    const [push] = await fake.waitFor(() => fake.pushesTo(user));
    expect(fake.repliesWith(token).map((call) => call.status)).toEqual([400]);
    expect(push!.status).toBe(200);
    expect(push!.headers["x-line-retry-key"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(quickReplies(push!).length).toBeGreaterThan(0);
  });

  it("retries a rate-limited push after Retry-After with the same retry key", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    const token = replyToken();
    fake.expireReplyToken(token);
    fake.answerNext("/v2/bot/message/push", {
      status: 429,
      body: { message: "The API rate limit has been exceeded. Try again later." },
      headers: { "retry-after": "1" },
    });
    await send(textEvent(user, "メニュー", { replyToken: token }));
    const [first, second] = await fake.waitFor(() => fake.pushesTo(user), 2);
    expect([first!.status, second!.status]).toEqual([429, 200]);
    expect(second!.headers["x-line-retry-key"]).toBe(first!.headers["x-line-retry-key"]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it("never delivers a retried push twice: LINE's 409 ends the retries", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    const token = replyToken();
    fake.expireReplyToken(token);
    // LINE accepted the push but the answer was lost as a 500.
    fake.answerNext("/v2/bot/message/push", {
      status: 500,
      body: { message: "Internal error" },
      acceptFirst: true,
    });
    await send(textEvent(user, "メニュー", { replyToken: token }));
    await fake.waitFor(() => fake.pushesTo(user), 2);
    await exchange((next) => textEvent(user, "メニュー", { replyToken: next }));
    const pushes = fake.pushesTo(user);
    expect(pushes.map((call) => call.status)).toEqual([500, 409]);
    expect(new Set(pushes.map((call) => call.headers["x-line-retry-key"])).size).toBe(1);
  });

  it("shows the loading animation when a step is slow, before the answer", async () => {
    // The profile is asked for only when a conversation begins (a follow): that is the slow step.
    const slow = userId();
    fake.setProfile(slow, { language: "ja", delayMs: 1400 });
    const reply = await exchange((token) => followEvent(slow, { replyToken: token }));
    const [loading] = fake
      .callsTo("/v2/bot/chat/loading/start")
      .filter((call) => call.body.chatId === slow);
    expect(loading).toBeDefined();
    expect(Number(loading!.body.loadingSeconds) % 5).toBe(0);
    expect(loading!.at).toBeLessThanOrEqual(reply.at);
  });
});

describe("groups and rooms on LINE", () => {
  it("says once that the bot talks one-to-one, and keeps group messages from the core", async () => {
    const groupId = `C${userId().slice(1)}`;
    const member = userId();
    const note = await exchange((token) => joinEvent(groupId, { replyToken: token }));
    expect(note.body.messages).toHaveLength(1);
    expect(textsOf(note)).toContain("1対1");
    const again = replyToken();
    await send(
      textEvent(member, "死にたい", {
        replyToken: again,
        source: { type: "group", groupId, userId: member },
      }),
    );
    const roomId = `R${userId().slice(1)}`;
    const roomNote = await exchange((token) =>
      textEvent(member, "こんにちは", {
        replyToken: token,
        source: { type: "room", roomId, userId: member },
      }),
    );
    expect(textsOf(roomNote)).toContain("one-to-one");
    expect(fake.repliesWith(again)).toEqual([]);
    expect(await stateOf(member)).toBeUndefined();
  });
});

describe("attribution on LINE", () => {
  it("attributes a conversation opened with the prefilled code message", async () => {
    const user = userId();
    const reply = await exchange((token) =>
      textEvent(user, "はじめまして（コード: qr-7）", { replyToken: token }),
    );
    expect(textsOf(reply)).toContain("komorebi");
    expect((await stateOf(user))?.referral).toBe("qr-7");
  });

  it("attributes a friend who sends the code after following", async () => {
    const user = userId();
    await exchange((token) => followEvent(user, { replyToken: token }));
    await exchange((token) =>
      textEvent(user, "はじめまして（コード：ｓｈｉｂｕｙａ－２）", { replyToken: token }),
    );
    expect((await stateOf(user))?.referral).toBe("shibuya-2");
  });
});
