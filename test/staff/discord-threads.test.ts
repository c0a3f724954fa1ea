/**
 * A case's thread in the Discord staff channel when things go wrong, through the fake Discord
 * (the staff's server) and the fake Telegram Bot API (the person): staff delete the thread (the
 * case's next update opens a new one with the card, and the case goes on there: alerts, claims,
 * words both ways); opening a thread fails after Discord made it (the retry finds it by the
 * case's number instead of opening a second); a forum that requires tags gets its posts tagged.
 */
import type { User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, nextId, startFakeDiscord } from "../discord/fake-discord.js";
import type { FakeBotApi } from "../telegram/fake-bot-api.js";
import { startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  chatWith,
  endsWithQuestion,
  startTelegramApp,
  type TelegramTestApp,
  textOf,
} from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { type StaffServer, type StaffThreads, staffServer, staffThreads } from "./discord-staff.js";
import { storedCase } from "./support.js";

let discord: FakeDiscord;
let telegram: FakeBotApi;

beforeAll(async () => {
  [discord, telegram] = await Promise.all([startFakeDiscord(), startFakeBotApi()]);
});
afterAll(async () => {
  await Promise.all([discord?.close(), telegram?.close()]);
});

/** A Telegram-only app whose staff channel is `server`'s on the fake Discord. */
async function appFor(server: StaffServer, env: Record<string, string> = {}) {
  const running = await startTelegramApp(telegram, {
    ORG_NAME: "Test Org",
    DISCORD_BOT_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    STAFF_DISCORD_CHANNEL_ID: server.channelId,
    STAFF_HOURS: "always",
    ...env,
  });
  await discord.waitForReady();
  return running;
}

/** Texts the bot sent this Telegram person. */
const toPerson = (user: User) => telegram.sentTo(user.id).map((call) => String(call.payload.text));
const waitToPerson = (user: User, text: string) =>
  telegram.waitFor(() => toPerson(user).some((said) => said.includes(text)), `"${text}"`);

/** The thread of case `number` under the staff channel now, once its card is there. */
const threadOfCase = (server: StaffServer, number: number, not?: string) =>
  discord.waitFor(
    () =>
      discord
        .threadsOf(server.channelId)
        .find(
          (thread) =>
            thread.name.startsWith(`#${number} `) &&
            thread.id !== not &&
            discord.messagesIn(thread.id).length > 0,
        )?.id,
    `case #${number}'s thread`,
    10_000,
  );

