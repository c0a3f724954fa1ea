import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeShortcut } from "../../src/core/shortcut.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Start, open settings, reach the region question: a question in the middle of a flow. */
async function toRegionQuestion(locale: "ja" | "en" = "ja") {
  await h.send({ type: "start" }, { localeHint: locale });
  await h.press(locale === "ja" ? "設定" : "Settings");
  return h.press(locale === "ja" ? "住んでいる地域" : "Where you live");
}

describe("welcome and menu", () => {
  it("introduces itself as a bot, names the organisation and shows the menu (ja)", async () => {
    const result = await h.send({ type: "start" });
    const text = textOf(result);
    expect(text).toContain("チャットボット");
    expect(text).toContain("Test Support Centre");
    expect(text).toMatch(/治療|カウンセリング/);
    expect(text).toContain("やめる");
    expect(lastChoices(result)?.choices.length).toBeGreaterThan(2);
  });

  it("speaks English when the platform says so, and records the referral", async () => {
    const result = await h.send({ type: "start", referral: "flyer-2026" }, { localeHint: "en-GB" });
    expect(textOf(result)).toContain("I'm a chatbot");
    expect(textOf(result)).not.toMatch(/[ぁ-ん]/);
    const state = await h.state();
    expect(state?.locale).toBe("en");
    expect(state?.referral).toBe("flyer-2026");
  });

  it("ignores a referral that is not a code", async () => {
    await h.send({ type: "start", referral: "<script>" });
    expect((await h.state())?.referral).toBeUndefined();
  });

  it("advances the flow when a choice is pressed and saves the position", async () => {
    await h.send({ type: "start" });
    const result = await h.press("設定");
    expect(textOf(result)).toContain("どの設定");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "main" });
  });

  it("accepts a typed label or number instead of a button", async () => {
    await h.send({ type: "start" });
    await h.press("設定");
    const byNumber = await h.text("2");
    expect(textOf(byNumber)).toContain("住んでいる");
    await h.text("メニュー");
    await h.press("設定");
    const byLabel = await h.text("住んでいる地域");
    expect(textOf(byLabel)).toContain("住んでいる");
  });
});

