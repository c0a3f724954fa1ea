/**
 * The gateway delivers a worker's message once. While Redis cannot be reached (cut at the
 * network), a message a worker writes in a case's thread is held and tried again; once Redis is
 * back it reaches the person, once.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { discordPerson } from "../discord/payloads.js";
import { chatWith, type DiscordTestApp, mentions, startDiscordApp } from "../discord/support.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { type StaffServer, type StaffThreads, staffServer, staffThreads } from "./discord-staff.js";

let discord: FakeDiscord;
let proxy: TcpProxy;
let running: DiscordTestApp;
let server: StaffServer;
let staff: StaffThreads;

beforeAll(async () => {
  discord = await startFakeDiscord();
  server = staffServer(discord);
  proxy = await startTcpProxy(6379);
  running = await startDiscordApp(discord, {
    ORG_NAME: "Test Org",
    STORE_URL: `redis://127.0.0.1:${proxy.port}`,
    STORE_NAMESPACE: `discord-staff-outage-${randomUUID().slice(0, 8)}`,
    STAFF_DISCORD_CHANNEL_ID: server.channelId,
    STAFF_HOURS: "always",
  });
  staff = staffThreads(discord, server);
});
afterAll(async () => {
  await proxy?.restore();
  await running?.close();
  await proxy?.close();
  await discord?.close();
});

describe("the Discord staff channel during a store outage", () => {
  it("holds a worker's message until the store is back, then passes it on once", async () => {
    const someone = discordPerson("ja");
    const sora = chatWith(someone, discord, running.app);
    await sora.text("/start");
    await sora.text("人と話したい");
    await sora.press("伝える（ほかはなし）", mentions("Test Orgのスタッフに伝えました"));
    const thread = await staff.thread(0);
    expect(await staff.press(server.aki, thread, "claim")).toBe("ケース#1を担当します。");
    await discord.waitFor(
      () => sora.shown().some((message) => message.content.includes("スタッフが来ました")),
      "the person told",
    );

    await proxy.cut();
    staff.write(server.aki, thread, "いまもここにいます");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(sora.shown().some((message) => message.content.includes("いまもここにいます"))).toBe(
      false,
    );

    await proxy.restore();
    await discord.waitFor(
      () => sora.shown().some((message) => message.content.includes("いまもここにいます")),
      "the held message passed on",
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      sora.shown().filter((message) => message.content.includes("いまもここにいます")),
    ).toHaveLength(1);
    // Nothing asked the worker to send it again: it was not lost.
    expect(staff.lines(thread).join("\n")).not.toContain("もう一度送って");
  }, 40_000);
});
