import { describe, expect, it } from "vitest";
import { assessRisk, normalizeForRisk } from "../../src/safety/index.js";
import { plainEndings } from "../../src/safety/normalize.js";
import { transliterateRomaji } from "../../src/safety/romaji.js";
import { trainingExamples } from "./training-data.js";

describe("normalizeForRisk", () => {
  it.each([
    ["消エタイ", "消えたい"],
    ["きえたい", "消えたい"],
    ["ｷｴﾀｲ", "消えたい"],
    ["ｼﾞｻﾂ", "自殺"],
    ["シニタイ", "死にたい"],
    ["しにたい", "死にたい"],
  ])("folds kana and full/half width: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it("keeps kanji and lower-cases full-width Latin", () => {
    expect(normalizeForRisk("今日はＫＩＬＬ")).toBe("今日はkill");
    expect(normalizeForRisk("I WANT")).toBe("i want");
  });

  it.each([
    ["k i l l  m y s e l f", "kill myself"],
    ["I W A N T  T O  D I E", "i want to die"],
    ["i want to d.i.e", "i want to die"],
    ["死 に た い", "死にたい"],
    ["自　殺　し　た　い", "自殺したい"],
    ["死に\u200bたい", "死にたい"],
    ["ki\u200bll", "kill"],
  ])("joins spaced-out and zero-width-split letters: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it.each([
    ["dieeee", "die"],
    ["しにたーい", "死にたい"],
    ["死にたいいいい", "死にたい"],
    ["しにたぁぁぁい", "死にたい"],
    ["死にたぃ", "死にたい"],
  ])("collapses stretched letters and long-vowel marks: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it.each([
    ["タヒにたい", "死にたい"],
    ["ﾀﾋにたい", "死にたい"],
    ["氏にたい", "死にたい"],
    ["4にたい", "死にたい"],
    ["4ね", "死ね"],
    ["タヒのうかな", "死のうかな"],
  ])("rewrites net slang for 死 in death contexts: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it.each([
    ["タヒチに行きたい", "たひちに行きたい"],
    ["氏名を書いてください", "氏名を書いてください"],
    ["4日に病院に行く", "4日に病院に行く"],
    ["わたしにたいして冷たい", "わたしにたいして冷たい"],
    ["楽しんだよ", "楽しんだよ"],
    ["少しね", "少しね"],
  ])("leaves look-alikes outside death contexts alone: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it.each([
    ["k1ll mys3lf", "kill myself"],
    ["d13", "die"],
    ["5u1c1d3", "suicide"],
    ["su1c1de", "suicide"],
    ["s*icide", "suicide"],
    ["k*ll", "kill"],
  ])("undoes leetspeak and starred words: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it("leaves ordinary tokens with digits alone", () => {
    expect(normalizeForRisk("4am mp3 b4 covid19")).toBe("4am mp3 b4 covid19");
  });

  it.each([
    ["kms", "kill myself"],
    ["sewer slide", "suicide"],
    ["unalive myself", "kill myself"],
    ["sucide", "suicide"],
    ["I wanna", "i want to"],
    ["I'm gonna", "i am going to"],
  ])("maps algospeak, typos and contractions: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it("turns emoji with meaning into words and drops the rest", () => {
    expect(normalizeForRisk("💊💊")).toBe("pills pills");
    expect(normalizeForRisk("🔪")).toBe("knife");
    expect(normalizeForRisk("🪢")).toBe("rope");
    expect(normalizeForRisk("I'm dead 😂")).toBe("i am dead lol");
    expect(normalizeForRisk("hello 🌸✨")).toBe("hello");
  });

  it("swaps Cyrillic look-alikes only inside Latin words", () => {
    expect(normalizeForRisk("kіll mysеlf")).toBe("kill myself");
    expect(normalizeForRisk("привет")).toBe("привет");
  });

  it("canonicalises punctuation and quotes", () => {
    expect(normalizeForRisk("死にたい。誰か、助けて！")).toBe("死にたい.誰か,助けて.");
    expect(normalizeForRisk("I don't know")).toBe("i dont know");
    expect(normalizeForRisk('the song "Want to Die"')).toBe("the song 「want to die」");
    expect(normalizeForRisk("『自殺島』")).toBe("「自殺島」");
    expect(normalizeForRisk("a book called 'Kill Myself' ok")).toBe(
      "a book called 「kill myself」 ok",
    );
    expect(normalizeForRisk("line one\nline two")).toBe("line one. line two");
  });

  it("keeps numbers, including emergency numbers and decimals", () => {
    expect(normalizeForRisk("call 110 or 119, 3.5 mg")).toBe("call 110 or 119, 3.5 mg");
  });

  it("copes with empty, control-only and malformed text", () => {
    expect(normalizeForRisk("")).toBe("");
    expect(normalizeForRisk("\u0000\u0007\u001b   \t")).toBe("");
    expect(() => normalizeForRisk("\ud800死にたい\udfff")).not.toThrow();
  });

  it("is pure: the same input always gives the same output", () => {
    const text = "ﾀﾋにたい k1ll 💊 「死」";
    expect(normalizeForRisk(text)).toBe(normalizeForRisk(text));
  });
});

