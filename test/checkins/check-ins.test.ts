/**
 * Check-ins end to end, on LINE and on Telegram through their fakes at the network edge: only
 * when the person asked, after the days they chose, never inside their quiet hours, once, backing
 * off, ending after two unanswered, and never again after "no more", stop, delete, an unfollow or
 * a block. The clock is the test's: time passes only when the test moves it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  DAY_MS,
  fakeClock,
  lineWorld,
  type Person,
  pushedTo,
  telegramWorld,
  textsOf,
  type World,
} from "./support.js";

const HELLO = "前に「メッセージを送ってもいい」と言ってもらったので";
const LAST = "わたしから送るのは、これで最後にします";
const HELLO_EN = "You said I could send you a short message";

/** Asks for check-ins the way a person does: "that's all for today", then the offer. */
async function askForCheckIns(person: Person, choice = "数日後に"): Promise<void> {
  await person.open();
  await person.press("今日はここまで");
  expect(textsOf(person.seen())).toContain(
    "数日したら、わたしから短いメッセージを送ってもいいですか",
  );
  await person.press(choice);
  expect(textsOf(person.seen())).toContain("そのころに、短いメッセージを送ります");
}

const dueAt = async (person: Person) => {
  const at = (await person.state())?.nextCheckIn?.at;
  return at === undefined ? undefined : Date.parse(at);
};

