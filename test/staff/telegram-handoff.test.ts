/**
 * The staff channel and the handoff end to end, through the fake Telegram Bot API playing both
 * the person's private chat and the staff's forum supergroup: a crisis opens a case (a topic, the
 * card, no words, no ids); a request to talk is consented, claimed, relayed both ways with both
 * identities hidden, and closed with a note; only members act; outside staff hours and a request
 * nobody takes in time are said plainly. Time is an injected clock, never a wait.
 */
import type { User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeBotApi, RecordedCall } from "../telegram/fake-bot-api.js";
import { startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  chatWith,
  endsWithQuestion,
  mentions,
  startTelegramApp,
  type TelegramTestApp,
  type TestChat,
  textOf,
} from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { cardPress, topicMessage, worker } from "./staff-updates.js";
import { STAFF_CHAT, type StaffGroup, staffGroup, storedCase, testClock } from "./support.js";

const AKI = worker(7001, "Aki");
const BEN = worker(7002, "Ben");
const STRANGER = worker(7999, "Stranger");
// Monday 11:00 in Tokyo.
const clock = testClock("2026-05-04T02:00:00Z");

let fake: FakeBotApi;
let running: TelegramTestApp;
let group: StaffGroup;

beforeAll(async () => {
  fake = await startFakeBotApi();
  fake.forum(STAFF_CHAT, [AKI.id, BEN.id]);
  running = await startTelegramApp(
    fake,
    {
      ORG_NAME: "Test Org",
      STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT),
      STAFF_HOURS: "Mon-Fri 10:00-18:00 Asia/Tokyo",
      HANDOFF_CLAIM_MINUTES: "15",
    },
    undefined,
    { clock: clock.now },
  );
  group = staffGroup(fake);
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

/** Texts the bot sent this person after `from`. */
const toPerson = (user: User, from = 0) =>
  fake
    .sentTo(user.id)
    .slice(from)
    .map((call) => String(call.payload.text));

/** Pushes a staff update and waits until the person got a message containing `text`. */
async function staffSaysToPerson(
  update: Parameters<FakeBotApi["push"]>[0],
  user: User,
  text: string,
): Promise<RecordedCall[]> {
  const before = fake.sentTo(user.id).length;
  fake.push(update);
  return fake.waitFor(() => {
    const sent = fake.sentTo(user.id).slice(before);
    return sent.some((call) => String(call.payload.text).includes(text)) ? sent : undefined;
  }, `"${text}" to the person`);
}

/** Starts a chat and asks for a person with the given share choice; returns the case's topic. */
async function askForPerson(chat: TestChat, share: string, topicIndex: number): Promise<number> {
  await chat.text("/start");
  const asked = await chat.text("人と話したい");
  expect(textOf(asked)).toContain("名前やアカウントは伝わりません");
  const sent = await chat.press(share);
  expect(textOf(sent)).toContain("Test Orgのスタッフに伝えました");
  return group.topic(topicIndex);
}

describe("a crisis in a staff forum", () => {
  it("opens a case: a topic, the card with Claim and Close, no words and no ids in it", async () => {
    const mio = chatWith(person(4101, "ja"), fake, running.app);
    await mio.text("/start");
    const crisis = await mio.text("もう死にたい");
    expect(textOf(crisis)).toMatch(/いのちの電話|0570-783-556/);
    const topic = await group.topic(0);
    const card = group.card(topic);
    expect(card.payload.text).toContain("#1");
    expect(card.payload.text).toContain("危機の知らせ");
    expect(card.payload.text).toMatch(/telegram.*ja.*JP/);
    const buttons = card.payload.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: { text: string }) => b.text)).toEqual(["担当する", "終了する"]);
    expect(buttons[0].callback_data).toBe("staff:claim:1");

    // A second alert is counted on the card: no new topic, no new post.
    await mio.text("本当に死にたい", endsWithQuestion);
    await fake.waitFor(() => group.cardText(topic).includes("知らせ：2回"), "the card counting 2");
    expect(fake.callsOf("createForumTopic")).toHaveLength(1);
    expect(group.lines(topic)).toEqual([]);

    const staffSaw = group.everything();
    expect(staffSaw).not.toContain("死にたい");
    expect(staffSaw).not.toContain("4101");
    expect(staffSaw).not.toContain("Person 4101");
  });
});

