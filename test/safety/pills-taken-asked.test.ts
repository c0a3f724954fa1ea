/**
 * The writer's own pills (after round 19): an overdose already taken and asked about as a
 * question, typos and all (a crisis happening now, so urgent); alcohol taken with pills to make
 * them work faster; not waking up after taking all of them, accepted behind "I'm not going to
 * kill myself, but"; a hoard counted "enough" right after "I'm fine"; all the pills at once
 * because they are "no longer needed". Each beside the everyday message that shares its words.
 * Fresh wordings, not round 19's own (guarded in labelled-set.test.ts) nor the rules' examples.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

/** The rules alone: for near misses that the learned layer raises on main as well. */
const rulesLevel = (text: string) => assessRules(normalizeMessage(text)).level;

describe("an overdose taken, asked about", () => {
  it.each([
    "took like 35 of my nans paracetamol after lunch. is it bad",
    "i swallowd the whole pack of sleeping pills about 20 mins ago, will i wake up",
    "ibuprofen: i took 20 of them at 6. should i go to the hospital",
  ])("%s is an urgent crisis", (text) => {
    const result = assessRisk(text);
    expect(result.level).toBe("crisis");
    expect(result.urgent).toBe(true);
  });
  it.each([
    "took 2 paracetamol at 6, is it ok to take more at 10",
    "took 500 mg of paracetamol an hour ago, will it be ok with coffee",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("alcohol to make pills work faster", () => {
  it.each([
    "will my tablets kick in faster if i take them with rum",
    "睡眠薬をウイスキーで飲めば早く効くよね？",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "does wine make painkillers work faster for period cramps",
    "風邪薬ってビールで飲んだら早く効くの？",
  ])("%s is not a crisis by the rules", (text) => {
    expect(rulesLevel(text)).not.toBe("crisis");
  });
});

describe("not waking up after all of them, accepted", () => {
  it("stays a crisis behind a denial", () => {
    expect(
      assessRisk(
        "not going to do anything dramatic, but if i dont wake up after swallowing every last one, whatever",
      ).level,
    ).toBe("crisis");
  });
  it("stays a crisis in Japanese", () => {
    expect(
      assessRisk("死にたくはない。でも睡眠薬ありったけ飲んで目が覚めなかったら別にいい").level,
    ).toBe("crisis");
  });
  it("oversleeping after cold medicine is not", () => {
    expect(
      rulesLevel("if i dont wake up after taking all of my flu meds, text me, its fine"),
    ).not.toBe("crisis");
  });
});

describe("a hoard counted 'enough' after 'I'm fine'", () => {
  it("is a crisis in Japanese too", () => {
    expect(assessRisk("元気だよ笑 けど眠剤ためてたの数えたら45錠。たりそう").level).toBe("crisis");
  });
  it("is a crisis", () => {
    expect(
      assessRisk("im alright dont worry lol but i counted the ones ive stockpiled, its 52. enough")
        .level,
    ).toBe("crisis");
  });
  it("money counted for something to buy is not", () => {
    expect(
      rulesLevel("im fine but i counted what i saved up, its 60 so thats enough for the game"),
    ).toBe("none");
  });
});

describe("all the pills at once, because they are no longer needed", () => {
  it("is a crisis after a denial", () => {
    expect(
      assessRisk("別に死にたくはない。ただ安定剤もういらないから残り全部一気に飲む").level,
    ).toBe("crisis");
  });
  it("taking them back to the pharmacy is not, by the rules (the learned layer raises it on main too)", () => {
    expect(rulesLevel("安定剤もういらないから残り全部まとめて薬局に返した")).not.toBe("crisis");
  });
});
