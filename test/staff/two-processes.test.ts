/**
 * Two komorebi processes share the real Redis, with Telegram's webhooks (the person's and the
 * staff group's) alternating between them: two workers press Claim at the same moment, one on
 * each process, and exactly one claim wins; then every message relays once and in order, both
 * ways.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/main.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { chatWith, mentions } from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { cardPress, topicMessage, worker } from "./staff-updates.js";
import {
  personSaid,
  STAFF_CHAT,
  staffGroup,
  staffSaidTo,
  startTwoProcesses,
  timesSaidTo,
} from "./support.js";

const AKI = worker(7201, "Aki");
const BEN = worker(7202, "Ben");

let fake: FakeBotApi;
let dir: string;

beforeAll(async () => {
  fake = await startFakeBotApi();
  fake.forum(STAFF_CHAT, [AKI.id, BEN.id]);
  dir = await mkdtemp(join(tmpdir(), "komorebi-staff-two-"));
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("two processes on the real Redis", () => {
  it("one claim wins; messages relay once each and in order, both ways", async () => {
    const two = await startTwoProcesses(fake, dir, {
      STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT),
    });
    const { apps, alternate, post } = two;
    try {
      const user = person(4301, "ja");
      // The chat helper reads no state here: both processes hold it, in Redis.
      const chat = chatWith(user, fake, undefined as unknown as RunningApp, alternate);
      await chat.text("/start");
      await chat.text("人と話したい");
      await chat.press("伝える（ほかはなし）", mentions("スタッフに伝えました"));
      const group = staffGroup(fake);
      const topic = await group.topic(0);
      const cardId = group.card(topic).result.message_id as number;

      // The same moment, one press on each process.
      const presses = [
        cardPress(STAFF_CHAT, topic, AKI, "staff:claim:1", cardId),
        cardPress(STAFF_CHAT, topic, BEN, "staff:claim:1", cardId),
      ];
      await Promise.all([post(apps[0], presses[0]!), post(apps[1], presses[1]!)]);
      const answerTo = (press: Update) =>
        fake
          .callsOf("answerCallbackQuery")
          .filter((call) => call.payload.callback_query_id === press.callback_query?.id)
          .map((call) => String(call.payload.text));
      const [aki, ben] = [answerTo(presses[0]!), answerTo(presses[1]!)];
      const won = (texts: string[]) => texts.join() === "ケース#1を担当します。";
      const lost = (texts: string[]) =>
        texts.length === 1 && texts[0]!.includes("が担当しています");
      expect((won(aki) && lost(ben)) || (won(ben) && lost(aki))).toBe(true);
      const winner = won(aki) ? AKI : BEN;
      await group.line(topic, "本人とつながりました");
      await fake.waitFor(
        () =>
          fake
            .sentTo(user.id)
            .some((call) => String(call.payload.text).includes("スタッフが来ました")),
        "the person told",
      );

      // The person writes back to back, alternating processes; the topic gets each once, in order.
      // Plain words (the risk check reads them too; a crisis would rightly add its own answer).
      const said = [
        "こんにちは",
        "今日は雨でした",
        "コンビニに行けました",
        "お昼はうどんでした",
        "テレビを見ています",
        "猫が窓の外を見ています",
      ];
      for (const text of said) await alternate(textUpdate(user, text));
      const relayed = () => personSaid(group.lines(topic));
      await fake.waitFor(() => relayed().length >= said.length, "every message relayed", 20_000);
      // The worker answers, alternating processes; the person gets each once, in order.
      const answered = Array.from({ length: 4 }, (_, i) => `スタッフの返事${i + 1}`);
      for (const text of answered) await alternate(topicMessage(STAFF_CHAT, topic, winner, text));
      const toPerson = () => staffSaidTo(fake, user.id);
      await fake.waitFor(() => toPerson().length >= answered.length, "every answer", 20_000);
      // A moment for anything sent twice to show up.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(relayed()).toEqual(said);
      expect(toPerson()).toEqual(answered);
      expect(timesSaidTo(fake, user.id, "スタッフが来ました")).toBe(1);
      expect(group.lines(topic).filter((line) => line.includes("が担当します。"))).toHaveLength(1);
    } finally {
      await two.stop();
    }
  }, 90_000);
});
