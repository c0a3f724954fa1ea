import { Api, GrammyError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRetryTransformer } from "../../src/adapters/telegram/api-retry.js";
import { createRecentSet } from "../../src/adapters/telegram/recent-set.js";
import type { Logger } from "../../src/core/ports.js";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.js";

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
let fake: FakeBotApi;
const waits: number[] = [];

function api(): Api {
  const client = new Api(fake.token, { apiRoot: fake.url });
  client.config.use(
    createRetryTransformer({
      logger: quiet,
      maxAttempts: 3,
      maxRetryAfterSeconds: 30,
      sleep: async (ms) => void waits.push(ms),
    }),
  );
  return client;
}

beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(async () => {
  await fake.close();
});

describe("Bot API retries", () => {
  it("waits retry_after on 429 and tries again", async () => {
    waits.length = 0;
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests",
      parameters: { retry_after: 3 },
    });
    await api().sendMessage(1, "hi");
    expect(waits).toEqual([3000]);
    expect(fake.sentTo(1)).toHaveLength(2);
  });

  it("gives up after the attempts or when retry_after is too long", async () => {
    fake.failNext(
      "getMe",
      { error_code: 429, description: "Too Many Requests", parameters: { retry_after: 1 } },
      3,
    );
    await expect(api().getMe()).rejects.toBeInstanceOf(GrammyError);
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Flood",
      parameters: { retry_after: 600 },
    });
    await expect(api().sendMessage(2, "hi")).rejects.toMatchObject({ error_code: 429 });
    expect(fake.sentTo(2)).toHaveLength(1);
  });

  it("retries a server error for calls that can be repeated, never for a send", async () => {
    fake.failNext("setMyCommands", { error_code: 502, description: "Bad Gateway" });
    await api().setMyCommands([{ command: "start", description: "Start" }]);
    fake.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" });
    await expect(api().sendMessage(3, "hi")).rejects.toMatchObject({ error_code: 500 });
    expect(fake.sentTo(3)).toHaveLength(1);
  });

  it("does not retry client errors such as 403", async () => {
    fake.block(4);
    await expect(api().sendMessage(4, "hi")).rejects.toMatchObject({ error_code: 403 });
    expect(fake.sentTo(4)).toHaveLength(1);
  });
});

describe("the recent set behind the once-per-group note", () => {
  it("forgets after the time to live and keeps at most maxSize keys", () => {
    let now = 0;
    const set = createRecentSet({ maxSize: 2, ttlMs: 100, now: () => now });
    set.add("a");
    set.add("b");
    set.add("c");
    expect(set.has("a")).toBe(false);
    expect(set.has("b") && set.has("c")).toBe(true);
    now = 150;
    expect(set.has("c")).toBe(false);
    expect(set.size).toBe(0);
  });
});
