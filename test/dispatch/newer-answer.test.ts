/**
 * Handling never waits on delivery: while an earlier answer waits out Telegram's rate limit,
 * a crisis typed by the same person is handled and answered at once, and the older answer,
 * which has not gone out, is dropped rather than sent after the newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { chatWith, mentions, startTelegramApp, type TelegramTestApp } from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";

let fake: FakeBotApi;
let running: TelegramTestApp;

beforeAll(async () => {
  fake = await startFakeBotApi();
  running = await startTelegramApp(fake);
});

afterAll(async () => {
  await running?.close();
  await fake?.close();
});

describe("a crisis typed while an earlier answer is held back by a rate limit", () => {
  it("is answered at once, and the held-back answer is never sent after it", async () => {
    const user = person(9101, "ja");
    const chat = chatWith(user, fake, running.app);
    await chat.text("/start");

    const delivered = () =>
      fake
        .sentTo(user.id)
        .filter((call) => call.result !== undefined)
        .map((call) => String(call.payload.text));
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 60",
      parameters: { retry_after: 60 },
    });
    const attempts = fake.sentTo(user.id).length;
    fake.push(textUpdate(user, "設定"));
    // The answer to "設定" was tried once and is now waiting a minute.
    await fake.waitFor(() => fake.sentTo(user.id).length > attempts, "the rate-limited send");
    const heldBack = String(fake.sentTo(user.id).at(-1)?.payload.text);
    expect(delivered()).not.toContain(heldBack);

    const crisis = await chat.text("死にたい", mentions("いのちの電話"));
    expect(crisis.map((call) => String(call.payload.text)).join("\n")).toMatch(/0120-|0570-/);

    // However long we look, the older answer does not come after the crisis answer.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(delivered()).not.toContain(heldBack);
  });
});
