/**
 * Shared pieces of the staff tests: the staff group as the fake Bot API records it (topics, the
 * card of each case, the lines after it), and reading a case from the store.
 */
import type { RunningApp } from "../../src/main.js";
import type { CaseRecord } from "../../src/staff/case-record.js";
import { caseRecordSchema } from "../../src/staff/case-record.js";
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