describe("commands work in the middle of a question", () => {
  it("stop: acknowledges, then sends nothing until the person writes; writing again welcomes back", async () => {
    await toRegionQuestion();
    const stopped = await h.text("やめる");
    expect(textOf(stopped)).toContain("ここでやめます");
    expect(stopped.messages).toHaveLength(1);
    expect((await h.state())?.lifecycle).toBe("stopped");
    const back = await h.text("こんにちは");
    expect(textOf(back)).toContain("おかえりなさい");
    expect(lastChoices(back)).toBeDefined();
    expect((await h.state())?.lifecycle).not.toBe("stopped");
  });

  it("stop works with a slash, full-width letters and punctuation", async () => {
    await toRegionQuestion("en");
    expect(textOf(await h.text("／ＳＴＯＰ！"))).toContain("I'll stop here");
  });

  it("menu: leaves the question for the menu", async () => {
    await toRegionQuestion();
    const result = await h.text("メニュー");
    expect(textOf(result)).toContain("どうしましょうか");
    expect((await h.state())?.position).toEqual({ flow: "menu", node: "main" });
  });

  it("are you a bot / 人間ですか: answers honestly, then asks the same question again", async () => {
    await toRegionQuestion();
    const ja = await h.text("人間ですか？");
    expect(textOf(ja)).toContain("ボットです");
    expect(textOf(ja)).toContain("住んでいる");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "region" });

    const en = await createHarness();
    try {
      await en.send({ type: "start" }, { localeHint: "en" });
      await en.press("Settings");
      await en.press("Where you live");
      const answer = await en.text("are you a bot?");
      expect(textOf(answer)).toContain("I'm a bot, not a person");
      expect(textOf(answer)).toContain("where you live");
    } finally {
      await en.close();
    }
  });

  it("delete my data: asks to confirm; no keeps everything, yes deletes the state", async () => {
    await toRegionQuestion();
    const confirm = await h.text("データを消して");
    expect(textOf(confirm)).toContain("消しますか");
    const kept = await h.press("やめておく");
    expect(textOf(kept)).toContain("住んでいる");
    expect(await h.state()).toBeDefined();

    await h.text("データを消して");
    const deleted = await h.press("はい、消してください");
    expect(textOf(deleted)).toContain("消しました");
    expect(deleted.reachable).toBe(false);
    expect(await h.state()).toBeUndefined();
    const again = await h.text("こんにちは");
    expect(textOf(again)).toContain("はじめまして");
  });

  it("language: switches locale and returns to the question in the new language", async () => {
    await toRegionQuestion();
    await h.text("言語");
    const result = await h.press("English");
    expect(textOf(result)).toContain("English");
    expect(textOf(result)).toContain("where you live");
    expect((await h.state())?.locale).toBe("en");
  });

  it("skip: passes the question and does not ask it again", async () => {
    await toRegionQuestion();
    await h.text("答えたくない");
    const state = await h.state();
    expect(state?.skipped).toContain("settings.region");
    // Pressing the button for it again is the person's choice: the question is shown.
    await h.text("メニュー");
    await h.press("設定");
    const again = await h.press("住んでいる地域");
    expect(textOf(again)).toContain("住んでいるか教えて");
  });

  it("pause: the next message resumes at the same question", async () => {
    await toRegionQuestion();
    expect(textOf(await h.text("休憩"))).toContain("ひと休み");
    const resumed = await h.text("もどりました");
    expect(textOf(resumed)).toContain("おかえりなさい");
    expect(textOf(resumed)).toContain("住んでいる");
  });

  it("does not mistake a sentence for a command", async () => {
    await toRegionQuestion("en");
    const result = await h.text("I want to stop thinking about this");
    expect(textOf(result)).not.toContain("I'll stop here");
    expect((await h.state())?.lifecycle).not.toBe("stopped");
  });
});

describe("stale buttons and repeated events", () => {
  it("a button from an old message gets a gentle note and the current question", async () => {
    const first = await h.send({ type: "start" });
    const oldMenu = lastChoices(first)!;
    await h.press("設定");
    await h.press("住んでいる地域");
    const settingsButton = oldMenu.choices.find((c) => c.label === "設定")!;
    const result = await h.send({ type: "choice", choiceId: settingsButton.id });
    expect(textOf(result)).toContain("少し前のメッセージ");
    expect(textOf(result)).toContain("住んでいる");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "region" });
  });

  it("a button token that is not ours is treated as stale, not as an error", async () => {
    await h.send({ type: "start" });
    const result = await h.send({ type: "choice", choiceId: "../../etc/passwd" });
    expect(textOf(result)).toContain("少し前のメッセージ");
  });

  it("a repeated platform event id does nothing twice", async () => {
    await h.send({ type: "start" });
    const before = await h.state();
    const first = await h.send({ type: "text", text: "メニュー" }, { eventId: "evt-1" });
    const second = await h.send({ type: "text", text: "メニュー" }, { eventId: "evt-1" });
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.messages).toEqual([]);
    expect((await h.state())?.revision).toBe((before?.revision ?? 0) + 1);
  });

  it("handles one conversation's events strictly in order, without lost updates", async () => {
    await h.send({ type: "start" });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.send({ type: "text", text: `メニュー` }, { eventId: `e${i}` }),
      ),
    );
    expect(results.every((r) => !r.duplicate)).toBe(true);
    expect((await h.state())?.revision).toBe(21);
  });

  it("keeps different conversations apart", async () => {
    await h.send({ type: "start" }, { user: "alice" });
    await h.send({ type: "start" }, { user: "bob", localeHint: "en" });
    await h.press("Settings", { user: "bob" });
    expect((await h.state("alice"))?.position).toEqual({ flow: "menu", node: "main" });
    expect((await h.state("bob"))?.position).toEqual({ flow: "settings", node: "main" });
  });
});

