/**
 * A case's topic in the Telegram staff forum when things go wrong, through the fake Bot API:
 * staff delete the topic (the case's next update opens a new one with the card, and the case
 * goes on there: alerts, claims, words both ways), and opening a topic fails after Telegram
 * made it (the retry opens another; the first stays an empty orphan that gets nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeBotApi } from "../telegram/fake-bot-api.js";
import { startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  chatWith,
  endsWithQuestion,
  startTelegramApp,
  type TelegramTestApp,
  textOf,
} from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { cardPress, topicMessage, worker } from "./staff-updates.js";
import { STAFF_CHAT, type StaffGroup, staffGroup, staffSaidTo, storedCase } from "./support.js";

const AKI = worker(7101, "Aki");

let fake: FakeBotApi;
let running: TelegramTestApp;
let group: StaffGroup;

beforeAll(async () => {
  fake = await startFakeBotApi();
  fake.forum(STAFF_CHAT, [AKI.id]);
  running = await startTelegramApp(fake, {
    ORG_NAME: "Test Org",
    STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT),
    STAFF_HOURS: "always",
  });
  group = staffGroup(fake);
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

/** The topic a case is kept in now. */
const keptTopic = async (number: number) => (await storedCase(running.app, number))?.refs.telegram;

describe("a case whose topic staff deleted", () => {
  it("gets a new topic with the card at its next alert, and is claimed there", async () => {
    const mio = chatWith(person(4201, "ja"), fake, running.app);
    await mio.text("/start");
    await mio.text("もう死にたい");
    const first = await group.topic(0);
    fake.deleteTopic(STAFF_CHAT, first);

    await mio.text("本当に死にたい", endsWithQuestion);
    const second = await group.topic(1);
    expect(second).not.toBe(first);
    const card = group.card(second);
    expect(card.payload.text).toContain("#1");
    expect(card.payload.text).toContain("知らせ：2回");
    // The card again has no words of the person's.
    expect(group.everything()).not.toContain("死にたい");
    expect((await keptTopic(1))?.thread).toBe(second);

    // The new topic is the case's: its card's Claim works.
    fake.push(cardPress(STAFF_CHAT, second, AKI, "staff:claim:1", card.result.message_id));
    await fake.waitFor(
      () =>
        fake
          .callsOf("answerCallbackQuery")
          .some((call) => String(call.payload.text).includes("ケース#1を担当します")),
      "the claim answered",
    );
    expect((await storedCase(running.app, 1))?.status).toBe("claimed");
    expect(fake.callsOf("createForumTopic")).toHaveLength(2);
  });

  it("passes the person's words on in a new topic, and the worker's back from it", async () => {
    const user = person(4202, "ja");
    const ren = chatWith(user, fake, running.app);
    await ren.text("/start");
    await ren.text("人と話したい");
    const sent = await ren.press("伝える（ほかはなし）");
    expect(textOf(sent)).toContain("Test Orgのスタッフに伝えました");
    const first = await group.topic(2);
    const cardId = group.card(first).result.message_id as number;
    fake.push(cardPress(STAFF_CHAT, first, AKI, "staff:claim:2", cardId));
    await fake.waitFor(
      () =>
        fake
          .sentTo(user.id)
          .some((call) => String(call.payload.text).includes("スタッフが来ました")),
      "the person told a worker joined",
    );
    fake.deleteTopic(STAFF_CHAT, first);

    fake.push(textUpdate(user, "眠れない日が続いています"));
    const second = await group.topic(3);
    expect(group.card(second).payload.text).toContain("#2");
    await group.line(second, "本人：\n眠れない日が続いています");
    expect((await keptTopic(2))?.thread).toBe(second);

    fake.push(topicMessage(STAFF_CHAT, second, AKI, "新しいトピックから書いています"));
    await fake.waitFor(
      () => staffSaidTo(fake, user.id).includes("新しいトピックから書いています"),
      "the worker's words to the person",
    );
  });
});

describe("opening a topic that fails after Telegram made it", () => {
  it("uses one topic for the case: the orphan gets nothing", async () => {
    fake.failNext("createForumTopic", {
      error_code: 502,
      description: "Bad Gateway",
      afterApplying: true,
    });
    const before = fake.callsOf("createForumTopic").length;
    const kai = chatWith(person(4203, "ja"), fake, running.app);
    await kai.text("/start");
    await kai.text("もう死にたい");
    // The retry comes after the delivery's backoff (a second or two).
    const topic = await fake.waitFor(
      () => {
        const made = fake.callsOf("createForumTopic").slice(before);
        const last = made[1]?.result?.message_thread_id;
        return typeof last === "number" && fake.postedIn(STAFF_CHAT, last).length > 0
          ? last
          : undefined;
      },
      "the case's topic",
      10_000,
    );
    const orphan = fake.callsOf("createForumTopic")[before]?.result?.message_thread_id as number;
    expect(orphan).not.toBe(topic);
    expect((await keptTopic(3))?.thread).toBe(topic);

    await kai.text("本当に死にたい", endsWithQuestion);
    await fake.waitFor(() => group.cardText(topic).includes("知らせ：2回"), "the card counting 2");
    expect(fake.callsOf("createForumTopic").slice(before)).toHaveLength(2);
    expect(fake.postedIn(STAFF_CHAT, orphan)).toEqual([]);
  });
});
