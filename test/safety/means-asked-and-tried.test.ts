/**
 * Means held up and asked about ("could I die with this"), a cord tried on the neck, and a note
 * left for whoever finds the body: crises no layer read when they came up beside round 23's
 * kinds (a rope bought for a move, a care worker's client). Each kind with the everyday uses
 * of the same words, which stay calm.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("a means at hand asked whether it would kill", () => {
  it.each([
    "この薬で死ねるかな",
    "引越しで買ったロープ、これで死ねるかな",
    "このカッターで死ねるのかな",
    "could I die with this",
    "would I die if I took all of these",
    "do you think i could end it with those",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "この激辛ラーメンで死ねるかな笑",
    "このケーキおいしすぎて死ねる",
    "could i die with this build in the boss fight",
    "could I die from this cough",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a cord tried on the neck", () => {
  it.each([
    "引越しのロープ、長さ足りるか首にかけて試した",
    "ベルトを首に巻いて試した",
    "tried the rope around my neck to check the length",
    "put the cord round my neck to see",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "イヤホンのコードを首にかけてみた",
    "社員証のストラップを首にかけてみた",
    "put my headphones cable around my neck",
    "tried the scarf on my neck",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a note for whoever finds the body", () => {
  it.each([
    ["left a letter for whoever finds me", "self"],
    ["見つけた人へって書いた手紙を用意した", "self"],
    ["第一発見者の方への書き置きを机に置いた", "self"],
    [
      "My client has written a note addressed 'to whoever finds me'. He says after payday.",
      "other",
    ],
    ["my grandad left a letter for whoever finds him", "other"],
  ])("%s is a crisis (%s)", (text, subject) => {
    expect(assessRisk(text)).toMatchObject({ level: "crisis", subject });
  });

  it.each([
    "whoever finds me in hide and seek gets candy",
    "whoever finds my wallet please call me",
    "推理小説で、第一発見者への手紙がトリックだった",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a past wish is told by a time, not by 'back in'", () => {
  it("reads 'not going back in' as the present, and 'back in 2019' as the past", () => {
    // Read as "back in (the day)" before: a past wish, lowered to a concern.
    const cold = assessRisk("not going back in because i want to die out here");
    expect(cold.level).toBe("crisis");
    expect(cold.overrides).not.toContain("en.past-ideation.in-the-past");
    expect(assessRisk("back in 2019 i wanted to die, not now").level).not.toBe("crisis");
  });
});
