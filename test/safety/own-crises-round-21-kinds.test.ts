/**
 * The sixteenth pass's kinds (after round 21), the writer's own: the act set up for now or just
 * survived (charcoal lit with the room sealed, a non-stopping train's time and setting off, the
 * room sealed and tonight said, a rope hung and "now", pills counted out for tonight, on a roof
 * or a building now in learners' words, waking up after pills), each `urgent`; and crises said
 * through preparation, a medicine stopped or food refused (crisis, not urgent). Fresh wordings,
 * not round 21's own (its guard in labelled-set.test.ts holds those).
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("the writer's own act set up for now, or just survived: urgent", () => {
  it.each([
    "windows are all taped up, charcoal is burning. sorry",
    "the freight train passes through at 6:12, doesn't stop. i'm on the platform now",
    "通過する快速は6時12分。いまから行く",
    "練炭は部屋にある。目張りも済んだ。今夜",
    "ひもを へやの ドアに かけた。これから します",
    "the tablets are all laid out on the bed. tonight",
    "im on the roof of my work now. nobody is here. goodbye",
    "いま病院の屋上にいます。もう生きるのは無理です",
    "woke up on the floor. the pills didnt work. head is splitting",
    "起きたら朝だった。薬が効かなかった。死ねなかった",
  ])("%s is an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
});

describe("crises said through a medicine stopped, food refused, affairs settled: crisis, not urgent", () => {
  it.each([
    "quit my blood thinners last week. I know what happens. at peace with it",
    "インスリン、月曜からやめた。どうなるか分かってる。それでいい",
    "havent eaten for 6 days. dont deserve to eat",
    "ended all my subscriptions. paid next month's rent. nobody will be out of pocket",
    "not suicidal. the pills are in my drawer for when im ready",
  ])("%s is a crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent ?? false).toBe(false);
  });
});

describe("a move someone else believes in is a cover, not a reason", () => {
  it("reads the goodbye through the cover", () => {
    expect(
      assessRisk(
        "gave my guitar to my brother. I won't need it where I'm going. mum thinks I'm moving",
      ).level,
    ).toBe("crisis");
  });
  it.each([
    "gave my winter coats to my cousin, I won't need them where I'm going, moving to Thailand",
    "gave my old monitor to my cousin. I won't need it where I'm going, the new flat has one",
  ])("%s stays ordinary", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("the writer hiding from violence at home now: urgent", () => {
  it.each([
    "兄が暴れてる。部屋に鍵かけて隠れてる",
    "母が包丁持って怒鳴ってる。トイレに鍵をかけて逃げてる",
  ])("%s is an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
  it("a habit is not now", () => {
    expect(
      assessRisk("父は酔うといつも暴れる。そのたびにトイレに鍵かけて隠れてる").urgent ?? false,
    ).toBe(false);
  });
});

describe("round 21's kinds of false concern and missed distress", () => {
  it.each([
    "引っ越しするから断捨離してる。服とか本、ほとんど人にあげた。すっきり",
    "このボス強すぎて50回は死んだ。もう無理笑",
  ])("%s is ordinary", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  it.each([
    "相談の予約、ドタキャンした。情けない",
    "doorbell went. hid under the desk. im 40 years old",
    "trying to go outside today, my fingers went numb and i couldnt breathe",
  ])("%s is at least a concern", (text) => {
    expect(assessRisk(text).level).not.toBe("none");
  });
});

describe("the everyday near misses stay ordinary", () => {
  it.each([
    "charcoal's lit, burgers on in 10, guests are here",
    "通過の特急、5時48分。撮りに行くのでもう靴はいた",
    "stopped my insulin injections on monday, switched to the pump, the nurse set it up",
    "cancelled netflix and spotify to save money, rent is paid, feels tidy",
    "stopped taking my iron pills, the doctor said my levels are fine now",
    "インスリンをやめた。先生と相談してポンプに切り替えたので",
  ])("%s is not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});