describe("bad input gets a gentle answer and leaves the state intact", () => {
  const cases: [string, string][] = [
    ["empty", ""],
    ["whitespace", "   \n\t "],
    ["control characters only", "\u0000\u0007\u001b\u202e\u2066"],
  ];
  for (const [name, text] of cases) {
    it(`${name} text`, async () => {
      await toRegionQuestion();
      const before = await h.state();
      const result = await h.text(text);
      expect(result.messages.length).toBeGreaterThan(0);
      expect(textOf(result)).toContain("空");
      const after = await h.state();
      expect(after?.position).toEqual(before?.position);
    });
  }

  it("100 KB of text", async () => {
    await toRegionQuestion();
    const result = await h.text("あ".repeat(100_000));
    expect(result.messages.length).toBeGreaterThan(0);
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "region" });
  });

  it("a sticker or photo", async () => {
    await toRegionQuestion();
    const result = await h.send({ type: "unsupported", media: "sticker" });
    expect(textOf(result)).toContain("文字しか読めません");
    expect(lastChoices(result)).toBeDefined();
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "region" });
  });

  it("unfollow keeps nothing it does not need and marks the person unreachable", async () => {
    await toRegionQuestion();
    const result = await h.send({ type: "unfollow" });
    expect(result.messages).toEqual([]);
    expect(result.reachable).toBe(false);
    const state = await h.state();
    expect(state?.lifecycle).toBe("unreachable");
    expect(state?.answers).toEqual({});
    const back = await h.send({ type: "follow" });
    expect(textOf(back)).toContain("おかえりなさい");
    expect((await h.state())?.lifecycle).not.toBe("unreachable");
  });

  it("unfollow from someone never seen creates nothing", async () => {
    const result = await h.send({ type: "unfollow" }, { user: "stranger" });
    expect(result.reachable).toBe(false);
    expect(await h.state("stranger")).toBeUndefined();
  });
});

describe("privacy", () => {
  it("logs carry the pseudonym only: no message text, no platform user id", async () => {
    await h.send({ type: "start" }, { user: "telegram-user-987654" });
    await h.text("my secret words 秘密の言葉", { user: "telegram-user-987654" });
    const all = h.logs.join("\n");
    expect(h.logs.length).toBeGreaterThan(0);
    expect(all).not.toContain("telegram-user-987654");
    expect(all).not.toContain("secret words");
    expect(all).not.toContain("秘密");
    expect(all).toContain(h.core.pseudonym("web", "telegram-user-987654"));
  });

  it("pseudonyms differ per channel and per user, and are stable", () => {
    const a = h.core.pseudonym("web", "1");
    expect(a).toBe(h.core.pseudonym("web", "1"));
    expect(a).not.toBe(h.core.pseudonym("telegram", "1"));
    expect(a).not.toBe(h.core.pseudonym("web", "2"));
  });
});

describe("attribution", () => {
  it("a code sent after the welcome is recorded quietly, without a second greeting", async () => {
    await h.send({ type: "follow" });
    const result = await h.send({ type: "start", referral: "poster-07" });
    expect(textOf(result)).not.toContain("おかえりなさい");
    expect(lastChoices(result)).toBeDefined();
    expect((await h.state())?.referral).toBe("poster-07");
  });

  it("the first attribution wins", async () => {
    await h.send({ type: "start", referral: "first" });
    await h.send({ type: "start", referral: "second" });
    expect((await h.state())?.referral).toBe("first");
  });
});

