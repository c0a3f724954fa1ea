/**
 * What people write while no process is connected to Discord (a deploy, a restart, a crash) is
 * never delivered to the next gateway session: a new process reads it through the REST API from
 * the last message it kept, and answers it. Each test stops the real app, lets the person write
 * into their DM on the fake Discord, and starts a new app on the same SQLite store.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Keyv } from "keyv";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { pseudonymFor } from "../../src/core/pseudonym.js";
import { createSealedBox, sealingKey } from "../../src/dispatch/sealed-box.js";
import { createDmIndex } from "../../src/store/dm-index.js";
import { createStore } from "../../src/store/index.js";
import { type FakeDiscord, type ShownMessage, startFakeDiscord } from "./fake-discord.js";
import { type DiscordPerson, discordPerson, dmMessage } from "./payloads.js";
import {
  chatWith,
  type DiscordTestApp,
  endsWithQuestion,
  mentions,
  startDiscordApp,
  textOf,
} from "./support.js";

const SECRET = "catch-up-test-secret-0123456789";
const PAUSED = "let's take a break";
const STOPPED = "I'll stop here";
const HISTORY = /^\/channels\/\d+\/messages\?/;

interface LogLine {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fake Discord and a store that outlives the apps started on it. */
async function world() {
  const dir = await mkdtemp(join(tmpdir(), "komorebi-catch-up-"));
  dirs.push(dir);
  const fake = await startFakeDiscord();
  cleanups.push(() => fake.close());
  const storeUrl = `sqlite://${join(dir, "k.sqlite")}`;
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      lines.push({ level, message, ...(fields ? { fields } : {}) });
    };
  const logger = { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
  let running: DiscordTestApp | undefined;
  return {
    fake,
    lines,
    /** Starts an app and waits for its own new gateway session. */
    async start(): Promise<DiscordTestApp> {
      const sessions = fake.identifies.length;
      running = await startDiscordApp(
        fake,
        { STORE_URL: storeUrl, PSEUDONYM_SECRET: SECRET, LOG_LEVEL: "debug" },
        logger,
      );
      await fake.waitFor(() => fake.identifies.length > sessions, "a new gateway session");
      await fake.waitForReady();
      const started = running;
      cleanups.push(() => started.close());
      return started;
    },
    /** Stops the app once everything it was given is answered. */
    async stop(app: DiscordTestApp) {
      await app.app.dispatcher.idle();
      await app.close();
    },
    indexOn,
    /** The store as a crash between a message's keep and its note in the index leaves it. */
    async rewindIndex(person: DiscordPerson, lastId: string) {
      const store = await createStore(storeUrl);
      try {
        await indexOn(store.kv).note({
          userId: person.id,
          channelId: fake.dmChannelOf(person.id),
          lastId,
        });
      } finally {
        await store.close();
      }
    },
  };
}

/** The app's index of DMs, read or written as the app does (same secret, same keys). */
function indexOn(kv: Keyv<unknown>) {
  return createDmIndex(kv, {
    scope: "discord",
    box: createSealedBox(sealingKey(undefined, SECRET)),
    lock: (_key, task) => task(),
    pseudonym: (userId) => pseudonymFor(SECRET, "discord", userId),
    windowMs: 60_000,
  });
}

/** The person writes into their DM; no session is there to see it. */
function writeWhileAway(fake: FakeDiscord, person: DiscordPerson, text: string) {
  const message = dmMessage(fake, person, text);
  fake.dispatch("MESSAGE_CREATE", message);
  return message;
}

/** Waits until the DM shows new messages that satisfy `done`. */
async function answerAfter(
  fake: FakeDiscord,
  shown: () => ShownMessage[],
  before: number,
  done: (answer: ShownMessage[]) => boolean,
) {
  return fake.waitFor(() => {
    const answer = shown().slice(before);
    return answer.length > 0 && done(answer) ? answer : undefined;
  }, "the answer to what was written while the bot was away");
}

/** How often `text` appears in the DM. */
const times = (shown: ShownMessage[], text: string) =>
  shown.filter((message) => message.content.includes(text)).length;