describe("a handoff through the staff forum", () => {
  it("is consented, claimed, relayed both ways with identities hidden, and closed with a note", async () => {
    const user = person(4102, "ja");
    const ren = chatWith(user, fake, running.app);
    await ren.text("/start");
    // Written before asking; shown to the staff only because the person chooses so below.
    await ren.text("眠れない日が続いています");
    const asked = await ren.text("人と話したい");
    expect(textOf(asked)).toContain("いまはスタッフの対応時間です");
    expect(textOf(asked)).toContain("伝えたあとにここで書いたことは、スタッフに届きます");
    await ren.press("伝える・書いたことも");
    const topic = await group.topic(1);
    expect(group.card(topic).payload.text).toContain("人と話したい");
    expect(group.card(topic).payload.text).toContain("共有：最近のメッセージ");
    await group.line(topic, "眠れない日が続いています");

    // Aki claims: the person hears that a staff member is here; the card says who, by handle.
    const cardId = group.card(topic).result.message_id as number;
    const joined = await staffSaysToPerson(
      cardPress(STAFF_CHAT, topic, AKI, "staff:claim:2", cardId),
      user,
      "スタッフが来ました",
    );
    expect(joined.at(-1)?.payload.reply_markup.inline_keyboard.flat()[0].text).toBe(
      "スタッフとの話をやめる",
    );
    await fake.waitFor(
      () =>
        fake
          .callsOf("answerCallbackQuery")
          .some((call) => call.payload.text === "ケース#2を担当します。"),
      "the claim answered",
    );
    await group.line(topic, "本人とつながりました");
    expect(group.cardText(topic)).toMatch(/対応中 \(W-[0-9A-F]{6}\)/);

    // Person to staff: passed on, nothing said back by the bot.
    const beforeHello = fake.sentTo(user.id).length;
    fake.push(textUpdate(user, "こんにちは。夜になると不安になります"));
    await group.line(topic, "本人：\nこんにちは。夜になると不安になります");

    // Staff to person: Ben (not the claimer) and a team note stay in the group; Aki's words go.
    fake.push(topicMessage(STAFF_CHAT, topic, BEN, "ベンのメモ：様子を見ます"));
    fake.push(topicMessage(STAFF_CHAT, topic, AKI, "// チーム向け：夜間の相談先も案内する"));
    await staffSaysToPerson(
      topicMessage(STAFF_CHAT, topic, AKI, "話してくれてありがとうございます。夜はつらいですよね"),
      user,
      "話してくれてありがとうございます。夜はつらいですよね",
    );
    const said = toPerson(user, beforeHello);
    expect(said).toEqual([
      "Test Orgのスタッフより：\n話してくれてありがとうございます。夜はつらいですよね",
    ]);

    // A crisis during the talk: the bot's lines to the person and a flag on the case at once.
    // The lines, then the talk's own question again: the person stays with the worker.
    const crisis = await ren.text("もう消えたい、死にたい", endsWithQuestion);
    expect(textOf(crisis)).toContain("いまの言葉は、スタッフにも届いています");
    expect(textOf(crisis)).toMatch(/いのちの電話|0570-783-556/);
    await group.line(topic, "本人：\nもう消えたい、死にたい");
    await group.line(topic, "⚠ 危機の知らせ");
    expect((await ren.state())?.position).toEqual({ flow: "ask-person", node: "live" });

    // Aki closes with a note: the person is back with the bot at the menu, and told so.
    const closed = await staffSaysToPerson(
      topicMessage(STAFF_CHAT, topic, AKI, "/close 落ち着いて話せた。来週また連絡を待つ"),
      user,
      "スタッフとの話は、ここまでです",
    );
    await fake.waitFor(
      () => toPerson(user).some((text) => text.includes("どうしましょうか")),
      "the menu",
    );
    void closed;
    await group.line(topic, "メモ：落ち着いて話せた。来週また連絡を待つ");
    await fake.waitFor(() => fake.callsOf("closeForumTopic").length > 0, "the topic closed");
    const state = await ren.state();
    expect(state?.handoff).toBeUndefined();
    expect(state?.position).toEqual({ flow: "menu", node: "main" });
    const kept = await storedCase(running.app, 2);
    expect(kept?.status).toBe("closed");
    expect(kept?.relayed).toEqual([]);
    expect(kept?.closeNote).toBeDefined();
    expect(JSON.stringify(kept)).not.toContain("落ち着いて話せた");

    // Neither side ever saw the other's account.
    const staffSaw = group.everything();
    expect(staffSaw).not.toContain("4102");
    expect(staffSaw).not.toContain("Person 4102");
    const personSaw = toPerson(user).join("\n");
    for (const hidden of ["Aki", "aki_worker", "7001", "Ben", "ベンのメモ", "チーム向け"]) {
      expect(personSaw).not.toContain(hidden);
    }
    // After the close, a worker's message reaches nobody.
    fake.push(topicMessage(STAFF_CHAT, topic, AKI, "まだいますか"));
    await group.line(topic, "このケースは終了しています");
    expect(toPerson(user).join("\n")).not.toContain("まだいますか");
  });

  it("the person can end it at any moment, and the staff see that", async () => {
    const user = person(4103, "ja");
    const sora = chatWith(user, fake, running.app);
    const topic = await askForPerson(sora, "伝える（ほかはなし）", 2);
    const cardId = group.card(topic).result.message_id as number;
    await staffSaysToPerson(
      cardPress(STAFF_CHAT, topic, BEN, "staff:claim:3", cardId),
      user,
      "スタッフが来ました",
    );
    const ended = await sora.press("スタッフとの話をやめる", mentions("どうしましょうか"));
    expect(textOf(ended)).toContain("スタッフとの話を終えました");
    await group.line(topic, "本人が会話を終えました");
    fake.push(topicMessage(STAFF_CHAT, topic, BEN, "もしもし"));
    await group.line(topic, "本人には届いていません");
    expect(toPerson(user).join("\n")).not.toContain("もしもし");
  });
});

