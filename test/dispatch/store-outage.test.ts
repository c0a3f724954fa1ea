/**
 * A store outage: while Redis cannot be reached, LINE's webhooks are answered 503 (so LINE
 * delivers them again) and none is acknowledged and dropped; once Redis is back, the
 * redelivered events are answered, each once.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { type RunningApp, startApp } from "../../src/main.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  postToLine,
  textEvent,
  userId,
  webhookEventId,
} from "../line/fixtures.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

let fake: FakeMessagingApi;
let proxy: TcpProxy;
let app: RunningApp;
let dir: string;

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  proxy = await startTcpProxy(6379);
  dir = await mkdtemp(join(tmpdir(), "komorebi-outage-"));
  app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: `redis://127.0.0.1:${proxy.port}`,
      STORE_NAMESPACE: `outage-${randomUUID().slice(0, 8)}`,
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
      WEB_CHAT: "off",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
    }),
  );
});

afterAll(async () => {
  await proxy.restore();
  await app?.close();
  await proxy.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const post = (events: object[]) => postToLine(`http://127.0.0.1:${app.port}`, events);

const answeredTo = (token: string) =>
  fake.repliesWith(token).filter((call) => call.status === 200).length;

describe("a Redis outage (cut at the network)", () => {
  it("answers 503 while the store is away, and every redelivered event once it is back", async () => {
    const before = { user: userId(), token: randomUUID().replace(/-/g, "") };
    expect(await post([textEvent(before.user, "こんにちは", { replyToken: before.token })])).toBe(
      200,
    );
    await fake.waitFor(() => fake.repliesWith(before.token));

    await proxy.cut();
    const waiting = Array.from({ length: 20 }, () => {
      const user = userId();
      const token = randomUUID().replace(/-/g, "");
      const id = webhookEventId();
      return {
        user,
        token,
        event: (redelivery: boolean) =>
          textEvent(user, "こんにちは", {
            replyToken: token,
            webhookEventId: id,
            isRedelivery: redelivery,
          }),
      };
    });
    const during = await Promise.all(waiting.map((person) => post([person.event(false)])));
    // Nothing was acknowledged that was not kept: LINE will deliver every one of them again.
    expect(during).toEqual(waiting.map(() => 503));
    expect(waiting.every((person) => answeredTo(person.token) === 0)).toBe(true);

    await proxy.restore();
    await expect
      .poll(async () => await post([waiting[0]!.event(true)]), { timeout: 15_000 })
      .toBe(200);
    const after = await Promise.all(waiting.map((person) => post([person.event(true)])));
    expect(after).toEqual(waiting.map(() => 200));
    for (const person of waiting) {
      await fake.waitFor(() => fake.repliesWith(person.token), 1, 10_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const person of waiting) expect(answeredTo(person.token)).toBe(1);
  }, 60_000);
});
