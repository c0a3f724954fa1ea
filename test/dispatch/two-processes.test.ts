/**
 * Several processes on one store: two komorebi processes share the real Redis (then the real
 * Postgres), LINE's webhooks for each person alternate between them, and every person's
 * messages must be answered once each and in the order they were sent.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  postToLine,
  replyToken,
  textEvent,
  userId,
} from "../line/fixtures.js";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";

let fake: FakeMessagingApi;
const dirs: string[] = [];

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
});

afterAll(async () => {
  await fake.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const post = (app: ChildApp, events: object[]) => postToLine(app.url, events);

const PEOPLE = 20;
const MESSAGES = 8;

describe.each([
  ["Redis", "redis://127.0.0.1:6379"],
  ["Postgres", "postgresql://postgres@127.0.0.1:5432/test"],
])("two processes on the real %s", (_name, storeUrl) => {
  it("answer each person's back-to-back messages once each, in order", async () => {
    const dir = await mkdtemp(join(tmpdir(), "komorebi-two-"));
    dirs.push(dir);
    const env = {
      STORE_URL: storeUrl,
      STORE_NAMESPACE: `two-${randomUUID().slice(0, 8)}`,
      DATA_DIR: dir,
      PSEUDONYM_SECRET: "two-processes-secret-0123456789",
      LOG_LEVEL: "warn",
      WEB_CHAT: "off",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
    };
    const apps = [
      await startChildApp(env, await freePort()),
      await startChildApp(env, await freePort()),
    ];
    try {
      const people = Array.from({ length: PEOPLE }, () => ({
        user: userId(),
        tokens: Array.from({ length: MESSAGES }, () => replyToken()),
      }));
      await Promise.all(
        people.map(async (person) => {
          for (const [index, token] of person.tokens.entries()) {
            const app = apps[index % 2] as ChildApp;
            const text = index === 0 ? "こんにちは" : "話を聞いてほしい";
            // Back to back: the next one is sent as soon as the previous one is acknowledged.
            expect(await post(app, [textEvent(person.user, text, { replyToken: token })])).toBe(
              200,
            );
          }
        }),
      );
      const replies = () =>
        fake.calls.filter((call) => call.path === "/v2/bot/message/reply" && call.status === 200);
      const all = new Set(people.flatMap((person) => person.tokens));
      const deadline = Date.now() + 30_000;
      while (replies().filter((call) => all.has(String(call.body.replyToken))).length < all.size) {
        if (Date.now() > deadline) throw new Error("not every message was answered in time");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const person of people) {
        const answered = replies()
          .map((call) => String(call.body.replyToken))
          .filter((token) => person.tokens.includes(token));
        expect(answered).toEqual(person.tokens);
      }
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  }, 90_000);
});
