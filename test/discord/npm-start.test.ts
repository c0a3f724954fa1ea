/**
 * `npm start` with DISCORD_BOT_TOKEN set and DISCORD_API_BASE at the fake: the built CLI as its
 * own process (what `npm start` runs after building), on SQLite, holds a DM conversation with
 * buttons, answers a crisis message with helplines, and honours /stop.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.js";
import { discordPerson } from "./payloads.js";
import { chatWith, endsWithQuestion, hasLiveChoices, mentions, textOf } from "./support.js";

let fake: FakeDiscord;
let child: ChildApp;
let dir: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = await mkdtemp(join(tmpdir(), "komorebi-discord-start-"));
  child = await startChildApp(
    {
      DISCORD_BOT_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DATA_DIR: dir,
      STORE_URL: `sqlite://${join(dir, "komorebi.sqlite")}`,
    },
    await freePort(),
  );
  await fake.waitForReady();
}, 30_000);
afterAll(async () => {
  await child?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("npm start with Discord", () => {
  it("holds a DM conversation with buttons, answers a crisis with helplines, and honours /stop", async () => {
    const person = chatWith(discordPerson("en-US"), fake);
    const welcome = await person.slash("start");
    expect(textOf(welcome)).toContain("I'm a chatbot");
    const settings = await person.press("Settings");
    expect(textOf(settings)).toContain("Which setting");
    expect(hasLiveChoices(settings.at(-1))).toBe(true);

    const crisis = await person.text("I want to kill myself", (shown) =>
      /0120-|0570-|119/.test(textOf(shown)),
    );
    expect(textOf(crisis)).toContain("Helplines");

    const stop = await person.slash("stop", {}, mentions("I'll stop here"));
    expect(stop.length).toBeGreaterThan(0);
    const back = await person.slash("menu", {}, endsWithQuestion);
    expect(textOf(back)).toContain("What would you like to do?");
    // The web chat still runs alongside, and the log names Discord among the channels.
    expect((await fetch(`${child.url}/healthz`)).ok).toBe(true);
    expect(child.output()).toMatch(/"channels":\["web","discord"\]/);
    // Logs carry pseudonyms, never the person's Discord id or words.
    expect(child.output()).not.toContain(person.person.id);
    expect(child.output()).not.toContain("kill myself");
  }, 30_000);
});