describe("who may act on a case", () => {
  it("refuses Claim from someone who is not a member of the staff group", async () => {
    const user = person(4104, "ja");
    const topic = await askForPerson(chatWith(user, fake, running.app), "伝える（ほかはなし）", 3);
    const cardId = group.card(topic).result.message_id as number;
    const answered = fake.callsOf("answerCallbackQuery").length;
    fake.push(cardPress(STAFF_CHAT, topic, STRANGER, "staff:claim:4", cardId));
    const refusal = await fake.waitFor(
      () => fake.callsOf("answerCallbackQuery")[answered],
      "an answer to the button",
    );
    expect(refusal.payload.text).toBe("スタッフグループのメンバーだけが操作できます。");
    expect(refusal.payload.show_alert).toBe(true);
    expect((await storedCase(running.app, 4))?.status).toBe("open");
    expect(toPerson(user).join("\n")).not.toContain("スタッフが来ました");
  });
});

describe("when nobody can answer now", () => {
  it("a request nobody claims in time is said plainly, with lines; a later claim asks first", async () => {
    const user = person(4105, "ja");
    const kai = chatWith(user, fake, running.app);
    const topic = await askForPerson(kai, "伝える（ほかはなし）", 4);
    const before = fake.sentTo(user.id).length;
    clock.advance(16 * 60_000);
    await running.app.staff?.tick();
    await fake.waitFor(
      () => toPerson(user, before).some((text) => /いのちの電話|0570-783-556/.test(text)),
      "the person told, with lines",
    );
    expect(toPerson(user, before).join("\n")).toContain("お願いを受けられるスタッフがいない");
    await group.line(topic, "15分たっても担当がいなかった");
    // A second look says nothing again.
    await running.app.staff?.tick();
    const cardId = group.card(topic).result.message_id as number;
    await staffSaysToPerson(
      cardPress(STAFF_CHAT, topic, AKI, "staff:claim:5", cardId),
      user,
      "いまなら話せるそうです",
    );
    expect(toPerson(user).filter((text) => text.includes("お願いを受けられる"))).toHaveLength(1);
    await group.line(topic, "本人に、いま話すかどうかを聞いています");
    const talk = await kai.press("話す");
    expect(textOf(talk)).toContain("スタッフが来ました");
    await group.line(topic, "本人が話すことを選びました");
  });

  it("outside staff hours says when they work, gives lines, and asks before a late claim", async () => {
    clock.set("2026-05-03T03:00:00Z"); // Sunday, 12:00 in Tokyo
    try {
      const user = person(4106, "ja");
      const yui = chatWith(user, fake, running.app);
      await yui.text("/start");
      const asked = await yui.text("人と話したい");
      expect(textOf(asked)).toContain("いまはスタッフの対応時間外です");
      expect(textOf(asked)).toContain("対応時間は月〜金 10:00〜18:00（Asia/Tokyo）です");
      const sent = await yui.press("伝える（ほかはなし）");
      expect(textOf(sent)).toMatch(/いのちの電話|0570-783-556/);
      const topic = await group.topic(5);
      expect(group.card(topic).payload.text).toContain("対応時間外");
      // Monday morning: a worker claims it, and the person is asked first.
      clock.set("2026-05-04T01:30:00Z");
      await running.app.staff?.tick();
      const cardId = group.card(topic).result.message_id as number;
      const offer = await staffSaysToPerson(
        cardPress(STAFF_CHAT, topic, AKI, "staff:claim:6", cardId),
        user,
        "いまなら話せるそうです",
      );
      expect(textOf(offer)).not.toContain("スタッフが来ました");
      const later = await yui.press("いまはやめておく");
      expect(textOf(later)).toContain("いまは話さないことだけを伝えます");
      await group.line(topic, "本人は、いまは話さないことを選びました");
    } finally {
      clock.set("2026-05-04T02:00:00Z");
    }
  });
});
