/**
 * Two komorebi processes share the real Redis and both hold a session on the fake Discord
 * gateway (Discord lets one token open several, and sends every event to each): every press and
 * every worker's message reaches both. A Telegram person's request, sent through webhooks that
 * alternate between the processes, makes one thread; two workers press Claim at the same moment
 * and exactly one claim wins; the worker's messages reach the person once each and in order, and
 * the person's reach the thread once each and in order.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/main.js";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { chatWith, mentions } from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { type StaffServer, staffServer, staffThreads } from "./discord-staff.js";

const SECRET = "discord-two-processes_0123456789";

let telegram: FakeBotApi;
let discord: FakeDiscord;
let server: StaffServer;
let dir: string;

beforeAll(async () => {
  [telegram, discord] = await Promise.all([
    startFakeBotApi(),
    startFakeDiscord({ manySessions: true }),
  ]);
  server = staffServer(discord);
  dir = await mkdtemp(join(tmpdir(), "komorebi-discord-two-"));
});
afterAll(async () => {
  await Promise.all([telegram?.close(), discord?.close()]);
  await rm(dir, { recursive: true, force: true });
});

async function post(app: ChildApp, update: Update): Promise<void> {
  const response = await fetch(`${app.url}/webhooks/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  expect(response.status).toBe(200);
}

describe("two processes on the real Redis, both on Discord's gateway", () => {
  it("one claim wins; messages relay once each and in order, both ways", async () => {
    const env = {
      STORE_URL: "redis://127.0.0.1:6379",
      STORE_NAMESPACE: `staff-discord-two-${randomUUID().slice(0, 8)}`,
      DATA_DIR: dir,
      PSEUDONYM_SECRET: "staff-discord-two-processes-secret-0123",
      LOG_LEVEL: "warn",
      WEB_CHAT: "off",
      ORG_NAME: "Test Org",
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      DISCORD_BOT_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      STAFF_DISCORD_CHANNEL_ID: server.channelId,
      STAFF_HOURS: "always",
    };
    const apps = [
      await startChildApp(env, await freePort()),
      await startChildApp(env, await freePort()),
    ] as const;
    try {
      await discord.waitForReady(2);
      const user = person(4701, "ja");
      let turn = 0;
      const alternate = (update: Update) => post(apps[turn++ % 2] as ChildApp, update);
      const chat = chatWith(user, telegram, undefined as unknown as RunningApp, alternate);
      await chat.text("/start");
      await chat.text("人と話したい");
      await chat.press("伝える（ほかはなし）", mentions("スタッフに伝えました"));
      const staff = staffThreads(discord, server);
      const thread = await staff.thread(0);

      // The same moment: each press reaches both processes.
      const answers = await Promise.all([
        staff.press(server.aki, thread, "staff:claim:1"),
        staff.press(server.ben, thread, "staff:claim:1"),
      ]);
      const won = answers.filter((answer) => answer === "ケース#1を担当します。");
      const lost = answers.filter((answer) =>
        /ケース#1は W-[0-9A-F]{6} が担当しています/.test(answer),
      );
      expect([won.length, lost.length]).toEqual([1, 1]);
      const winner = answers[0] === won[0] ? server.aki : server.ben;
      await staff.line(thread, "本人とつながりました");
      await telegram.waitFor(
        () =>
          telegram
            .sentTo(user.id)
            .some((call) => String(call.payload.text).includes("スタッフが来ました")),
        "the person told",
      );

      // The person writes back to back, alternating processes; the thread gets each once, in order.
      const said = ["こんにちは", "今日は雨でした", "コンビニに行けました", "お昼はうどんでした"];
      for (const text of said) await alternate(textUpdate(user, text));
      const relayed = () =>
        staff
          .lines(thread)
          .filter((line) => line.startsWith("本人："))
          .map((line) => line.replace("本人：\n", ""));
      await discord.waitFor(() => relayed().length >= said.length, "every message relayed", 20_000);

      // The worker answers; both processes read each message; the person gets each once, in order.
      const answered = Array.from({ length: 4 }, (_, i) => `スタッフの返事${i + 1}`);
      for (const text of answered) staff.write(winner, thread, text);
      const toPerson = () =>
        telegram
          .sentTo(user.id)
          .map((call) => String(call.payload.text))
          .filter((text) => text.startsWith("Test Orgのスタッフより"))
          .map((text) => text.replace("Test Orgのスタッフより：\n", ""));
      await telegram.waitFor(() => toPerson().length >= answered.length, "every answer", 20_000);
      // A moment for anything sent twice to show up.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(relayed()).toEqual(said);
      expect(toPerson()).toEqual(answered);
      expect(
        telegram
          .sentTo(user.id)
          .filter((call) => String(call.payload.text).includes("スタッフが来ました")),
      ).toHaveLength(1);
      expect(staff.lines(thread).filter((line) => line.includes("が担当します。"))).toHaveLength(1);
      expect(discord.threadsOf(server.channelId)).toHaveLength(1);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  }, 90_000);
});
