/**
 * A Discord forum channel as the staff channel, narrowed to a staff role: a Discord person's
 * request becomes a forum post whose first message is the card; someone who sees the channel
 * without the role is refused (the button, and `/close` typed in the post); a worker with the
 * role claims it and talks with the person in their DM, and neither sees the other's account.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { discordPerson, dmMessage } from "../discord/payloads.js";
import { chatWith, type DiscordTestApp, mentions, startDiscordApp } from "../discord/support.js";
import { type StaffServer, type StaffThreads, staffServer, staffThreads } from "./discord-staff.js";
import { storedCase } from "./support.js";

let discord: FakeDiscord;
let running: DiscordTestApp;
let server: StaffServer;
let staff: StaffThreads;

beforeAll(async () => {
  discord = await startFakeDiscord();
  server = staffServer(discord, 15);
  running = await startDiscordApp(discord, {
    ORG_NAME: "Test Org",
    STAFF_DISCORD_CHANNEL_ID: server.channelId,
    STAFF_DISCORD_ROLE_ID: server.staffRole,
    STAFF_HOURS: "always",
  });
  staff = staffThreads(discord, server);
});
afterAll(async () => {
  await running?.close();
  await discord?.close();
});

describe("a forum staff channel with a staff role", () => {
  it("a post per case, only the role acts, and the talk goes both ways with identities hidden", async () => {
    const someone = discordPerson("ja");
    const yui = chatWith(someone, discord, running.app);
    await yui.text("/start");
    await yui.text("人と話したい");
    await yui.press("伝える（ほかはなし）", mentions("Test Orgのスタッフに伝えました"));
    const thread = await staff.thread(0);
    // A forum post: the card is its first message, and has the post's id.
    expect(staff.card(thread).id).toBe(thread);
    expect(staff.card(thread).content).toContain("人と話したい");
    expect(discord.channel(thread)?.name).toContain("#1");

    // Sees the channel, lacks the role: refused, and nothing changes.
    expect(await staff.press(server.viewer, thread, "claim")).toBe(
      "スタッフ用チャンネルのスタッフだけが操作できます。",
    );
    staff.write(server.viewer, thread, "/close 閉じます");
    await staff.line(thread, "スタッフ用チャンネルのスタッフだけが操作できます。");
    expect((await storedCase(running.app, 1))?.status).toBe("open");

    expect(await staff.press(server.aki, thread, "claim")).toBe("ケース#1を担当します。");
    await discord.waitFor(
      () => yui.shown().some((message) => message.content.includes("スタッフが来ました")),
      "the person told",
    );
    const heard = await yui.send(
      () => staff.write(server.aki, thread, "こんにちは、話を聞かせてください"),
      mentions("こんにちは、話を聞かせてください"),
    );
    expect(heard.map((message) => message.content).join("\n")).toContain(
      "Test Orgのスタッフより：\nこんにちは、話を聞かせてください",
    );
    // Passed on, with nothing said back by the bot.
    discord.dispatch("MESSAGE_CREATE", dmMessage(discord, someone, "ありがとうございます"));
    await staff.line(thread, "本人：\nありがとうございます");

    // Close from the card's button: the person is back with the bot.
    expect(await staff.press(server.aki, thread, "close")).toBe("ケース#1を終了しました。");
    await discord.waitFor(
      () =>
        yui.shown().some((message) => message.content.includes("スタッフとの話は、ここまでです")),
      "the person told it ended",
    );
    expect((await yui.state())?.position).toEqual({ flow: "menu", node: "main" });

    const personSaw = yui
      .shown()
      .map((message) => JSON.stringify(message))
      .join("\n");
    for (const hidden of [server.aki.id, server.aki.username, server.viewer.username]) {
      expect(personSaw).not.toContain(hidden);
    }
    const staffSaw = staff.everything();
    expect(staffSaw).not.toContain(someone.id);
    expect(staffSaw).not.toContain(someone.username);
  });
});
