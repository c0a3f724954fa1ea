/**
 * Check-ins on Discord: in the person's DM, through the fake Discord (REST and gateway), on a
 * clock the test moves. A DM Discord refuses (the person blocked the bot or closed their DMs)
 * ends them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { discordPerson } from "../discord/payloads.js";
import { chatWith, choiceButtons, mentions } from "../discord/support.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { fakeClock } from "./support.js";

const HELLO = "前に「メッセージを送ってもいい」と言ってもらったので";

describe("check-ins on Discord", () => {
  let fake: FakeDiscord | undefined;
  let started: TestApp | undefined;
  afterEach(async () => {
    await started?.close();
    await fake?.close();
  });

  const start = async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    fake = await startFakeDiscord();
    started = await startTestApp(
      { WEB_CHAT: "off", DISCORD_BOT_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase },
      undefined,
      { clock },
    );
    await fake.waitForReady();
    const chat = chatWith(discordPerson("ja"), fake, started.app);
    await chat.slash("start");
    await chat.press("今日はここまで");
    await chat.press("数日後に", mentions("そのころに、短いメッセージを送ります"));
    return { clock, chat, app: started.app, fake };
  };

  it("come to the person's DM after the days they chose, with 'no more' as a choice", async () => {
    const { clock, chat, app } = await start();
    const before = chat.shown().length;
    clock.set("2031-03-06T10:00:00+09:00");
    expect((await app.checkIns.tick()).sent).toBe(1);
    await app.dispatcher.idle();
    const pushed = chat.shown().slice(before);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.content).toContain(HELLO);
    expect(choiceButtons(pushed[0]).map((button) => button.label)).toContain("もう送らなくていい");

    await chat.press("もう送らなくていい", mentions("もう、わたしからは送りません"));
    expect((await chat.state())?.nextCheckIn).toBeUndefined();
    clock.set("2031-04-06T10:00:00+09:00");
    expect((await app.checkIns.tick()).sent).toBe(0);
  });

  it("end when Discord refuses the DM", async () => {
    const { clock, chat, app, fake: discord } = await start();
    discord.block(chat.person.id);
    clock.set("2031-03-06T10:00:00+09:00");
    await app.checkIns.tick();
    await app.dispatcher.idle();
    await expect.poll(async () => (await chat.state())?.lifecycle).toBe("unreachable");
    expect((await chat.state())?.nextCheckIn).toBeUndefined();
  });
});
