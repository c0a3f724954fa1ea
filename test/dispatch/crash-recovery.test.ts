/**
 * "Acknowledge only what is kept": komorebi runs as its own process on SQLite, LINE posts
 * signed webhooks, and the process is killed with SIGKILL at the worst moments. After a restart
 * on the same store, every acknowledged event must be answered, and none twice.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeMessagingApi,
  type RecordedCall,
  startFakeMessagingApi,
} from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  postToLine,
  replyToken,
  textEvent,
  userId,
} from "../line/fixtures.js";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";

let fake: FakeMessagingApi;
const dirs: string[] = [];
const children: ChildApp[] = [];

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
});

afterAll(async () => {
  await Promise.all(children.map((child) => child.kill()));
  await fake.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function environment(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), "komorebi-crash-"));
  dirs.push(dir);
  return {
    STORE_URL: `sqlite://${join(dir, "k.sqlite")}`,
    DATA_DIR: dir,
    PSEUDONYM_SECRET: "crash-test-secret-0123456789abcdef",
    LOG_LEVEL: "warn",
    WEB_CHAT: "off",
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: fake.url,
  };
}

async function start(env: Record<string, string>, port: number): Promise<ChildApp> {
  const child = await startChildApp(env, port);
  children.push(child);
  return child;
}

const post = (app: ChildApp, events: object[]) => postToLine(app.url, events);

/** What one person saw, in order: the texts of every reply and push LINE accepted for them. */
function seenBy(user: string, tokens: ReadonlySet<string>): string[] {
  return fake.calls
    .filter(
      (call) =>
        call.status === 200 &&
        ((call.path === "/v2/bot/message/reply" && tokens.has(String(call.body.replyToken))) ||
          (call.path === "/v2/bot/message/push" && call.body.to === user)),
    )
    .flatMap(textsOf);
}

function textsOf(call: RecordedCall): string[] {
  return (call.body.messages ?? []).map((message) => JSON.stringify(message));
}

/** A person's first three events, in one webhook as LINE batches them. */
function firstContact(user: string) {
  const tokens = [replyToken(), replyToken(), replyToken()];
  return {
    user,
    tokens: new Set(tokens),
    events: [
      followEvent(user, { replyToken: tokens[0] }),
      textEvent(user, "こんにちは", { replyToken: tokens[1] }),
      textEvent(user, "話を聞いてほしい", { replyToken: tokens[2] }),
    ],
  };
}

/** Waits until what a person has seen stops growing, and returns it. */
async function settled(user: string, tokens: ReadonlySet<string>): Promise<string[]> {
  let last = -1;
  for (;;) {
    const seen = seenBy(user, tokens);
    if (seen.length > 0 && seen.length === last) return seen;
    last = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function eventually(check: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a process killed with SIGKILL (LINE on SQLite)", () => {
  it("answers every acknowledged event exactly once after a restart, even mid-burst", async () => {
    const env = await environment();
    const port = await freePort();
    let app = await start(env, port);

    // One person handled without any crash: what everyone else must end up seeing.
    const control = firstContact(userId());
    expect(await post(app, control.events)).toBe(200);
    const expected = await settled(control.user, control.tokens);
    expect(expected.length).toBeGreaterThan(3);

    const people = Array.from({ length: 150 }, () => firstContact(userId()));
    const statuses = await Promise.all(people.map((person) => post(app, person.events)));
    // Every webhook was acknowledged, so LINE will never send these events again.
    expect(statuses.every((status) => status === 200)).toBe(true);
    await app.kill();
    const answeredBeforeKill = people.filter(
      (person) => seenBy(person.user, person.tokens).length === expected.length,
    ).length;

    app = await start(env, port);
    await eventually(
      () => people.every((person) => seenBy(person.user, person.tokens).length >= expected.length),
      "every person's answers after the restart",
    );
    // A moment for anything that would be sent twice to show up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const person of people) {
      expect(seenBy(person.user, person.tokens)).toEqual(expected);
    }
    expect(answeredBeforeKill).toBeLessThan(people.length);
    await app.stop();
  }, 120_000);

  it("does not answer twice when killed between LINE accepting a reply and recording it", async () => {
    const env = await environment();
    const port = await freePort();
    let app: ChildApp = await start(env, port);
    const person = firstContact(userId());
    const killed = new Promise<void>((resolve) => {
      // The reply has reached the person; the process dies before it can mark it sent.
      fake.onAccepted((call) => {
        if (person.tokens.has(String(call.body.replyToken))) {
          fake.onAccepted(undefined);
          app.process.kill("SIGKILL");
          resolve();
        }
      });
    });
    expect(await post(app, person.events)).toBe(200);
    await killed;
    await app.kill();
    const before = seenBy(person.user, person.tokens);
    expect(before.length).toBeGreaterThan(0);

    app = await start(env, port);
    const control = firstContact(userId());
    expect(await post(app, control.events)).toBe(200);
    const expected = await settled(control.user, control.tokens);
    await eventually(
      () => seenBy(person.user, person.tokens).length >= expected.length,
      "the killed person's answers",
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seenBy(person.user, person.tokens)).toEqual(expected);
    await app.stop();
  }, 60_000);
});
