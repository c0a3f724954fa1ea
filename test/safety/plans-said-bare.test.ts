/**
 * The writer's own plans said bare (after round 18): only the act left after debts and the room
 * are settled, a plan "still on" with the letters left to be found, a time and a high place with
 * "that's where", an intent not to see a coming date, and a past wish that has turned into
 * looking up a place now. After round 19: a time and a place with nothing else ("that's all",
 * "don't reply", それだけ). Fresh wordings; each rule's own examples are in rule-examples.json.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

describe("a plan said bare is a crisis", () => {
  it.each([
    "カードの支払いも全部済ませた。死んだあと家族に迷惑かけたくないし。あとは机の中を整理して、日曜に決行するだけ",
    "did the shopping, walked the dog, cleaned the kitchen. the plan is still on for monday when everybody's out, the note is on my desk",
    "1am tomorrow, the footbridge over the ring road. that's the place.",
    "部屋の掃除も済んだ。予定は変わらず今夜。手紙はみんなの分、本棚に置いた",
    "今夜0時、近所の団地の非常階段。そこにする。",
    "I have seen to the paperwork. I have no intention of seeing another Christmas.",
    "弁護士さんには連絡してあります。新年を迎えるつもりはありません。",
    "It used to be 'I hope I don't wake up'. Now I've been checking which car park is the tallest.",
  ])("%s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("the same shapes in daily life are not", () => {
  it.each([
    "借金は全部返した。これで気持ちよく年を越せる。あとは週末に大掃除するだけ",
    "the plan is still on for friday when everyone's at work, the birthday cards are in the drawer",
    "9pm tonight, the rooftop bar on the high street. that's where we meet.",
    "i don't plan to see the new year in this time, i'll be asleep by ten",
    "今年は実家で年を越すつもりはない。友達と旅行する",
  ])("%s", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("going to a spouse's side", () => {
  it.each([
    "主人のそばへ行くつもりです",
    "夫の元へ参ります",
    "妻のそばに行きたい",
  ])("%s alone is at least a concern, and the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("self");
  });
  it.each([
    "今週中に主人のそばへ行くつもりです",
    "近いうちに夫のもとへ参るつもりでおります",
    "睡眠薬をためてあります。主人のそばへ行くつもりです",
  ])("%s, with a time or a means, is a crisis", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("self");
  });
  it.each([
    // A husband alive, in hospital or away, and a visit to the grave or the altar.
    "入院している主人のそばへ行くつもり",
    "単身赴任の主人のところへ行く",
    "明日、単身赴任先の主人のそばへ行くつもりです",
    "命日には主人のそばへ行ってお線香をあげるつもりです",
    "主人のところへ行くつもりです",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a time and a place, and nothing else", () => {
  it.each([
    "4:30am. the footbridge over the bypass. thats all",
    "ill be up on the car park roof behind tesco at 2am. dont text back",
    "土曜の深夜1時、港の埠頭。それで全部",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "6pm. the bridge by the station, the food market. thats all",
    "土曜の朝10時、駅前の歩道橋に集合。以上",
    "5am tomorrow. the pier for the sunrise photos. thats it",
    // A chore up on the roof, with "that's it" closing the to-do list.
    "tomorrow. clean the roof gutters. thats it",
    "8am tomorrow the roofer fixes the leak on the top floor. thats it",
  ])("%s is not a crisis by the rules", (text) => {
    expect(assessRules(normalizeMessage(text)).level).not.toBe("crisis");
  });
});
