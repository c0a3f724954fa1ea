/**
 * The rules' reading of a message (`forRules`): kana spellings of the kanji words the rules are
 * written with, and English farewell words inside Japanese, folded for the rules only. The
 * learned layer keeps reading `normalizeForRisk` as it was trained on.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";
import { forRules } from "../../src/safety/normalize.js";

describe("forRules: kana words", () => {
  it.each([
    ["もういい.きょうがさいご.ありがとね", "もういい.今日が最後.ありがとね"],
    ["こんやでおわりにする", "今夜で終わりにする"],
    ["もうげんかい.いしょかいた", "もうげんかい.遺書かいた"],
    ["じんせいおわらせたい", "人生終わらせたい"],
    ["いままでありがとう", "今までありがとう"],
  ])("reads %s as %s", (kana, kanji) => {
    expect(forRules(kana)).toBe(kanji);
  });

  it.each([
    // きょう inside another word, いしょ of いしょう (costume), おわり of a story.
    "べんきょうがんばる",
    "きょうだいげんかした",
    "ぶんかさいのいしょうを選ぶ",
    "ものがたりのおわりがよかった",
    "あしたば",
  ])("leaves %s as it is", (text) => {
    expect(forRules(text)).toBe(text);
  });
});

describe("forRules: English farewell words inside Japanese", () => {
  it.each([
    ["今までthank you本当に", "今までありがとう本当に"],
    ["家族にはsorryって伝えといて", "家族にはごめんって伝えといて"],
    ["最後にgoodbye", "最後にさよなら"],
  ])("reads %s as %s", (mixed, japanese) => {
    expect(forRules(mixed)).toBe(japanese);
  });

  it.each([
    "thank you so much for today",
    "sorry i'm late",
    "bye for now",
    // A thanks after a good day, an apology for being late: not a farewell frame.
    "みんなthank you.今日楽しかった",
    "sorry遅れる",
  ])("leaves %s as it is", (text) => {
    expect(forRules(text)).toBe(text);
  });
});

describe("romaji typed full-width and spaced", () => {
  const message = "ｍｏｕ　ｉｉ。ｋｙｏｕ　ｇａ　ｓａｉｇｏ。ありがとね";

  it("is read by the rules as the farewell it is", () => {
    expect(assessRisk(message).level).toBe("crisis");
    const matched = assessRules(normalizeMessage(message)).matches.map((m) => m.rule);
    expect(matched).toContain("ja.farewell.last-day");
  });

  it("leaves the learned layer's input in kana, as it was trained", () => {
    expect(normalizeMessage(message)).toBe("もういい.きょうがさいご.ありがとね");
  });
});