describe("detours inside detours", () => {
  it("help during a safety response returns to the safety question, then to where the person was", async () => {
    await toRegionQuestion();
    const crisis = await h.text("もう消えたい");
    const safetyQuestion = lastChoices(crisis)?.text;
    expect(safetyQuestion).toBeDefined();
    const help = await h.text("ヘルプ");
    expect(textOf(help)).toContain("いつでも使える言葉");
    expect(lastChoices(help)?.text).toBe(safetyQuestion);
    const back = await h.press("そういう意味じゃない");
    expect(textOf(back)).toContain("住んでいる");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "region" });
  });

  it("the menu closes every detour", async () => {
    await toRegionQuestion();
    await h.text("言語");
    await h.text("ヘルプ");
    await h.text("メニュー");
    const state = await h.state();
    expect(state?.returnTo).toBeUndefined();
    expect(state?.returnStack).toBeUndefined();
  });
});

describe("goodbye and return", () => {
  it("offers no check-in where nothing sends one: goodbye ends, settings have no such button", async () => {
    await h.send({ type: "start" });
    const bye = await h.press("今日はここまで");
    expect(textOf(bye)).not.toContain("メッセージを送ってもいいですか");
    expect((await h.state())?.lifecycle).toBe("ended");
    await h.text("メニュー");
    const settings = await h.press("設定");
    expect(lastChoices(settings)?.choices.map((c) => c.label)).not.toContain(
      "わたしからのメッセージ",
    );
  });

  it("asks about check-ins once; a later goodbye does not ask again, settings still can", async () => {
    await h.close();
    h = await createHarness({ checkIns: true });
    await h.send({ type: "start" });
    const first = await h.press("今日はここまで");
    expect(textOf(first)).toContain("メッセージを送ってもいいですか");
    await h.press("送らなくていい");
    expect((await h.state())?.checkIn).toBe("none");
    expect((await h.state())?.lifecycle).toBe("ended");

    const back = await h.text("こんにちは");
    expect(textOf(back)).toContain("おかえりなさい");
    const second = await h.press("今日はここまで");
    expect(textOf(second)).not.toContain("メッセージを送ってもいいですか");
    expect((await h.state())?.lifecycle).toBe("ended");

    await h.text("メニュー");
    await h.press("設定");
    const settings = await h.press("わたしからのメッセージ");
    expect(lastChoices(settings)).toBeDefined();
  });
});

describe("shortcuts from a channel's always-visible menu", () => {
  const shortcut = (token: string) => h.send({ type: "shortcut", token });

  it("a command is done at any step, like its typed word", async () => {
    await toRegionQuestion();
    const tapped = await shortcut(encodeShortcut({ command: "pause" }));
    expect(textOf(tapped)).toContain("ひと休み");
    expect((await h.state())?.lifecycle).toBe("paused");
    const back = await shortcut(encodeShortcut({ command: "back" }));
    // Like typing 戻る after a pause: nothing to go back from, so the person is welcomed back.
    expect(textOf(back)).toContain("おかえりなさい");
  });

  it("a question's choice is taken from anywhere, as if picked on that question", async () => {
    await toRegionQuestion();
    const tapped = await shortcut(
      encodeShortcut({ choice: { flow: "menu", node: "main", choice: "settings" } }),
    );
    expect(textOf(tapped)).toContain("どの設定");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "main" });
  });

  it("something content no longer has, or the deployment cannot keep, leads to the menu", async () => {
    await toRegionQuestion();
    const gone = await shortcut(
      encodeShortcut({ choice: { flow: "menu", node: "main", choice: "no-such" } }),
    );
    expect((await h.state())?.position).toEqual({ flow: "menu", node: "main" });
    expect(textOf(gone)).not.toContain("少し前のメッセージ");
    await toRegionQuestion();
    // Check-ins are not sent in this deployment: their settings entry is not offered.
    await shortcut(
      encodeShortcut({ choice: { flow: "settings", node: "main", choice: "check-in" } }),
    );
    expect((await h.state())?.position).toEqual({ flow: "menu", node: "main" });
    await shortcut("shortcut:<script>");
    expect((await h.state())?.position).toEqual({ flow: "menu", node: "main" });
  });
});
