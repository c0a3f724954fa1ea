/**
 * Shared pieces of the staff tests: the staff group as the fake Bot API records it (topics, the
 * card of each case, the lines after it), and reading a case from the store.
 */
import { randomUUID } from "node:crypto";
import type { Update } from "grammy/types";
import type { RunningApp } from "../../src/main.js";
import type { CaseRecord } from "../../src/staff/case-record.js";
import { caseRecordSchema } from "../../src/staff/case-record.js";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";
import type { FakeBotApi, RecordedCall } from "../telegram/fake-bot-api.js";

/** The staff group's chat id in these tests. */
export const STAFF_CHAT = -1001234567890;

/** The staff group as the bot wrote to it. */
export interface StaffGroup {
  /** The topic of the `index`-th case created (0 first), once it exists. */
  topic(index?: number): Promise<number>;
  /** The case card's message in a topic (the first message the bot posted there). */
  card(topic: number): RecordedCall;
  /** The card as it reads now (after edits). */
  cardText(topic: number): string;
  /** The lines after the card, in order. */
  lines(topic: number): string[];
  /** Waits for a line that contains `text`. */
  line(topic: number, text: string): Promise<string>;
  /** Everything the bot wrote to the staff group (cards, edits, lines, button answers). */
  everything(): string;
}

/** Watches the staff group on `fake`. */
export function staffGroup(fake: FakeBotApi): StaffGroup {
  const posted = (topic: number) => fake.postedIn(STAFF_CHAT, topic);
  const card = (topic: number) => {
    const first = posted(topic)[0];
    if (!first) throw new Error(`no card in topic ${topic}`);
    return first;
  };
  const lines = (topic: number) =>
    posted(topic)
      .slice(1)
      .map((call) => String(call.payload.text));
  return {
    topic: (index = 0) =>
      fake.waitFor(() => {
        const topic = fake.callsOf("createForumTopic")[index]?.result?.message_thread_id;
        return typeof topic === "number" && posted(topic).length > 0 ? topic : undefined;
      }, `case topic ${index}`),
    card,
    cardText(topic) {
      const id = card(topic).result.message_id;
      const edits = fake
        .callsOf("editMessageText")
        .filter((call) => Number(call.payload.message_id) === id);
      return String((edits.at(-1) ?? card(topic)).payload.text);
    },
    lines,
    line: (topic, text) =>
      fake.waitFor(() => lines(topic).find((line) => line.includes(text)), `a line "${text}"`),
    everything: () =>
      fake.calls
        .filter(
          (call) =>
            Number(call.payload.chat_id) === STAFF_CHAT ||
            call.method === "answerCallbackQuery" ||
            call.method === "createForumTopic",
        )
        .map((call) => JSON.stringify(call.payload))
        .join("\n"),
  };
}

/** A case as the store holds it. */
export async function storedCase(app: RunningApp, number: number): Promise<CaseRecord | undefined> {
  const value = await app.store.kv.get(`case:${number}`);
  return value === undefined ? undefined : caseRecordSchema.parse(value);
}

/** A mutable clock for an app: tests move it instead of waiting. */
export function testClock(start: string): {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
} {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso) {
      current = new Date(iso);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** What the person wrote, as the lines of a case's thread pass it on ("本人：\n…"), in order. */
export function personSaid(lines: readonly string[]): string[] {
  return lines.filter((line) => line.startsWith("本人：")).map((line) => line.slice(4));
}

/** What a worker wrote, as a Telegram person received it ("Test Orgのスタッフより：\n…"). */
export function staffSaidTo(fake: FakeBotApi, userId: number): string[] {
  const from = "Test Orgのスタッフより：\n";
  return fake
    .sentTo(userId)
    .map((call) => String(call.payload.text))
    .filter((text) => text.startsWith(from))
    .map((text) => text.slice(from.length));
}

/** How many messages to a Telegram person contain `text` (a line said once is said once). */
export function timesSaidTo(fake: FakeBotApi, userId: number, text: string): number {
  return fake.sentTo(userId).filter((call) => String(call.payload.text).includes(text)).length;
}

const WEBHOOK_SECRET = "staff-two-processes_0123456789";

/** Two komorebi processes sharing the real Redis, each taking Telegram's webhooks. */
export interface TwoProcesses {
  apps: readonly [ChildApp, ChildApp];
  /** Posts a Telegram update to one process's webhook. */
  post(app: ChildApp, update: Update): Promise<void>;
  /** Posts updates to the two processes in turn. */
  alternate(update: Update): Promise<void>;
  stop(): Promise<void>;
}

/** Starts two processes on one Redis namespace with Telegram on `telegram`, plus `env`. */
export async function startTwoProcesses(
  telegram: FakeBotApi,
  dataDir: string,
  env: Record<string, string>,
): Promise<TwoProcesses> {
  const shared = {
    STORE_URL: "redis://127.0.0.1:6379",
    STORE_NAMESPACE: `staff-two-${randomUUID().slice(0, 8)}`,
    DATA_DIR: dataDir,
    PSEUDONYM_SECRET: "staff-two-processes-secret-0123456789",
    LOG_LEVEL: "warn",
    WEB_CHAT: "off",
    ORG_NAME: "Test Org",
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.url,
    PUBLIC_URL: "https://bot.example.org",
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STAFF_HOURS: "always",
    ...env,
  };
  const apps = [
    await startChildApp(shared, await freePort()),
    await startChildApp(shared, await freePort()),
  ] as const;
  const post = async (app: ChildApp, update: Update) => {
    const response = await fetch(`${app.url}/webhooks/telegram`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-telegram-bot-api-secret-token": WEBHOOK_SECRET,
      },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`);
  };
  let turn = 0;
  return {
    apps,
    post,
    alternate: (update) => post(apps[turn++ % 2] as ChildApp, update),
    stop: async () => {
      await Promise.all(apps.map((app) => app.stop()));
    },
  };
}
