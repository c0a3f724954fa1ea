/**
 * Two komorebi processes share the real Redis and both hold a session on the fake Discord
 * gateway (Discord lets one token open several, and sends every event to each): every press and
 * every worker's message reaches both. A Telegram person's request, sent through webhooks that
 * alternate between the processes, makes one thread; two workers press Claim at the same moment
 * and exactly one claim wins; the worker's messages reach the person once each and in order, and
 * the person's reach the thread once each and in order.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/main.js";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { chatWith, mentions } from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { type StaffServer, staffServer, staffThreads } from "./discord-staff.js";
import { personSaid, staffSaidTo, startTwoProcesses, timesSaidTo } from "./support.js";

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

describe("two processes on the real Redis, both on Discord's gateway", () => {
  it("one claim wins; messages relay once each and in order, both ways", async () => {
    const two = await startTwoProcesses(telegram, dir, {
      DISCORD_BOT_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      STAFF_DISCORD_CHANNEL_ID: server.channelId,
    });
    const { alternate } = two;
    try {
      await discord.waitForReady(2);
      const user = person(4701, "ja");
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
      const relayed = () => personSaid(staff.lines(thread));
      await discord.waitFor(() => relayed().length >= said.length, "every message relayed", 20_000);

      // The worker answers; both processes read each message; the person gets each once, in order.
      const answered = Array.from({ length: 4 }, (_, i) => `スタッフの返事${i + 1}`);
      for (const text of answered) staff.write(winner, thread, text);
      const toPerson = () => staffSaidTo(telegram, user.id);
      await telegram.waitFor(() => toPerson().length >= answered.length, "every answer", 20_000);
      // A moment for anything sent twice to show up.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(relayed()).toEqual(said);
      expect(toPerson()).toEqual(answered);
      expect(timesSaidTo(telegram, user.id, "スタッフが来ました")).toBe(1);
      expect(staff.lines(thread).filter((line) => line.includes("が担当します。"))).toHaveLength(1);
      expect(discord.threadsOf(server.channelId)).toHaveLength(1);
    } finally {
      await two.stop();
    }
  }, 90_000);
});