describe("Japanese typed in romaji", () => {
  it.each([
    ["mou ikiteru imi ga nai", "もう生きてる意味がない"],
    ["zutto hitori de sabishii", "ずっとひとりでさびしい"],
    ["boku nanka inai hou ga ii", "ぼくなんかいないほうがいい"],
    ["shinitai", "死にたい"],
    ["kyou wa tsukareta", "きょうはつかれた"],
  ])("is read as kana: %s", (input, expected) => {
    expect(normalizeForRisk(input)).toBe(expected);
  });

  it("is found by the risk check like the same words in kana", () => {
    expect(assessRisk("mou ikiteru imi ga nai").level).not.toBe("none");
    expect(assessRisk("kusuri tameteru. konya yaru").level).toBe("crisis");
  });

  it("leaves English alone, even words that spell kana (no hope, i hate me, are you ok)", () => {
    for (const text of [
      "no hope left",
      "i hate me",
      "are you ok",
      "same here",
      "go home",
      "i see",
    ]) {
      expect(transliterateRomaji(text)).toBe(text);
    }
    const english = trainingExamples()
      .map((e) => e.text.toLowerCase())
      .filter(
        (t) =>
          !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t) && !/\b(?:shinitai|mou|tsukareta|desu)\b/.test(t),
      );
    expect(english.length).toBeGreaterThan(2000);
    expect(english.filter((t) => transliterateRomaji(t) !== t)).toEqual([]);
  });
});

describe("plainEndings (the rules' reading of polite verbs)", () => {
  it.each([
    ["odしました", "odした"],
    ["柵はもう越えました", "柵はもう越えた"],
    ["もう決めました", "もう決めた"],
    ["薬を飲んでいます", "薬を飲んでいる"],
    ["ずっと考えていました", "ずっと考えていた"],
    ["飲んでしまいました", "飲んでしまった"],
  ])("makes %s plain: %s", (polite, plain) => {
    expect(plainEndings(polite)).toBe(plain);
  });

  it.each([
    // Godan verbs: the plain past is not the stem and た.
    "死にました",
    "欄干をまたぎました",
    "全部飲みました",
    // Polite negatives stay: 眠れません is often a supporter's worry.
    "心配で眠れません",
    "今日はコンビニに行けた",
  ])("leaves %s as it is", (text) => {
    expect(plainEndings(text)).toBe(text);
  });

  it("lets the rules read a polite attempt as they read the plain one", () => {
    expect(assessRisk("さっきODしました").level).toBe("crisis");
    expect(assessRisk("ベランダの柵はもう越えました").level).toBe("crisis");
  });
});
