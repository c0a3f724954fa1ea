/**
 * The duplicate window keeps short digests of event ids instead of the ids: LINE webhooks into
 * the running app on the real SQLite, Redis and Postgres stores. A redelivery is recognised as
 * long as it is in the window, ids a record kept raw (written before digests) are recognised
 * too, and a staff action with a key is carried out once.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/dispatch/record-rules.js";
import type { ConversationRecord } from "../../src/store/conversation-record.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  postToLine,
  replyToken,
  textEvent,
  userId,
  webhookEventId,
} from "../line/fixtures.js";
import { startTestApp, type TestApp } from "../support/app.js";

let fake: FakeMessagingApi;

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
});

afterAll(async () => {
  await fake.close();
});

/** How `seen` keeps an id of 12 characters or more: 12 base64url characters. */
const DIGEST = /^[A-Za-z0-9_-]{12}$/;

describe.each([
  ["SQLite", "sqlite"],
  ["Redis", "redis://127.0.0.1:6379"],
  ["Postgres", "postgresql://postgres@127.0.0.1:5432/test"],
])("the duplicate window on the real %s", (_name, storeUrl) => {
  let running: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "komorebi-seen-"));
    running = await startTestApp({
      STORE_URL: storeUrl === "sqlite" ? `sqlite://${join(dir, "k.sqlite")}` : storeUrl,
      STORE_NAMESPACE: `seen-${randomUUID().slice(0, 8)}`,
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
    });
  });

  afterAll(async () => {
    await running?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const conversationOf = (user: string) => running.app.core.pseudonym("line", user);
  const recordOf = async (user: string): Promise<ConversationRecord> => {
    const record = await running.app.store.conversations.records.read(conversationOf(user));
    if (!record) throw new Error("no record");
    return record;
  };
  const repliedTo = (token: string) =>
    fake.calls.filter(
      (call) =>
        call.path === "/v2/bot/message/reply" &&
        call.status === 200 &&
        call.body.replyToken === token,
    ).length;

  /** Posts one text event with its own id and reply token; the number of replies it got. */
  async function say(user: string, text: string, id = webhookEventId()): Promise<number> {
    const token = replyToken();
    expect(
      await postToLine(running.base, [
        textEvent(user, text, { webhookEventId: id, replyToken: token }),
      ]),
    ).toBe(200);
    await running.app.dispatcher.idle();
    return repliedTo(token);
  }

  it("recognises a redelivery after a window's worth of other events, kept as digests", async () => {
    const user = userId();
    const first = webhookEventId();
    const ids = [first];
    expect(await postToLine(running.base, [followEvent(user, { webhookEventId: first })])).toBe(
      200,
    );
    // The rest of the window, in webhooks of 20 events as LINE batches them.
    for (let sent = 1; sent < DEFAULT_LIMITS.maxSeen; sent += 20) {
      const batch = Array.from({ length: Math.min(20, DEFAULT_LIMITS.maxSeen - sent) }, () => {
        const id = webhookEventId();
        ids.push(id);
        return textEvent(user, "メニュー", { webhookEventId: id });
      });
      expect(await postToLine(running.base, batch)).toBe(200);
    }
    await running.app.dispatcher.idle();
    const before = await recordOf(user);
    expect(before.seen).toHaveLength(DEFAULT_LIMITS.maxSeen);
    expect(before.seen.every((entry) => DIGEST.test(entry))).toBe(true);
    expect(before.seen.some((entry) => ids.includes(entry))).toBe(false);
    expect(new Set(before.seen).size).toBe(DEFAULT_LIMITS.maxSeen);

    // The oldest event in the window and one from its middle, redelivered: nothing happens.
    expect(await say(user, "こんにちは", first)).toBe(0);
    expect(await say(user, "こんにちは", ids[100])).toBe(0);
    const after = await recordOf(user);
    expect(after.state?.revision).toBe(before.state?.revision);
    expect(after.seen).toEqual(before.seen);

    // A new event is answered and pushes the oldest off the window: then it is new again.
    expect(await say(user, "こんにちは")).toBe(1);
    expect(await say(user, "こんにちは", first)).toBe(1);
  }, 60_000);

  it("recognises ids a record kept raw before digests (an earlier version wrote it)", async () => {
    const user = userId();
    expect(await say(user, "こんにちは")).toBe(1);
    const conversation = conversationOf(user);
    // What an earlier version left: the full ids of LINE events and of a staff action.
    const oldEvent = webhookEventId();
    const oldKey = `staff-close:${Math.floor(Math.random() * 1e6)}`;
    const { records } = running.app.store.conversations;
    await records.withLock(conversation, async () => {
      const record = await recordOf(user);
      record.seen = [oldEvent, oldKey, ...record.seen];
      await records.write(conversation, record);
    });
    const revision = (await recordOf(user)).state?.revision;

    expect(await say(user, "メニュー", oldEvent)).toBe(0);
    expect(
      await running.app.dispatcher.act(conversation, { type: "closed" }, { key: oldKey }),
    ).toEqual({ status: "duplicate" });
    expect((await recordOf(user)).state?.revision).toBe(revision);

    // A new id is handled and kept as a digest beside the raw ones.
    expect(await say(user, "メニュー")).toBe(1);
    const record = await recordOf(user);
    expect(record.seen.slice(0, 2)).toEqual([oldEvent, oldKey]);
    expect(DIGEST.test(record.seen.at(-1) ?? "")).toBe(true);
  }, 30_000);

  it("carries out a staff action with a key once, and keeps the key as a digest", async () => {
    const user = userId();
    expect(await say(user, "こんにちは")).toBe(1);
    const conversation = conversationOf(user);
    const key = `staff-close:${Math.floor(Math.random() * 1e6)}`;
    const { dispatcher } = running.app;

    expect(await dispatcher.act(conversation, { type: "closed" }, { key })).toMatchObject({
      status: "done",
    });
    const seen = (await recordOf(user)).seen;
    expect(seen).not.toContain(key);
    expect(DIGEST.test(seen.at(-1) ?? "")).toBe(true);
    expect(await dispatcher.act(conversation, { type: "closed" }, { key })).toEqual({
      status: "duplicate",
    });
    // Another key is another action.
    expect(
      await dispatcher.act(conversation, { type: "closed" }, { key: `${key}-2` }),
    ).toMatchObject({ status: "done" });
    expect((await recordOf(user)).seen).toHaveLength(seen.length + 1);
  }, 30_000);
});
