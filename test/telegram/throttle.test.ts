/**
 * The send throttler keeps a bot under Telegram's limits: a bot-wide rate, and one chat's
 * messages spaced out.
 * Checked against the fake Bot API: which calls arrive in the first window, which only later.
 */
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSendThrottler } from "../../src/adapters/telegram/throttle.js";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.js";

let fake: FakeBotApi;

beforeAll(async () => {
  fake = await startFakeBotApi();
});

afterAll(async () => {
  await fake.close();
});

function throttledApi(perSecond: number): Api {
  const api = new Api(fake.token, { apiRoot: fake.url });
  api.config.use(createSendThrottler(perSecond));
  return api;
}

/** How many of `calls` arrived within `windowMs` of the first. */
function inFirstWindow(calls: { at: number }[], windowMs: number): number {
  const first = Math.min(...calls.map((call) => call.at));
  return calls.filter((call) => call.at - first < windowMs).length;
}

describe("telegram send throttling", () => {
  it("holds the bot-wide rate: past it, sends wait for the next second", async () => {
    const api = throttledApi(3);
    const chats = Array.from({ length: 5 }, (_, index) => 8_100_000 + index);
    await Promise.all(chats.map((chat) => api.sendMessage(chat, "hello")));
    const calls = chats.flatMap((chat) => fake.sentTo(chat));
    expect(calls).toHaveLength(5);
    expect(inFirstWindow(calls, 700)).toBe(3);
  });

  it("spaces one chat's messages, in order, a quarter of a second apart", async () => {
    const api = throttledApi(30);
    const chat = 8_200_000;
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => api.sendMessage(chat, `part ${index + 1}`)),
    );
    const calls = fake.sentTo(chat);
    expect(calls.map((call) => (call.payload as { text?: string }).text)).toEqual(
      Array.from({ length: 6 }, (_, index) => `part ${index + 1}`),
    );
    // 0, 250, 500 ms fit in the first 700 ms; the other three come later.
    expect(inFirstWindow(calls, 700)).toBe(3);
  });
});