describe("Discord: DMs written while no process was connected", () => {
  it("are read by the next process and answered", async () => {
    const { fake, start, stop, lines } = await world();
    const first = await start();
    const person = chatWith(discordPerson(), fake, first.app);
    await person.slash("start");
    await person.text("menu", endsWithQuestion);
    await stop(first);

    const shownBefore = person.shown().length;
    const missed = writeWhileAway(fake, person.person, "pause");
    const second = await start();
    const answer = await answerAfter(fake, person.shown, shownBefore, mentions(PAUSED));
    expect(textOf(answer)).toContain(PAUSED);
    await second.app.dispatcher.idle();
    expect((await chatWith(person.person, fake, second.app).state())?.turns).toBe(3);
    // Read from the last message kept, as Discord pages.
    const read = fake.callsTo("GET", HISTORY);
    expect(read.length).toBeGreaterThan(0);
    expect(read[0]?.path).toMatch(/[?&]after=\d+/);
    expect(read[0]?.path).toMatch(/[?&]limit=100\b/);
    // Counts and pseudonyms only: no platform id, no text.
    const done = lines.find((line) => line.message === "discord catch-up done");
    expect(done?.fields).toMatchObject({ channels: 1, kept: 1, failed: 0 });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(person.person.id);
    expect(logged).not.toContain(person.channelId);
    expect(logged).not.toContain(missed.id);
  }, 30_000);

  it("does not answer twice a message that was kept before the stop", async () => {
    const { fake, start, stop, rewindIndex, lines } = await world();
    const first = await start();
    const person = chatWith(discordPerson(), fake, first.app);
    await person.slash("start");
    const slashId = fake.callsTo("POST", /\/callback$/)[0]?.path.split("/")[2] ?? "";
    await person.text("pause", mentions(PAUSED));
    await stop(first);
    // The process died after keeping "pause" but before noting it: the index still points at
    // /start, so the next process reads "pause" again, with what came after it.
    await rewindIndex(person.person, slashId);

    const shownBefore = person.shown().length;
    writeWhileAway(fake, person.person, "menu");
    const second = await start();
    await answerAfter(fake, person.shown, shownBefore, endsWithQuestion);
    await second.app.dispatcher.idle();
    expect(times(person.shown(), PAUSED)).toBe(1);
    expect((await chatWith(person.person, fake, second.app).state())?.turns).toBe(3);
    // It was read again and recognised by its id.
    expect(lines.some((line) => line.message === "duplicate event ignored")).toBe(true);
  }, 30_000);

  it("does not take the bot's own messages for the person's", async () => {
    const { fake, start, stop, lines } = await world();
    const first = await start();
    const person = chatWith(discordPerson(), fake, first.app);
    await person.slash("start");
    await person.text("menu", endsWithQuestion);
    await stop(first);
    // Everything the bot said lies after the last message kept, in the same channel.
    const botSaid = person.shown().length;

    writeWhileAway(fake, person.person, "pause");
    const second = await start();
    await answerAfter(fake, person.shown, botSaid, mentions(PAUSED));
    await second.app.dispatcher.idle();
    const done = await fake.waitFor(
      () => lines.find((line) => line.message === "discord catch-up done"),
      "the catch-up's end",
    );
    expect(done.fields).toMatchObject({ kept: 1 });
    expect(Number(done.fields?.read)).toBeGreaterThan(1);
    expect(person.shown().length).toBe(botSaid + 1);
    expect((await chatWith(person.person, fake, second.app).state())?.turns).toBe(3);
    const bot = await second.app.store.conversations.get(
      second.app.core.pseudonym("discord", fake.botUserId),
    );
    expect(bot).toBeUndefined();
  }, 30_000);

  it("answers several missed messages in order, before a live one sent right after the start", async () => {
    const { fake, start, stop } = await world();
    const first = await start();
    const person = chatWith(discordPerson(), fake, first.app);
    await person.slash("start");
    await stop(first);

    const shownBefore = person.shown().length;
    writeWhileAway(fake, person.person, "pause");
    writeWhileAway(fake, person.person, "menu");
    const second = await start();
    // The first thing the new session hears.
    fake.dispatch("MESSAGE_CREATE", dmMessage(fake, person.person, "stop"));
    const answer = await answerAfter(fake, person.shown, shownBefore, mentions(STOPPED));
    await second.app.dispatcher.idle();
    const texts = person
      .shown()
      .slice(shownBefore)
      .map((message) => message.content);
    const paused = texts.findIndex((text) => text.includes(PAUSED));
    const stopped = texts.findIndex((text) => text.includes(STOPPED));
    expect(paused).toBeGreaterThanOrEqual(0);
    // "pause", then "menu" (the menu's question between), then the live "stop", last.
    expect(stopped).toBe(texts.length - 1);
    expect(endsWithQuestion(person.shown().slice(shownBefore + paused + 1, -1))).toBe(true);
    expect(times(answer, STOPPED)).toBe(1);
    expect((await chatWith(person.person, fake, second.app).state())?.turns).toBe(4);
  }, 30_000);

  it("keeps the DM only sealed and by pseudonym, and deletes it with the person's data", async () => {
    const { fake, start, indexOn } = await world();
    const running = await start();
    const person = chatWith(discordPerson(), fake, running.app);
    await person.slash("start");
    await person.text("menu", endsWithQuestion);
    const pseudonym = running.app.core.pseudonym("discord", person.person.id);
    const index = indexOn(running.app.store.kv);
    await expect.poll(async () => (await index.recent(10)).length).toBe(1);
    expect((await index.recent(10))[0]).toMatchObject({
      userId: person.person.id,
      channelId: person.channelId,
    });
    const stored = JSON.stringify([
      await running.app.store.kv.get(`dm-index:discord:chat:${pseudonym}`),
      await running.app.store.kv.get(
        `dm-index:discord:day:${new Date().toISOString().slice(0, 10)}`,
      ),
    ]);
    expect(stored).toContain(pseudonym);
    expect(stored).not.toContain(person.person.id);
    expect(stored).not.toContain(person.channelId);

    const confirm = await person.text("delete my data", endsWithQuestion);
    expect(confirm.length).toBeGreaterThan(0);
    await person.press("Yes, delete it", (answer) => answer.length > 0);
    await running.app.dispatcher.idle();
    await expect.poll(async () => (await index.recent(10)).length).toBe(0);
    expect(await running.app.store.kv.get(`dm-index:discord:chat:${pseudonym}`)).toBeUndefined();
  }, 30_000);

  it("goes on with the other DMs when one cannot be read (403, 404)", async () => {
    const { fake, start, stop, lines } = await world();
    const first = await start();
    // The readable one first: the failing ones are the most recent, read before it.
    const people = [discordPerson(), discordPerson(), discordPerson()].map((person) =>
      chatWith(person, fake, first.app),
    );
    for (const person of people) await person.slash("start");
    await stop(first);
    const [readable, closed, gone] = people as [
      ReturnType<typeof chatWith>,
      ReturnType<typeof chatWith>,
      ReturnType<typeof chatWith>,
    ];

    const shownBefore = readable.shown().length;
    for (const person of people) writeWhileAway(fake, person.person, "pause");
    fake.failNext("GET", new RegExp(`^/channels/${closed.channelId}/messages`), {
      status: 403,
      body: { message: "Missing Access", code: 50001 },
    });
    fake.failNext("GET", new RegExp(`^/channels/${gone.channelId}/messages`), {
      status: 404,
      body: { message: "Unknown Channel", code: 10003 },
    });
    const second = await start();
    await answerAfter(fake, readable.shown, shownBefore, mentions(PAUSED));
    const done = await fake.waitFor(
      () => lines.find((line) => line.message === "discord catch-up done"),
      "the catch-up's end",
    );
    expect(done.fields).toMatchObject({ channels: 3, kept: 1, failed: 2 });
    const failures = lines.filter(
      (line) => line.message === "discord catch-up: a DM channel could not be read",
    );
    expect(failures.map((line) => line.fields?.conversation).sort()).toEqual(
      [closed, gone].map((person) => second.app.core.pseudonym("discord", person.person.id)).sort(),
    );
  }, 30_000);
});
