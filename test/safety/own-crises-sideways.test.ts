/**
 * The writer's own crises said sideways, and plain distress in a second language: a countdown
 * of days with things put in order, an attempt that failed and "this time" properly, means
 * bought behind a game's words, food refused so the body gives up; after round 19, at a height
 * now with the railing found low, a cut that will not stop or a blade held to the skin (urgent),
 * and withdrawal said with loneliness or a body too low to bathe; each beside the everyday
 * message that shares its words. Fresh wordings, not the rounds' own (the rounds are guarded in
 * labelled-set.test.ts) nor the rules' examples (rule-examples.json).
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("a countdown of days with things put in order", () => {
  it.each([
    "人生とお別れするまであと1週間。部屋はもう片付けた",
    "残り2日。スマホの初期化も済んだし、もう思い残すことない",
    "6 days left. day 5: letters for mum and dad. day 6: the cliff",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "卒業まであと3日。部屋の片付けはもう済ませた",
    "テストまであと2日、机の片付けだけ終わった",
    "3 days left until the exam. day 1: flashcards. day 3: the exam",
    "4 days left in Lisbon! day 4: the bridge",
  ])("%s is not a crisis", (text) => {
    expect(level(text)).not.toBe("crisis");
  });
});

describe("an attempt that failed, and 'this time' properly", () => {
  it.each([
    "夏に一度失敗した。次こそちゃんと死ぬ",
    "the first try didnt work. this time a different method",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "面接は失敗した。今度はちゃんと終わらせる、準備を",
    "tried the recipe last week, it didnt work. this time a different method",
  ])("%s is not a crisis", (text) => {
    expect(level(text)).not.toBe("crisis");
  });
});

describe("means bought and a time, whatever words it is dressed in", () => {
  it("a game's words do not hide it", () => {
    expect(level("no lives left irl. got the rope today, doing it saturday")).toBe("crisis");
  });
  it("a barbecue is not it", () => {
    expect(level("got the charcoal today, doing it saturday, bbq at mine")).toBe("none");
  });
});

describe("food refused so the body gives up", () => {
  it.each([
    "4日わざと食べてない。身体が壊れてほしい",
    "not eating on purpose. i want my body to stop working before my birthday",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it("a stomach bug is not", () => {
    expect(
      level("havent eaten in 2 days, stomach bug, i just want my body to stop hurting"),
    ).not.toBe("crisis");
  });
});

describe("plain distress in a second language", () => {
  it.each([
    "I am 33 and I never had a job. Everybody is ahead of me.",
    "My father look at me with disappointment every day.",
    "When I think about the future I cannot breathe well.",
  ])("%s is at least a concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
  it.each([
    "I am 33 and never worked with Python, which course is good?",
    "I cannot breathe well when I run, is it asthma?",
  ])("%s is not", (text) => {
    expect(level(text)).toBe("none");
  });
});

describe("an amount taken to die, said as done", () => {
  it.each([
    "さっき死ねるだけの量を飲んだ",
    "終われるくらいの量、もう飲みました",
    "I've taken enough to not wake up",
  ])("%s is an urgent crisis", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
  });
  it.each([
    "致死量ってどのくらい飲んだら危ないの",
    "ドラマで犯人が致死量の薬を飲んだ",
    "I took enough painkillers to kill a horse lol",
  ])("%s is not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("at a height now, and the railing found low", () => {
  it.each([
    "got up to the top floor of the multi storey. the wall is pretty low",
    "鉄橋まで来た。欄干、案外低い",
  ])("%s is an urgent crisis", (text) => {
    const result = assessRisk(text);
    expect(result.level).toBe("crisis");
    expect(result.urgent).toBe(true);
  });
  it.each([
    "the railing at the new skate park is lower than i thought, someone should report it",
    "屋上に来た。フェンス低いから子どもを近づけないで",
  ])("%s is not a crisis by the rules", (text) => {
    // 屋上に来た alone is ja.attempt-in-progress.high-place's concern, as on main.
    expect(assessRules(normalizeMessage(text)).level).not.toBe("crisis");
  });
});

describe("withdrawal said with loneliness, and too low to bathe", () => {
  it.each([
    "もう3年ひきこもってる。誰とも話さないし、寂しい",
    "うつっぽくて3日シャワー浴びてない",
  ])("%s is at least a concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
  it.each([
    "ひきこもってた時期もあったけど、今は友達いて寂しくない",
    "断水でシャワー浴びれない、最悪",
  ])("%s is not, by the rules", (text) => {
    expect(assessRules(normalizeMessage(text)).level).toBe("none");
  });
});

describe("a cut that will not stop, or a blade held to the skin, now", () => {
  it.each([
    "うで切りすぎた。止まんない、こわい",
    "カッター持ってる。ずっと手首に当ててる",
    "the blade is right here, i keep pushing it in harder",
  ])("%s is an urgent crisis", (text) => {
    const result = assessRisk(text);
    expect(result.level).toBe("crisis");
    expect(result.urgent).toBe(true);
  });
  it.each([
    "料理してて指切ったら止まんない、絆創膏どこ",
    "keep pressing the knife into the clay harder, its for my pottery class",
  ])("%s is not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("an act said past a denial or a height with no stepping back", () => {
  it.each([
    "not suicidal or anything, but i did take a whole box of paracetamol an hour ago",
    "been at the platform edge for an hour. not going to step back when the train comes",
  ])("%s is an urgent crisis", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
  });
  it.each([
    "i did take all my pills to the pharmacy for a review",
    "I won't step back from the project lead role",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("plain distress with no risk word", () => {
  it.each([
    "友達の出産報告が来た。おめでとうも言えない。みじめで仕方ない",
    "dad passed in march and it's so quiet. he was the only one i ever talked to",
    "seeing people my age with houses and careers makes me feel worthless",
  ])("%s is at least a concern", (text) => {
    expect(assessRisk(text).level).not.toBe("none");
  });
  it.each([
    "昨日の試合はみじめな負けだった",
    "my teacher was the only person i talked to at school, she was lovely",
    "seeing old classmates on instagram with kids and houses, so happy for them",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

// Round 20: a cord hung up and only the last step left, said bare (kana and all). Urgent.
describe("a cord hung, only the step left", () => {
  it.each([
    "ロープかけた　あとは台にのるだけ",
    "ドアノブにひもかけた。あとは首を通すだけ",
  ])("%s is an urgent crisis", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
  });
  it.each([
    "電球を替えるのでコードを結んだ。あとは脚立にのるだけ",
    "洗濯ロープかけた。あとは干すだけ",
  ])("%s is not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

// Round 20: a parent who brings out a knife when drunk, and turned it on the writer yesterday.
describe("a knife brought out at home", () => {
  it("is danger at home", () => {
    const a = assessRisk("母は酔うとナイフ出してくる。この前は弟に向けてきた");
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
  });
  it("taken out to peel an apple is not, by the rules", () => {
    expect(assessRules(normalizeMessage("父が包丁を取り出してりんごをむいてくれた")).level).toBe(
      "none",
    );
  });
});