describe.each([
  ["LINE", lineWorld],
  ["Telegram", telegramWorld],
] as const)("check-ins on %s", (_name, start) => {
  let world: World;
  afterEach(async () => {
    await world?.close();
  });

  it("come after the days the person chose, outside their quiet hours, once", async () => {
    // Asked for at 22:00 in Tokyo: three days later it is still night there.
    const clock = fakeClock("2031-03-03T22:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    expect(await dueAt(person)).toBe(Date.parse("2031-03-06T22:00:00+09:00"));

    clock.set("2031-03-05T12:00:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    clock.set("2031-03-06T22:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 0, waiting: 1 });
    // It waits for the morning instead of failing.
    expect(await dueAt(person)).toBe(Date.parse("2031-03-07T09:00:00+09:00"));
    clock.set("2031-03-07T08:59:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    expect(pushedTo(person)).toEqual([]);

    clock.set("2031-03-07T09:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    const pushed = pushedTo(person);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.text).toContain(HELLO);
    expect(pushed[0]?.text).toContain("返事はしなくても大丈夫です");
    expect(pushed[0]?.buttons).toEqual(["少し話したい", "メニューを見る", "もう送らなくていい"]);

    // Ticking again, even much later in the day, sends nothing more.
    expect((await world.tick()).sent).toBe(0);
    clock.set("2031-03-07T15:00:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    expect(pushedTo(person)).toHaveLength(1);

    // The logs follow the conversation by its pseudonym only: no platform id, no text.
    const logs = world.logs.join("\n");
    expect(logs).toContain(person.conversation);
    expect(logs).toContain("check-in queued");
    expect(logs).not.toMatch(new RegExp(`\\b${person.platformId}\\b`));
    expect(logs).not.toContain(HELLO);
  });

  it("back off (3, then 7 days) and end after two unanswered", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);

    clock.set("2031-03-06T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    expect(await dueAt(person)).toBe(Date.parse("2031-03-13T10:00:00+09:00"));
    clock.set("2031-03-13T09:59:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    clock.set("2031-03-13T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);

    const pushed = pushedTo(person);
    expect(pushed.map((message) => message.text.includes(LAST))).toEqual([false, true]);
    // The last one says so, and offers to go on rather than to stop.
    expect(pushed[1]?.buttons).toContain("また送ってほしい");
    const state = await person.state();
    expect(state?.nextCheckIn).toBeUndefined();
    expect(state?.checkIn).toBe("none");

    for (const days of [14, 28, 60]) {
      clock.set(Date.parse("2031-03-13T12:00:00+09:00") + days * DAY_MS);
      await world.tick();
    }
    expect(pushedTo(person)).toHaveLength(2);
    // Nothing of this conversation is left in the due index.
    const marks = [];
    for await (const mark of world.app.store.conversations.records.due(clock().getTime())) {
      if (mark.conversation === person.conversation) marks.push(mark);
    }
    expect(marks).toEqual([]);
  });

  it("count a reply from the person as an answer: they go on, each after a longer pause", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);

    clock.set("2031-03-06T10:00:00+09:00");
    await world.tick();
    clock.set("2031-03-06T19:30:00+09:00");
    await person.press("少し話したい");
    expect((await person.state())?.nextCheckIn).toMatchObject({ sent: 1, unanswered: 0 });

    // Seven days after the reply, not after the check-in.
    clock.set("2031-03-13T19:00:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    clock.set("2031-03-13T19:30:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    clock.set("2031-03-27T19:30:00+09:00");
    expect((await world.tick()).sent).toBe(1);

    const pushed = pushedTo(person);
    expect(pushed).toHaveLength(3);
    // The second was answered by nobody, but the first was: only the third is the last.
    expect(pushed.map((message) => message.text.includes(LAST))).toEqual([false, false, true]);
  });

  it("wait a full pause after the person's last message", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    clock.set("2031-03-05T11:00:00+09:00");
    await person.text("こんにちは");
    clock.set("2031-03-06T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(0);
    clock.set("2031-03-08T11:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
  });

  it("stop after 'no more messages'", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person, "1週間後に");
    clock.set("2031-03-10T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    await person.press("もう送らなくていい");
    expect(textsOf(person.seen())).toContain("もう、わたしからは送りません");
    expect((await person.state())?.nextCheckIn).toBeUndefined();
    clock.set("2031-05-10T10:00:00+09:00");
    await world.tick();
    expect(pushedTo(person)).toHaveLength(1);
  });

  it("still come after the person paused", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    await person.text("メニュー");
    await person.text("休憩");
    expect((await person.state())?.lifecycle).toBe("paused");
    clock.set("2031-03-06T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    expect(await person.state()).toMatchObject({
      lifecycle: "active",
      position: { flow: "check-in", node: "hello" },
    });
  });

  it("are cancelled by stop", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    await person.text("やめる");
    expect((await person.state())?.nextCheckIn).toBeUndefined();
    // Writing again does not bring them back: they were stopped, not paused.
    clock.set("2031-03-04T10:00:00+09:00");
    await person.text("こんにちは");
    clock.set("2031-04-10T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 0 });
    expect(pushedTo(person)).toEqual([]);
  });

  it("are cancelled when the person deletes their data", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    await person.text("データを消して");
    await person.press("はい、消してください");
    expect(await person.state()).toBeUndefined();
    const marks = [];
    for await (const mark of world.app.store.conversations.records.due(Date.parse("2031-12-31"))) {
      if (mark.conversation === person.conversation) marks.push(mark);
    }
    expect(marks).toEqual([]);
    clock.set("2031-03-10T10:00:00+09:00");
    await world.tick();
    expect(pushedTo(person)).toEqual([]);
  });

  it("are cancelled when the person unfollows or blocks the bot", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    await person.leave();
    const state = await person.state();
    expect(state?.lifecycle).toBe("unreachable");
    expect(state?.nextCheckIn).toBeUndefined();
    clock.set("2031-03-10T10:00:00+09:00");
    await world.tick();
    expect(pushedTo(person)).toEqual([]);
  });

  it("keep the hours the person chose, in the time zone they chose", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("ja");
    await askForCheckIns(person);
    await person.text("メニュー");
    await person.press("設定");
    await person.press("メッセージの時間帯");
    await person.press("夕方6時〜夜12時");
    expect(textsOf(person.seen())).toContain("その時間帯にだけ送ります");
    await person.text("メニュー");
    await person.press("設定");
    await person.press("時刻の地域");
    await person.press("ヨーロッパ中部");
    expect(await person.state()).toMatchObject({
      quietHours: "00:00-18:00",
      timeZone: "Europe/Paris",
    });

    // 10:00 in Tokyo is 02:00 in Paris; 18:00 in Paris is 02:00 the next day in Tokyo.
    clock.set("2031-03-06T12:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 0, waiting: 1 });
    expect(await dueAt(person)).toBe(Date.parse("2031-03-06T18:00:00+01:00"));
    clock.set("2031-03-06T18:00:00+01:00");
    expect((await world.tick()).sent).toBe(1);
  });

  it("speak the person's language", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await start({ clock });
    const person = world.person("en");
    await person.open();
    await person.press("That's all for today");
    await person.press("In a few days");
    clock.set("2031-03-06T10:00:00+09:00");
    await world.tick();
    const pushed = pushedTo(person);
    expect(pushed[0]?.text).toContain(HELLO_EN);
    expect(pushed[0]?.buttons).toContain("No more messages");
  });
});

