/**
 * Words that are signs of risk alone, read as everyday when the message gives the everyday
 * reason beside them: a prescription taken or checked, things given away because of a move, a
 * new phone or a diet (and not when a pet, a console or every account goes with a day and no
 * reason said outright).
 * The rules' own examples are in rule-examples.json; these are fresh wordings.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("a prescription taken in daily life", () => {
  it.each([
    "took my whole prescription to the pharmacy to get it checked",
    "i took my prescription this morning like always",
  ])("%s: not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("things given away before a move", () => {
  it("is everyday when the move is said beside it", () => {
    expect(
      assessRisk("moving to leeds so giving away most of my stuff. cheap desk anyone?").level,
    ).toBe("none");
  });
  it("is a crisis sign with no reason said", () => {
    expect(assessRisk("gave away most of my stuff this week. won't need any of it").level).toBe(
      "crisis",
    );
  });
});

describe("things 'not needed after' a day", () => {
  it.each([
    "gave my ps4 to my nephew and my rabbit to a friend. i wont need them after saturday",
    "gave my laptop to my sister, deleted all my accounts because i wont need any of it after tonight",
  ])("a pet, a console or the accounts gone with a day is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "gave away my console before the move, wont need it after friday, moving abroad",
    "gave my old phone to my brother, got a new one, i wont need it after today",
    "gave my big jeans away, the diet worked, i wont need them after this month",
  ])("a reason said outright keeps it everyday: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a knife or a bat held at home for a task", () => {
  it.each([
    "母が包丁を持って娘にアジのさばき方を見せてる",
    "兄がバットを持ってスイングを見せてくれた",
    "弟がナイフを持って工作してる",
  ])("%s: not a crisis", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  it.each([
    // Held with rage, a threat, fear or someone it comes at, it is violence at home.
    "兄が包丁を持って暴れてる",
    "父が包丁を持ってる。怖い",
    "兄が包丁を持って私の部屋に来た",
    "父がバットを振り回している",
    "兄が野球のバットを持って母を追いかけてる",
  ])("%s: danger at home", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
  });
});

// A carer checking the day's doses (8050 families write this often): the rules and the learned
// layer alone read "薬を全部飲んだ" as an urgent overdose.
describe("a carer checking that the doses were taken", () => {
  it.each([
    "今、母がいつもの薬を全部飲んでるか確認してる",
    "父が朝の薬ちゃんと全部飲んだかチェックしてる",
    "祖母が薬を全部飲んだか見てきます",
    "息子が夜の薬を全部飲んだか確認した",
  ])("%s: none", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("none");
    expect(risk.urgent).not.toBe(true);
  });
  it.each([
    "母が薬を全部飲んだ。意識がない",
    "母が薬を全部飲んだかわからない、呼んでも起きない",
    "睡眠薬ぜんぶ飲んだか確認して、空っぽだった",
    "弟が薬を全部飲んだか見に行ったら倒れてた",
    "母が薬を全部飲んだか確認したけど、もう死にたいって言ってる",
  ])("with any sign of danger it stays an urgent crisis: %s", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
});

// 屋上から飛びたい: a height named as where one would jump from, with a wish (the fifteenth
// pass's own part left it at none).
describe("a height to jump from, wished", () => {
  it.each([
    "いつか屋上から飛びたい",
    "ビルから飛びたい",
    "橋から飛ぼうかな",
    "もう8階から飛ぶしかない",
  ])("%s: crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "鳥みたいに空を飛びたい",
    "洗濯物がベランダから飛びそう",
    "屋上から紙飛行機を飛ばそう",
  ])("%s: none", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

// Found at the final read of the sixteenth pass: someone shut in and not answering, beside an
// empty medicine box, was none; and "he hasn't said he wants to die, but he bought a rope" was
// lowered with the wish (a turn after it says what was seen instead).
describe("silence behind a door beside empty medicine, and a rope after a wish not said", () => {
  it.each([
    "息子が部屋から出てこない。返事もない。薬の空き箱があった",
    "娘が部屋から出てこなくて返事もない。ゴミ箱に睡眠薬のシートが捨ててあった",
  ])("%s: an urgent crisis about someone else", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
    expect(risk.subject).toBe("other");
  });
  it("an empty box alone is daily life", () => {
    expect(assessRisk("薬の空き箱があった").level).toBe("none");
  });
  it("a rope bought after 'he has not said he wants to die, but' stays a crisis", () => {
    expect(assessRisk("彼は死にたいとかは言ってないけど、昨日ロープを買ってきた").level).toBe(
      "crisis",
    );
  });
});
