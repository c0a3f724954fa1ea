/**
 * The Discord staff channel end to end: the fake Discord plays the staff's server (a text
 * channel only the team sees, threads under it) and a person's DM; the fake Telegram Bot API
 * plays another person's private chat, whose case is handled from Discord all the same. A crisis
 * opens a case (a thread, the card, no words, no ids); a request to talk is consented, claimed,
 * relayed both ways with both identities hidden, and closed with a note; only staff act.
 */
import type { User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { discordPerson } from "../discord/payloads.js";
import {
  chatWith as discordChat,
  endsWithQuestion as discordQuestion,
} from "../discord/support.js";
import type { FakeBotApi } from "../telegram/fake-bot-api.js";
import { startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  chatWith,
  endsWithQuestion,
  mentions,
  startTelegramApp,
  type TelegramTestApp,
  textOf,
} from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { type StaffServer, type StaffThreads, staffServer, staffThreads } from "./discord-staff.js";
import { storedCase, testClock } from "./support.js";

// Monday 11:00 in Tokyo.
const clock = testClock("2026-05-04T02:00:00Z");

let discord: FakeDiscord;
let telegram: FakeBotApi;
let running: TelegramTestApp;
let server: StaffServer;
let staff: StaffThreads;

beforeAll(async () => {
  [discord, telegram] = await Promise.all([startFakeDiscord(), startFakeBotApi()]);
  server = staffServer(discord);
  running = await startTelegramApp(
    telegram,
    {
      ORG_NAME: "Test Org",
      DISCORD_BOT_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      STAFF_DISCORD_CHANNEL_ID: server.channelId,
      STAFF_HOURS: "Mon-Fri 10:00-18:00 Asia/Tokyo",
    },
    undefined,
    { clock: clock.now },
  );
  await discord.waitForReady();
  staff = staffThreads(discord, server);
});
afterAll(async () => {
  await running?.close();
  await Promise.all([discord?.close(), telegram?.close()]);
});

/** Texts the bot sent this Telegram person after `from`. */
const toPerson = (user: User, from = 0) =>
  telegram
    .sentTo(user.id)
    .slice(from)
    .map((call) => String(call.payload.text));

const waitToPerson = (user: User, text: string) =>
  telegram.waitFor(
    () => toPerson(user).some((said) => said.includes(text)),
    `"${text}" to the person`,
  );

describe("the Discord staff channel", () => {
  it("asks Discord for the Message Content intent, to read workers' words in threads", () => {
    const intents = BigInt(discord.identifies.at(-1)?.intents ?? 0);
    expect(intents & (1n << 15n)).toBe(1n << 15n);
  });

  it("a crisis opens a case: a thread, the card with Claim and Close, no words and no ids", async () => {
    const someone = discordPerson("ja");
    const mio = discordChat(someone, discord, running.app);
    await mio.text("/start");
    const crisis = await mio.text("もう死にたい", discordQuestion);
    expect(crisis.map((m) => m.content).join("\n")).toMatch(/いのちの電話|0570-783-556/);
    const thread = await staff.thread(0);
    expect(discord.channel(thread)?.parentId).toBe(server.channelId);
    const card = staff.card(thread);
    expect(card.content).toContain("#1");
    expect(card.content).toContain("危機の知らせ");
    expect(card.content).toMatch(/discord.*ja/);
    const buttons: { label: string; custom_id: string }[] = card.components.flatMap(
      (row: { components: { label: string; custom_id: string }[] }) => row.components,
    );
    expect(buttons.map((b) => b.label)).toEqual(["担当する", "終了する"]);
    expect(buttons[0]?.custom_id).toBe("staff:claim:1");

    // A second alert is counted on the card (edited): no new thread, no new message.
    await mio.text("本当に死にたい", discordQuestion);
    await discord.waitFor(() => staff.card(thread).content.includes("知らせ：2回"), "2 alerts");
    expect(staff.card(thread).edits).toBeGreaterThan(0);
    expect(discord.threadsOf(server.channelId)).toHaveLength(1);
    expect(staff.lines(thread)).toEqual([]);

    const staffSaw = staff.everything();
    expect(staffSaw).not.toContain("死にたい");
    expect(staffSaw).not.toContain(someone.id);
    expect(staffSaw).not.toContain(someone.username);
  });

  it("a Telegram person's request is consented, claimed, relayed both ways with identities hidden, and closed with a note", async () => {
    const user = person(4602, "ja");
    const ren = chatWith(user, telegram, running.app);
    await ren.text("/start");
    await ren.text("眠れない日が続いています");
    const asked = await ren.text("人と話したい");
    expect(textOf(asked)).toContain("いまはスタッフの対応時間です");
    const sent = await ren.press("伝える・書いたことも");
    expect(textOf(sent)).toContain("Test Orgのスタッフに伝えました");
    const thread = await staff.thread(1);
    expect(staff.card(thread).content).toContain("人と話したい");
    expect(staff.card(thread).content).toContain("telegram");
    await staff.line(thread, "眠れない日が続いています");

    // Aki claims: only Aki sees the answer; the person hears a staff member is here.
    expect(await staff.press(server.aki, thread, "claim")).toBe("ケース#2を担当します。");
    await waitToPerson(user, "スタッフが来ました");
    const metrics = await (await fetch(`http://127.0.0.1:${running.app.port}/metrics`)).text();
    expect(metrics).toContain('komorebi_handoffs_total{channel="telegram"} 1');
    await staff.line(thread, "本人とつながりました。このスレッドに書いたこと");
    expect(staff.card(thread).content).toMatch(/対応中 \(W-[0-9A-F]{6}\)/);
    // The card keeps only Close once the case is taken.
    const labels = staff
      .card(thread)
      .components.flatMap((row: { components: { label: string }[] }) => row.components)
      .map((b: { label: string }) => b.label);
    expect(labels).toEqual(["終了する"]);
    // Ben comes second: the case is someone else's.
    expect(await staff.press(server.ben, thread, "staff:claim:2")).toMatch(
      /ケース#2は W-[0-9A-F]{6} が担当/,
    );

    // Person to staff: passed on into the thread.
    const beforeHello = telegram.sentTo(user.id).length;
    telegram.push(textUpdate(user, "こんにちは。夜になると不安になります @everyone"));
    await staff.line(thread, "本人：\nこんにちは。夜になると不安になります");
    // Nobody in the server is pinged by what a person writes.
    const relayedCall = discord
      .callsTo("POST", new RegExp(`/channels/${thread}/messages`))
      .find((call) => String(call.body?.content).includes("こんにちは"));
    expect(relayedCall?.body.allowed_mentions).toEqual({ parse: [] });

    // Staff to person: Ben (not the claimer) and a team note stay in the server; Aki's words go.
    staff.write(server.ben, thread, "ベンのメモ：様子を見ます");
    staff.write(server.aki, thread, "// チーム向け：夜間の相談先も案内する");
    staff.write(server.aki, thread, "話してくれてありがとうございます。夜はつらいですよね");
    await waitToPerson(user, "話してくれてありがとうございます。夜はつらいですよね");
    expect(toPerson(user, beforeHello)).toEqual([
      "Test Orgのスタッフより：\n話してくれてありがとうございます。夜はつらいですよね",
    ]);

    // A crisis during the talk is flagged in the thread at once.
    const crisis = await ren.text("もう消えたい、死にたい", endsWithQuestion);
    expect(textOf(crisis)).toContain("いまの言葉は、スタッフにも届いています");
    await staff.line(thread, "⚠ 危機の知らせ");

    // Aki closes with a note typed in the thread: the person is back at the menu, and told so.
    staff.write(server.aki, thread, "/close 落ち着いて話せた。来週また連絡を待つ");
    await waitToPerson(user, "スタッフとの話は、ここまでです");
    await telegram.waitFor(
      () => toPerson(user).some((text) => text.includes("どうしましょうか")),
      "the menu",
    );
    await staff.line(thread, "メモ：落ち着いて話せた。来週また連絡を待つ");
    await discord.waitFor(() => discord.channel(thread)?.archived, "the thread archived");
    expect(staff.card(thread).components).toEqual([]);
    const state = await ren.state();
    expect(state?.handoff).toBeUndefined();
    expect(state?.position).toEqual({ flow: "menu", node: "main" });
    const kept = await storedCase(running.app, 2);
    expect(kept?.status).toBe("closed");
    expect(kept?.relayed).toEqual([]);
    expect(JSON.stringify(kept)).not.toContain("落ち着いて話せた");

    // Neither side ever saw the other's account.
    const staffSaw = staff.everything();
    expect(staffSaw).not.toContain("4602");
    expect(staffSaw).not.toContain("Person 4602");
    const personSaw = toPerson(user).join("\n");
    for (const hidden of [
      server.aki.id,
      server.aki.username,
      server.ben.username,
      "ベンのメモ",
      "チーム向け",
    ]) {
      expect(personSaw).not.toContain(hidden);
    }
    // After the close, a worker's message reaches nobody.
    staff.write(server.aki, thread, "まだいますか");
    await staff.line(thread, "このケースは終了しています");
    expect(toPerson(user).join("\n")).not.toContain("まだいますか");
  });
});

describe("who may act on a case from Discord", () => {
  it("refuses a press from someone who cannot see the staff channel, only they see why", async () => {
    const user = person(4603, "ja");
    const kai = chatWith(user, telegram, running.app);
    await kai.text("/start");
    await kai.text("人と話したい");
    await kai.press("伝える（ほかはなし）", mentions("スタッフに伝えました"));
    const thread = await staff.thread(2);
    expect(await staff.press(server.stranger, thread, "claim")).toBe(
      "スタッフ用チャンネルのスタッフだけが操作できます。",
    );
    expect((await storedCase(running.app, 3))?.status).toBe("open");
    expect(toPerson(user).join("\n")).not.toContain("スタッフが来ました");
  });
});