describe("check-ins on Telegram, when the person blocked the bot without a word", () => {
  it("end when the check-in finds them gone (403), and nothing is tried again", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    const world = await telegramWorld({ clock });
    try {
      const person = world.person("ja");
      await askForCheckIns(person);
      const chat = Number(
        world.fake.calls.find((call) => call.method === "sendMessage")?.payload.chat_id,
      );
      world.fake.block(chat);
      const attempts = () =>
        world.fake.callsOf("sendMessage").filter((call) => Number(call.payload.chat_id) === chat)
          .length;
      const before = attempts();
      clock.set("2031-03-06T10:00:00+09:00");
      expect((await world.tick()).sent).toBe(1);
      await expect.poll(async () => (await person.state())?.lifecycle).toBe("unreachable");
      expect(attempts()).toBe(before + 1);
      expect((await person.state())?.nextCheckIn).toBeUndefined();
      clock.set("2031-04-06T10:00:00+09:00");
      await world.tick();
      expect(attempts()).toBe(before + 1);
    } finally {
      await world.close();
    }
  });
});

describe("check-ins on the web chat", () => {
  it("are not offered: a page that is closed cannot be written to days later", async () => {
    // One deployment with both: LINE offers check-ins, the web chat does not.
    const world = await lineWorld({ env: { WEB_CHAT: "on" } });
    try {
      const session = `web-session-${Math.random().toString(36).slice(2, 14)}`;
      type WebMessage = { text: string; choices?: { id: string; label: string }[] };
      let last: WebMessage[] = [];
      const seen: string[] = [];
      const post = async (event: object) => {
        const response = await fetch(`http://127.0.0.1:${world.app.port}/api/web/events`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ session, id: crypto.randomUUID(), locale: "ja", event }),
        });
        last = ((await response.json()) as { messages: WebMessage[] }).messages;
        seen.push(
          ...last.flatMap((message) => [
            message.text,
            ...(message.choices ?? []).map((c) => c.label),
          ]),
        );
      };
      const press = (label: string) => {
        const choice = last
          .flatMap((message) => message.choices ?? [])
          .find((c) => c.label === label);
        if (!choice) throw new Error(`no button "${label}" in ${JSON.stringify(last)}`);
        return post({ type: "choice", choiceId: choice.id });
      };
      await post({ type: "start" });
      await press("設定");
      await press("戻る");
      await press("今日はここまで");
      const web = seen.join("\n");
      expect(web).toContain("どの設定を変えますか");
      expect(web).toContain("またいつでも、ここに書いてください");
      for (const offer of [
        "わたしからのメッセージ",
        "メッセージの時間帯",
        "数日したら",
        "数日後に",
      ]) {
        expect(web).not.toContain(offer);
      }

      const person = world.person("ja");
      await person.open();
      await person.press("設定");
      expect(person.seen().at(-1)?.buttons).toContain("わたしからのメッセージ");
      expect(world.logs.some((line) => line.includes('"checkIns":["line"]'))).toBe(true);
    } finally {
      await world.close();
    }
  });
});

describe("a check-in the person let pass", () => {
  it("is followed by the next one all the same, not by the words for letting it pass", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    const world = await lineWorld({ clock });
    try {
      const person = world.person("ja");
      await askForCheckIns(person);
      clock.set("2031-03-06T10:00:00+09:00");
      await world.tick();
      await person.text("答えたくない");
      expect(textsOf(person.seen())).toContain("大丈夫です。話したくなったら");
      clock.set("2031-03-13T10:00:00+09:00");
      expect((await world.tick()).sent).toBe(1);
      const pushed = pushedTo(person);
      expect(pushed).toHaveLength(2);
      expect(pushed[1]?.text).toContain(HELLO);
      expect(pushed[1]?.buttons).toContain("もう送らなくていい");
    } finally {
      await world.close();
    }
  });
});

describe("a check-in while the person's request to talk with someone is open", () => {
  it("waits a day instead of breaking into it", async () => {
    const staffChat = -1009876543210;
    const telegram = await startFakeBotApi();
    telegram.forum(staffChat, [7001]);
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    const world = await telegramWorld({
      clock,
      telegram,
      env: { STAFF_TELEGRAM_CHAT_ID: String(staffChat), STAFF_HOURS: "always" },
    });
    try {
      const person = world.person("ja");
      await askForCheckIns(person);
      await person.text("人と話したい");
      await person.press("伝える（ほかはなし）");
      expect((await person.state())?.handoff?.stage).toBe("waiting");

      clock.set("2031-03-06T10:00:00+09:00");
      expect(await world.tick()).toMatchObject({ sent: 0, waiting: 1 });
      expect(await dueAt(person)).toBe(Date.parse("2031-03-07T10:00:00+09:00"));
      expect(pushedTo(person).filter((message) => message.text.includes(HELLO))).toEqual([]);
    } finally {
      await world.close();
      await telegram.close();
    }
  });
});
