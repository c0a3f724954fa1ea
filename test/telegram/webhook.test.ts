/**
 * The Telegram channel end to end in webhook mode: Telegram's side is played by posting updates
 * to `POST /webhooks/telegram` on the real app; the bot's answers go to the fake Bot API.
 */
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.js";
import { chatWith, mentions, startTelegramApp, type TelegramTestApp, textOf } from "./support.js";
import { person, textUpdate } from "./updates.js";

const SECRET = "webhook-secret_0123456789";
let fake: FakeBotApi;
let running: TelegramTestApp;

function post(body: string, secret?: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${running.app.port}/webhooks/telegram`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
    },
    body,
  });
}

async function deliver(update: Update): Promise<void> {
  const response = await post(JSON.stringify(update), SECRET);
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  fake = await startFakeBotApi();
  running = await startTelegramApp(fake, {
    PUBLIC_URL: "https://bot.example.org/komorebi/",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
  // Only a live campaign code attributes a conversation.
  await running.app.outreach.campaigns.create({ campaign: "test", code: "outreach-7" });
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

describe("Telegram over a webhook", () => {
  it("registers the webhook with its secret and does not poll", async () => {
    const [call] = fake.callsOf("setWebhook");
    expect(call?.payload).toMatchObject({
      url: "https://bot.example.org/komorebi/webhooks/telegram",
      secret_token: SECRET,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
    expect(fake.callsOf("getUpdates")).toHaveLength(0);
    expect(fake.callsOf("deleteWebhook")).toHaveLength(0);
  });

  it("refuses a wrong or missing secret with 401 and processes nothing", async () => {
    const user = person(3001);
    const body = JSON.stringify(textUpdate(user, "/start"));
    expect((await post(body, "not-the-secret")).status).toBe(401);
    expect((await post(body)).status).toBe(401);
    expect((await post(body, `${SECRET}x`)).status).toBe(401);
    // A later, valid update of another chat is answered; the refused ones never were.
    await chatWith(person(3002), fake, running.app, deliver).text("/start");
    expect(fake.sentTo(3001)).toHaveLength(0);
    expect(
      await running.app.store.conversations.get(running.app.core.pseudonym("telegram", "3001")),
    ).toBeUndefined();
  });

  it("answers 400 to a body that is not a Telegram update", async () => {
    expect((await post("{not json", SECRET)).status).toBe(400);
    expect((await post(JSON.stringify({ hello: "world" }), SECRET)).status).toBe(400);
    expect((await post("[]", SECRET)).status).toBe(400);
  });

  it("holds a whole conversation: referral, buttons, a crisis, stop", async () => {
    const nao = chatWith(person(3003, "ja"), fake, running.app, deliver);
    const welcome = await nao.text("/start outreach-7");
    expect(textOf(welcome)).toContain("komorebi（こもれび）");
    expect((await nao.state())?.referral).toBe("outreach-7");

    expect(textOf(await nao.press("設定"))).toContain("どの設定");
    expect(fake.callsOf("answerCallbackQuery").length).toBeGreaterThan(0);

    const crisis = await nao.text("死にたい");
    expect(textOf(crisis)).toMatch(/0570-783-556|いのちの電話/);

    const stopped = await nao.text("/stop", mentions("ここでやめます"));
    expect(textOf(stopped)).toContain("ここでやめます");
  });

  it("answers a redelivered update (same update_id) only once", async () => {
    const ren = chatWith(person(3004), fake, running.app, deliver);
    await ren.text("/start");
    const before = fake.sentTo(3004).length;
    const update = textUpdate(ren.user, "/stop");
    await deliver(update);
    await deliver(update);
    await ren.text("/help", mentions("Words that work"));
    const texts = fake
      .sentTo(3004)
      .slice(before)
      .map((call) => String(call.payload.text));
    expect(texts.filter((text) => text.includes("I'll stop here"))).toHaveLength(1);
  });
});
