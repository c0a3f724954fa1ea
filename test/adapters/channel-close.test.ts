/**
 * Closing the app (what SIGTERM does) ends the channels' connections to their platforms, but
 * only after the drain: an answer under way when the channels stop receiving is sent in full,
 * and afterwards no connection of the channel's own is left open to the platform (no idle
 * keep-alive socket). A send after that comes back at once as `retry`, without a call. Played
 * against local fakes of the platforms' APIs. LINE is checked on the answer calls' connections
 * only: its SDK's other calls (profiles, rich menus) go through Node's global fetch, which the
 * channel does not own.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ChannelAdapter, SendOutcome } from "../../src/adapters/shared/adapter.js";
import { CLOSE_GRACE_MS } from "../../src/adapters/shared/close-dispatcher.js";
import type { RunningApp } from "../../src/main.js";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { discordPerson, dmMessage } from "../discord/payloads.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  postWebhook,
  textEvent,
  userId,
  webhookBody,
} from "../line/fixtures.js";
import { staffServer } from "../staff/discord-staff.js";
import { STAFF_CHAT } from "../staff/support.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { person, textUpdate } from "../telegram/updates.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function channelOf(app: RunningApp, channel: string): ChannelAdapter {
  const found = app.channels.find((candidate) => candidate.channel === channel);
  if (!found) throw new Error(`no ${channel} channel`);
  return found;
}

/** A send through `channel` after the app closed, to an address it would otherwise reach. */
function sendAfterClose(
  channel: ChannelAdapter,
  userId: string,
  address: Record<string, string | number>,
): Promise<SendOutcome> {
  return channel.send(
    { channel: channel.channel, userId, address },
    [{ type: "text", text: "hello" }],
    {
      key: "after-close",
      conversation: "p",
      recovered: false,
      signal: new AbortController().signal,
      conversationDeleted: false,
    },
  );
}

async function lineApp(): Promise<{ fake: FakeMessagingApi; test: TestApp }> {
  const fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  cleanups.push(() => fake.close());
  const test = await startTestApp({
    WEB_CHAT: "off",
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: fake.url,
  });
  cleanups.push(() => test.close());
  return { fake, test };
}

describe("closing the app closes the channels' connections, after the drain", () => {
  it("LINE: the reply under way at stop is answered, then its connection is closed", async () => {
    const { fake, test } = await lineApp();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.answerNext("/v2/bot/message/reply", {
      status: 200,
      body: { sentMessages: [{ id: "1" }] },
      after: held,
    });
    const user = userId();
    const event = textEvent(user, "こんにちは");
    expect((await postWebhook(test.base, webhookBody([event]))).status).toBe(200);
    await expect.poll(() => fake.callsTo("/v2/bot/message/reply").length).toBe(1);
    const reply = fake.callsTo("/v2/bot/message/reply")[0];

    const closing = test.app.close();
    // The channels have stopped receiving while the reply is still under way.
    await expect
      .poll(async () => (await postWebhook(test.base, webhookBody([textEvent(user, "a")]))).status)
      .toBe(503);
    expect(reply?.status).toBe(0);
    // Longer than a closing channel gives calls under way: only the drain may wait this long.
    await new Promise((resolve) => setTimeout(resolve, 2 * CLOSE_GRACE_MS));
    expect(reply?.status).toBe(0);
    release();
    await closing;

    expect(reply?.status).toBe(200);
    expect(reply?.cut).toBeUndefined();
    await expect.poll(() => fake.openConnections("/v2/bot/message/")).toBe(0);

    const calls = fake.calls.length;
    expect(await sendAfterClose(channelOf(test.app, "line"), user, { userId: user })).toEqual({
      status: "retry",
      reason: "line channel closed",
    });
    expect(fake.calls).toHaveLength(calls);
  });

  it("Telegram: no connection to the Bot API is left open, and a send after it makes no call", async () => {
    const fake: FakeBotApi = await startFakeBotApi();
    cleanups.push(() => fake.close());
    const secret = "close-test-secret_0123456789";
    const test = await startTestApp({
      WEB_CHAT: "off",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: secret,
    });
    cleanups.push(() => test.close());
    const user = person(8_100_001, "ja");
    const response = await fetch(`${test.base}/webhooks/telegram`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-telegram-bot-api-secret-token": secret,
      },
      body: JSON.stringify(textUpdate(user, "/start")),
    });
    expect(response.status).toBe(200);
    await fake.waitFor(() => fake.sentTo(user.id).length > 0, "the answer");
    // Set-up (grammY's client) and the answer (the transport) both left connections open.
    expect(fake.openConnections()).toBeGreaterThan(0);

    await test.app.close();
    await expect.poll(() => fake.openConnections()).toBe(0);

    const calls = fake.calls.length;
    const outcome = await sendAfterClose(channelOf(test.app, "telegram"), String(user.id), {
      chatId: user.id,
    });
    expect(outcome).toEqual({ status: "retry", reason: "telegram channel closed" });
    expect(fake.calls).toHaveLength(calls);
  });

  it("Discord: no REST or gateway connection is left open, and a send after it makes no call", async () => {
    const fake: FakeDiscord = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const test = await startTestApp({
      WEB_CHAT: "off",
      DISCORD_BOT_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
    });
    cleanups.push(() => test.close());
    await fake.waitForReady();
    const user = discordPerson("ja");
    const channelId = fake.dmChannelOf(user.id);
    fake.dispatch("MESSAGE_CREATE", dmMessage(fake, user, "こんにちは"));
    await fake.waitFor(() => fake.messagesIn(channelId).length > 1, "the answer");

    await test.app.close();
    await expect.poll(() => fake.openConnections()).toBe(0);

    const calls = fake.calls.length;
    const outcome = await sendAfterClose(channelOf(test.app, "discord"), user.id, { channelId });
    expect(outcome).toEqual({ status: "retry", reason: "discord channel closed" });
    expect(fake.calls).toHaveLength(calls);
  });
});

describe("closing the app closes the staff side's connections too", () => {
  it("Telegram staff group: its client's connection to the Bot API is closed", async () => {
    const fake: FakeBotApi = await startFakeBotApi();
    cleanups.push(() => fake.close());
    fake.forum(STAFF_CHAT, []);
    const test = await startTestApp({
      WEB_CHAT: "off",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT),
      STAFF_HOURS: "always",
    });
    cleanups.push(() => test.close());
    // The staff side looks at its group when it starts, on its own client.
    await fake.waitFor(
      () => fake.calls.some((call) => call.method === "getChat"),
      "the staff group looked at",
    );
    expect(fake.openConnections()).toBeGreaterThan(0);

    await test.app.close();
    await expect.poll(() => fake.openConnections()).toBe(0);
  });

  it("Discord staff channel: its REST connections are closed", async () => {
    const fake: FakeDiscord = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const server = staffServer(fake);
    const test = await startTestApp({
      WEB_CHAT: "off",
      DISCORD_BOT_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      STAFF_DISCORD_CHANNEL_ID: server.channelId,
      STAFF_HOURS: "always",
    });
    cleanups.push(() => test.close());
    await fake.waitForReady();
    // The staff side reads its channel when it starts, on its own REST client.
    await fake.waitFor(
      () => fake.calls.some((call) => call.path.startsWith(`/channels/${server.channelId}`)),
      "the staff channel read",
    );

    await test.app.close();
    await expect.poll(() => fake.openConnections()).toBe(0);
  });
});
