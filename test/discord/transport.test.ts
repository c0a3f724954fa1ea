/**
 * The Discord transport under the failures it must survive: a dropped gateway connection (the
 * client resumes; nothing is lost, nothing answered twice, even when Discord replays events it
 * had delivered), rate limits, a 5xx after Discord had created the message (the nonce keeps it
 * to one), and an interaction whose token no longer works (the answer goes to the DM).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscordAdapter } from "../../src/adapters/discord/index.js";
import type { OutboundMessage } from "../../src/core/types.js";
import { type FakeDiscord, nextId, startFakeDiscord } from "./fake-discord.js";
import { discordPerson, dmMessage } from "./payloads.js";
import {
  chatWith,
  choiceButtons,
  type DiscordTestApp,
  endsWithQuestion,
  startDiscordApp,
  textOf,
} from "./support.js";

let fake: FakeDiscord;
let running: DiscordTestApp;
const logged: { message: string; fields?: Record<string, unknown> }[] = [];
const record = (message: string, fields?: Record<string, unknown>) => {
  logged.push({ message, ...(fields ? { fields } : {}) });
};
const chat = () => chatWith(discordPerson(), fake, running.app);
const CHANNEL_MESSAGES = /^\/channels\/\d+\/messages$/;

beforeAll(async () => {
  fake = await startFakeDiscord();
  running = await startDiscordApp(
    fake,
    {},
    {
      debug: record,
      info: record,
      warn: record,
      error: record,
    },
  );
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

describe("Discord: the gateway connection", () => {
  it("loses nothing and answers nothing twice across a reconnect", async () => {
    const person = chat();
    await person.slash("start");
    const turns = async () => (await person.state())?.turns ?? 0;
    const start = await turns();
    const shownBefore = person.shown().length;

    // The connection drops; two messages reach Discord while the bot is away.
    await fake.dropConnection();
    const written = fake.sequence;
    fake.dispatch("MESSAGE_CREATE", dmMessage(fake, person.person, "I just want to talk a little"));
    fake.dispatch("MESSAGE_CREATE", dmMessage(fake, person.person, "it has been a long week"));
    // discord.js resumes the session (no new IDENTIFY) and Discord replays what was missed.
    await fake.waitFor(() => fake.resumes.length === 1, "a RESUME");
    await fake.waitForReady();
    expect(fake.resumes[0]?.seq).toBe(written);
    await expect.poll(turns, { timeout: 10_000 }).toBe(start + 2);
    await running.app.dispatcher.idle();
    const answered = person.shown().length;
    expect(answered).toBeGreaterThan(shownBefore);

    // Dropped again, and this time Discord replays from before both messages: they are seen
    // twice, and handled once.
    await fake.dropConnection({ replayFrom: written });
    await fake.waitFor(() => fake.resumes.length === 2, "a second RESUME");
    await fake.waitForReady();
    const after = await person.text("still here", (shown) => shown.length > 0);
    expect(after.length).toBeGreaterThan(0);
    await running.app.dispatcher.idle();
    expect(await turns()).toBe(start + 3);
    expect(fake.identifies).toHaveLength(1);
  });
});

describe("Discord: sending", () => {
  it("waits out a short rate limit inside the send, and sends once", async () => {
    const person = chat();
    await person.slash("start");
    fake.failNext("POST", CHANNEL_MESSAGES, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.5, global: false },
      headers: { "retry-after": "0.5", "x-ratelimit-scope": "user" },
    });
    const before = fake.callsTo("POST", CHANNEL_MESSAGES).length;
    const answer = await person.text("hello", endsWithQuestion);
    const posts = fake.callsTo("POST", CHANNEL_MESSAGES).slice(before);
    expect(posts[0]?.status).toBe(429);
    expect(posts.slice(1).every((call) => call.status === 200)).toBe(true);
    expect(new Set(answer.map((message) => message.nonce)).size).toBe(answer.length);
  });

  it("hands a long rate limit back to the dispatcher, which sends after it", async () => {
    const person = chat();
    await person.slash("start");
    fake.failNext("POST", CHANNEL_MESSAGES, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 4, global: false },
      headers: { "retry-after": "4", "x-ratelimit-scope": "user" },
    });
    const sentAt = Date.now();
    const answer = await person.text("hello", endsWithQuestion);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(3500);
    // The wait was the dispatcher's (where a newer answer could overtake it), not the send's.
    const retried = logged.find((entry) => entry.message === "answer will be retried");
    expect(retried?.fields?.delay).toBeGreaterThanOrEqual(4000);
    expect(answer.length).toBeGreaterThan(0);
    const texts = answer.map((message) => message.content);
    expect(new Set(texts).size).toBe(texts.length);
  }, 20_000);

  it("shows a message once when Discord created it but the answer to the call was lost", async () => {
    const person = chat();
    await person.slash("start");
    fake.failNext("POST", CHANNEL_MESSAGES, {
      status: 500,
      body: { message: "500: Internal Server Error", code: 0 },
      afterApplying: true,
    });
    const before = fake.callsTo("POST", CHANNEL_MESSAGES).length;
    const answer = await person.text("hello", endsWithQuestion);
    const posts = fake.callsTo("POST", CHANNEL_MESSAGES).slice(before);
    expect(posts[0]?.status).toBe(500);
    // Sent again with the same nonce; Discord answered with the message it already had.
    expect(posts[1]?.body.nonce).toBe(posts[0]?.body.nonce);
    const texts = answer.map((message) => message.content);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("answers in the DM when the interaction's token is refused", async () => {
    const person = chat();
    fake.failNext("PATCH", /\/messages\/@original$/, {
      status: 404,
      body: { message: "Unknown Webhook", code: 10015 },
    });
    const answer = await person.slash("start");
    expect(answer.every((message) => message.via === "channel")).toBe(true);
    expect(textOf(answer)).toContain("komorebi");
  });

  it("answers in the DM when the interaction could not be acknowledged in time", async () => {
    const person = chat();
    fake.failNext("POST", /\/callback$/, {
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    const before = fake.calls.length;
    const answer = await person.slash("start");
    expect(answer.every((message) => message.via === "channel")).toBe(true);
    // Its token was never used: the answer did not try to fill a reply that does not exist.
    expect(fake.calls.slice(before).some((call) => call.path.startsWith("/webhooks/"))).toBe(false);
  });

  it("posts into a channel or a thread by id, with the same nonces (what a staff channel needs)", async () => {
    const adapter = running.app.channels.find(
      (channel) => channel.channel === "discord",
    ) as DiscordAdapter;
    const thread = nextId();
    const messages: OutboundMessage[] = [
      { type: "text", text: "Someone asked to talk to a person." },
      { type: "choices", text: "Take it?", choices: [{ id: "staff.case.take", label: "Take it" }] },
    ];
    expect(await adapter.postToChannel(thread, messages, "case-1")).toEqual({ status: "sent" });
    const shown = fake.messagesIn(thread);
    expect(shown.map((message) => message.content)).toEqual([
      "Someone asked to talk to a person.",
      "Take it?",
    ]);
    expect(choiceButtons(shown[1])).toEqual([{ label: "Take it", id: "staff.case.take" }]);
    // The same post again (a retry with the same key) adds nothing: Discord enforces the nonces.
    expect(await adapter.postToChannel(thread, messages, "case-1")).toEqual({ status: "sent" });
    expect(fake.messagesIn(thread)).toHaveLength(2);
  });
});