describe("a text staff channel whose case threads go wrong", () => {
  let running: TelegramTestApp;
  let server: StaffServer;
  let staff: StaffThreads;
  beforeAll(async () => {
    server = staffServer(discord);
    running = await appFor(server);
    staff = staffThreads(discord, server);
  });
  afterAll(async () => {
    await running?.close();
  });

  it("a deleted thread: the next alert opens a new one with the card, claimed there", async () => {
    const mio = chatWith(person(4701, "ja"), telegram, running.app);
    await mio.text("/start");
    await mio.text("もう死にたい", endsWithQuestion);
    const first = await threadOfCase(server, 1);
    discord.deleteChannel(first);

    await mio.text("本当に死にたい", endsWithQuestion);
    const second = await threadOfCase(server, 1, first);
    const card = staff.card(second);
    expect(card.content).toContain("#1");
    expect(card.content).toContain("知らせ：2回");
    expect(staff.everything()).not.toContain("死にたい");
    expect((await storedCase(running.app, 1))?.refs.discord?.thread).toBe(second);

    expect(await staff.press(server.aki, second, "claim")).toBe("ケース#1を担当します。");
    expect((await storedCase(running.app, 1))?.status).toBe("claimed");
  });

  it("a deleted thread during a talk: the person's words arrive in a new one, and the worker's go back", async () => {
    const user = person(4702, "ja");
    const ren = chatWith(user, telegram, running.app);
    await ren.text("/start");
    await ren.text("人と話したい");
    const sent = await ren.press("伝える（ほかはなし）");
    expect(textOf(sent)).toContain("Test Orgのスタッフに伝えました");
    const first = await threadOfCase(server, 2);
    expect(await staff.press(server.aki, first, "claim")).toBe("ケース#2を担当します。");
    await waitToPerson(user, "スタッフが来ました");
    discord.deleteChannel(first);

    telegram.push(textUpdate(user, "眠れない日が続いています"));
    const second = await threadOfCase(server, 2, first);
    expect(staff.card(second).content).toContain("#2");
    await staff.line(second, "本人：\n眠れない日が続いています");
    expect((await storedCase(running.app, 2))?.refs.discord?.thread).toBe(second);

    staff.write(server.aki, second, "新しいスレッドから書いています");
    await waitToPerson(user, "新しいスレッドから書いています");
  });

  it("opening a thread fails after Discord made it: the retry finds it, one thread for the case", async () => {
    const threadsPath = new RegExp(`^/channels/${server.channelId}/threads$`);
    const opened = discord.callsTo("POST", threadsPath).length;
    discord.failNext("POST", threadsPath, {
      status: 500,
      afterApplying: true,
      body: { code: 0, message: "500: Internal Server Error" },
    });
    const kai = chatWith(person(4703, "ja"), telegram, running.app);
    await kai.text("/start");
    await kai.text("もう死にたい", endsWithQuestion);
    // The retry comes after the delivery's backoff (a second or two).
    const thread = await threadOfCase(server, 3);
    await discord.waitFor(() => staff.card(thread).content.includes("#3"), "the card");
    expect(discord.callsTo("POST", threadsPath).length - opened).toBe(1);
    expect(discord.callsTo("GET", /\/threads\/active$/).length).toBeGreaterThan(0);
    expect(
      discord.threadsOf(server.channelId).filter((t) => t.name.startsWith("#3 ")),
    ).toHaveLength(1);
    expect((await storedCase(running.app, 3))?.refs.discord?.thread).toBe(thread);

    await kai.text("本当に死にたい", endsWithQuestion);
    await discord.waitFor(() => staff.card(thread).content.includes("知らせ：2回"), "2 alerts");
    expect(discord.messagesIn(thread).filter((m) => m.content.includes("#3"))).toHaveLength(1);
  });
});

/** A forum staff channel whose posts must carry one of these tags (REQUIRE_TAG, 1 << 4). */
function forumRequiringTags(
  tags: { id: string; name: string; moderated?: boolean }[],
): StaffServer {
  const server = staffServer(discord, 15);
  const forum = discord.channel(server.channelId);
  if (!forum) throw new Error("no forum");
  forum.flags = 1 << 4;
  forum.availableTags = tags;
  return server;
}

describe("a forum staff channel that requires tags", () => {
  let running: TelegramTestApp;
  let server: StaffServer;
  const talk = nextId();
  const caseTag = nextId();
  beforeAll(async () => {
    server = forumRequiringTags([
      { id: talk, name: "相談" },
      { id: caseTag, name: "ケース" },
    ]);
    running = await appFor(server, { STAFF_DISCORD_FORUM_TAG: "ケース" });
  });
  afterAll(async () => {
    await running?.close();
  });

  it("each case's post gets the configured tag", async () => {
    const mio = chatWith(person(4704, "ja"), telegram, running.app);
    await mio.text("/start");
    await mio.text("もう死にたい", endsWithQuestion);
    const post = await threadOfCase(server, 1);
    expect(discord.channel(post)?.appliedTags).toEqual([caseTag]);
    expect(discord.messagesIn(post)[0]?.content).toContain("#1");
  });
});

describe("a forum staff channel that requires tags, none configured", () => {
  let running: TelegramTestApp;
  let server: StaffServer;
  const pinned = nextId();
  const talk = nextId();
  beforeAll(async () => {
    server = forumRequiringTags([
      { id: pinned, name: "固定", moderated: true },
      { id: talk, name: "相談" },
    ]);
    running = await appFor(server);
  });
  afterAll(async () => {
    await running?.close();
  });

  it("each case's post gets the first tag anyone may apply", async () => {
    const mio = chatWith(person(4705, "ja"), telegram, running.app);
    await mio.text("/start");
    await mio.text("もう死にたい", endsWithQuestion);
    const post = await threadOfCase(server, 1);
    expect(discord.channel(post)?.appliedTags).toEqual([talk]);
  });
});
