/**
 * Answers longer than one LINE call (five messages), on a copy of the shipped content whose
 * welcome is seven long paragraphs; and shutdown, which must finish what is in flight.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { defaultContentDir } from "../../src/content/load.js";
import { type RunningApp, startApp } from "../../src/main.js";
import {
  type FakeMessagingApi,
  type RecordedCall,
  startFakeMessagingApi,
} from "./fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  postWebhook,
  replyToken,
  userId,
  webhookBody,
} from "./fixtures.js";

const PARAGRAPHS = 7;
// Long enough (about 600 characters in English) that two cannot share one bubble.
const english = (n: number) =>
  `Paragraph ${n}. ${"This long paragraph stands in for a welcome that says a lot, one calm sentence at a time. ".repeat(6)}`.trim();
// Short enough (about 150 characters in Japanese) that the packer may join them.
const japanese = (n: number) =>
  `段落${n}。${"これは長いあいさつの代わりの、おだやかな文です。".repeat(6)}`;

function welcomeFlow(): string {
  const nodes = Array.from({ length: PARAGRAPHS }, (_, index) => {
    const n = index + 1;
    const next = n === PARAGRAPHS ? '"@menu"' : `p${n + 1}`;
    return `  p${n}:\n    type: say\n    text:\n      ja: ${japanese(n)}\n      en: ${english(n)}\n    next: ${next}`;
  });
  return `id: welcome\ntitle:\n  ja: はじめのあいさつ\n  en: Welcome\ndescription: A long welcome for tests.\nstart: p1\nnodes:\n${nodes.join("\n")}\n`;
}

let fake: FakeMessagingApi;
let app: RunningApp;
let closed = false;
let base: string;
let dir: string;

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  dir = await mkdtemp(join(tmpdir(), "komorebi-line-long-"));
  const content = join(dir, "content");
  await cp(defaultContentDir, content, { recursive: true });
  await writeFile(join(content, "flows", "welcome.yaml"), welcomeFlow());
  app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      CONTENT_DIR: content,
      LOG_LEVEL: "silent",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
    }),
  );
  base = `http://127.0.0.1:${app.port}`;
});

afterAll(async () => {
  if (!closed) await app?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function follow(user: string, token: string): Promise<void> {
  const response = await postWebhook(base, webhookBody([followEvent(user, { replyToken: token })]));
  expect(response.status).toBe(200);
}

const textsOf = (calls: RecordedCall[]) =>
  calls.flatMap((call) => (call.body.messages ?? []).map((message) => message.text ?? ""));

describe("answers longer than one LINE call", () => {
  it("replies with five messages and pushes the rest, questions last", async () => {
    const user = userId();
    fake.setProfile(user, { language: "en" });
    const token = replyToken();
    await follow(user, token);
    const [reply] = await fake.waitFor(() => fake.repliesWith(token));
    const [push] = await fake.waitFor(() => fake.pushesTo(user));
    expect(reply!.body.messages).toHaveLength(5);
    expect(push!.status).toBe(200);
    expect(push!.headers["x-line-retry-key"]).toMatch(/^[0-9a-f-]{36}$/);
    const texts = textsOf([reply!, push!]).join("\n");
    const order = Array.from({ length: PARAGRAPHS }, (_, i) =>
      texts.indexOf(`Paragraph ${i + 1}.`),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(push!.body.messages?.at(-1)?.quickReply?.items?.length).toBeGreaterThan(0);
    expect(reply!.body.messages?.some((message) => message.quickReply)).toBe(false);
  });

  it("joins short paragraphs so the whole welcome fits the free reply", async () => {
    const user = userId();
    fake.setProfile(user, { language: "ja" });
    const token = replyToken();
    await follow(user, token);
    const [reply] = await fake.waitFor(() => fake.repliesWith(token));
    expect(reply!.body.messages!.length).toBeLessThanOrEqual(5);
    const texts = textsOf([reply!]).join("\n");
    for (let n = 1; n <= PARAGRAPHS; n += 1) expect(texts).toContain(`段落${n}。`);
    expect(reply!.body.messages?.at(-1)?.quickReply?.items?.length).toBeGreaterThan(0);
    // A later event is the barrier for this person: nothing was pushed before it.
    const next = replyToken();
    await follow(user, next);
    await fake.waitFor(() => fake.repliesWith(next));
    expect(fake.pushesTo(user)).toEqual([]);
  });
});

describe("shutdown", () => {
  it("waits for events in flight before it returns", async () => {
    const user = userId();
    fake.setProfile(user, { language: "ja", delayMs: 600 });
    const token = replyToken();
    await follow(user, token);
    closed = true;
    await app.close();
    expect(fake.repliesWith(token).map((call) => call.status)).toEqual([200]);
  });
});
