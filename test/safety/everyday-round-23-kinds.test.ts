/**
 * The eighteenth pass's everyday kinds (after round 23): the false alarms narrowed as kinds (a
 * goodbye that is a party's own words, a "kms" after a small mishap, commuting or a team's loss
 * "killing" one or leaving one with dead eyes, a rope for a move, a suicide told as news), and the
 * distress the check read as none, raised as kinds (undone by a stranger's kindness, a holiday
 * alone, shame at stopping again after going back, a long illness carried alone, guilt after a
 * meal, tears of shame at a day of nothing, a parent's sighs at one's door). Fresh wordings, not
 * round 23's own (its guard in labelled-set.test.ts holds those), each kind with the crises and
 * the everyday messages beside it that must stay where they are.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("a goodbye that is a party's or a last day's own words", () => {
  it.each([
    "歓迎会の締めの挨拶、何言えばいいかな。『今までありがとう』って変？",
    "送別会で『今までお世話になりました』って挨拶するの緊張する",
    "バイト最終日、『ありがとうございました、さようなら』って言って帰ってきた",
    "last day at work tomorrow, how do i say goodbye to everyone without crying lol",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "送別会で『さよなら』って言う。本当は私がいなくなるんだけど",
    "最終日の挨拶で『今までありがとう』って言う。明日にはもうこの世にいない",
    "歓迎会の締めで『ありがとう』って言って、そのまま消えるつもり",
    "送別会の挨拶考えてる。みんなに今までありがとうって。薬はもう用意した",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("a bare 'kms' after a small mishap is asked about, not alarmed at", () => {
  // Jokes can hide real intent: concern (a gentle, direct question), never none.
  it.each([
    "spilled coffee all over my laptop keyboard kms",
    "missed the last bus by ten seconds kms",
    "typo in the email i sent to my whole department kms",
    "forgot my umbrella on the one day it pours kms",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "forgot my password again. honestly i want to kms",
    "forgot my password again and i cant do this anymore kms",
    "locked out again. gonna kms tonight",
    "she broke up with me again kms",
    "lost my job today kms",
    "forgot my keys. no one would even notice if i was gone. kms",
    "missed the bus. i really want to kill myself",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("commuting or a team's loss 'killing' one, dead eyes", () => {
  it.each([
    "満員電車で死にそう、毎朝これ",
    "通学で死にそうやけん、もう自転車にする",
    "渋滞で死にそう。あと2時間かかるって",
    "阪神また負けた、死んだ目で風呂入ってる",
    "ホークス逆転負けで死んだ目しとる",
    "月曜の会議、みんな死んだ目してた",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "通勤で死にそう。もう全部終わりにしたい",
    "通勤電車に飛び込んで死にたい",
    "満員電車のホームで、このまま飛び込んだら楽になれるかなって毎朝思う",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "毎日死んだ目で過ごしてる",
    "カープ負けたし、毎日死んだ目で生きてる。人生どうでもいい",
  ])("%s stays at least concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
});

describe("a rope for a move or a load", () => {
  it.each([
    "引越し用に荷台のロープ買った、何メートルあればいい？",
    "洗濯機を軽トラに積むのにロープ買ったんだけど結び方わからん",
    "家具を固定するロープ、ホームセンターで買ってきた",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("a rope said to be for a move, and for oneself, stays at least concern", () => {
    expect(level("引越し用って言ってロープ買ったけど、本当は自分に使う")).not.toBe("none");
  });
  it("a rope for a truck tied to a beam stays a crisis", () => {
    expect(level("トラック用に買ったロープ、梁に結んでみた")).toBe("crisis");
  });
});

describe("a suicide told as news", () => {
  it.each([
    "ネットのニュースで、俳優が自殺とみられるって出てた。ショック",
    "テレビで、中学生が自殺した可能性があるって報道してた。いじめらしい",
    "新聞に、40代の男性が自殺を図ったって記事があった",
    "the news said the singer was found dead at home and police think it was suicide. so many of these lately",
    "read an article that a famous actor died by suicide, it's been all over the news",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "ニュースで芸能人が自殺とみられるって。私も後を追いたい",
    "ニュースで俳優が自殺したらしい。気持ちがわかる。私も死にたい",
    "the news said the singer died by suicide. honestly i get it, i want to go the same way",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "報道で自殺とみられるって聞いて、同じ方法ならできるかもって思った",
    "テレビで自殺とみられるって言ってた。羨ましい",
    "ニュースで見たけど、同級生の男子生徒が自殺を図ったって",
  ])("%s is not lowered", (text) => {
    expect(level(text)).not.toBe("none");
  });
});

describe("undone by a stranger's small kindness", () => {
  it.each([
    "the cashier said take care love and i cried the whole walk home. whats wrong with me",
    "burst into tears because a stranger held the door and smiled at me",
    "the postman asked how i was and i nearly cried, nobody asks that",
    "the barista remembered my name and i teared up in the queue",
    "レジの人に「お疲れさまです」って言われただけで泣いた",
    "配達の人が「良い一日を」って笑ってくれて、涙が止まらなかった",
    "コンビニの店員さんに優しくされて、帰ってから泣いてしまった",
  ])("%s is concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
  it.each([
    "cried laughing because the delivery guy said have a nice day in a pirate voice",
    "my daughter cried because the delivery guy said her drawing was nice",
    "i cried when the nurse said the scan was all clear",
    "レジの人に怒られて泣いた子供がいた",
    "感動する映画で泣いた",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("with a wish not to be missed beside it, a crisis", () => {
    expect(level("the cashier said take care and i cried. nobody will miss me when im gone")).toBe(
      "crisis",
    );
  });
});

describe("a holiday alone, with the shrug said", () => {
  it.each([
    "new years eve. microwave curry. everyone else is out celebrating. fine.",
    "my birthday and nobody texted. same as every year. whatever",
    "大晦日。カップ麺。近所の家はどこも明るい。別にいいけど",
    "誕生日、誰からも連絡なし。毎年のこと",
    "正月もひとり。みんな実家に帰ってる。どうでもいい",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "christmas alone this year and honestly its fine, loving the peace",
    "christmas at my mums, whatever you bring is fine",
    "new years eve by myself, cosy and perfect. fine by me",
    "正月はひとりでのんびり、最高",
    "クリスマスひとりでも別にいい、ゲーム三昧で楽しい",
    "this is the last christmas in this house, we move in january",
    "this is my last christmas at home before uni",
    "来年はもういないよ、転勤で大阪",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "christmas alone again. whatever. this is the last one anyway",
    "this is my last birthday ever. i mean it",
    "i wont see another christmas",
    "正月もひとり。別にいい。来年はもういないし",
    "俺は来年の今頃はこの世におらん",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("shame at stopping again after going back", () => {
  it.each([
    "started uni again in october, stopped going by november. my parents think im still going. so ashamed",
    "went back to my job after a year off, lasted two weeks. havent told anyone. the shame",
    "復職して一か月でまた行けなくなった。妹にまだ言えてない",
    "バイト始めたけど二週間で行けなくなった。親に言い出せない、情けない",
    "学校に戻ったけど、また部屋に籠もってる。恥ずかしくて誰にも言えない",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "went back to work in march, stopped going to the gym in april, so embarrassing lol",
    "went back to school, lasted two weeks at the chess club, havent told my mum lol",
    "バイト始めたけど一ヶ月で辞めた。次のバイト探す笑",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("with a wish not to be here beside it, a crisis", () => {
    expect(
      level(
        "went back to work, stopped going. the shame is unreal. i dont want to be here anymore",
      ),
    ).toBe("crisis");
  });
});

describe("a long illness carried alone", () => {
  it.each([
    "another flare up and nobody here to help. so tired of managing all of this on my own",
    "low blood sugar at 4am again, shaking. sick of doing this by myself",
    "seizure in the shower, woke up on the floor, fine now. i am so done with dealing with it alone",
    "夜中に低血糖、一人で床でブドウ糖かじってた。もう一人で全部やるの疲れた",
    "発作が出ても誰もいない。ひとりで病院行くのもうんざり",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "sick of doing the dishes by myself, flatmates are useless",
    "migraine today, partner away, sick of doing the school run by myself this week lol",
    "一人で通院するの疲れたけど、今日は先生が優しかった",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  // The learned layer reads these two as it did before (a known false alarm of its own); the
  // rules for an episode left untreated must not.
  it.each([
    "next time i wont take my insulin so late",
    "次は薬を飲まないで済むようにしたい",
  ])("%s is not read as an episode left untreated", (text) => {
    const own = assessRisk(text).matches.filter((m) => m.rule.includes("wont-treat-next-time"));
    expect(own).toEqual([]);
  });
  it.each([
    "another hypo alone at 3am. sick of doing this by myself. next time i won't eat the sugar",
    "seizure again. next time im not calling anyone",
    "低血糖また。次はもうブドウ糖食べない",
    "次の発作が来ても薬は飲まない",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("guilt after a meal", () => {
  it.each([
    "finished my plate at my nans and then sat in the toilet crying, didnt purge but i feel disgusting",
    "had a proper meal with my family tonight. cried after. kept it down but i feel so fat and gross",
    "久しぶりに家族の前で夕飯食べた。吐かなかったけど、罪悪感で気持ち悪い",
    "ケーキ一切れ食べてトイレで泣いた。自分が気持ち悪い",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "ate a whole pizza, feeling guilty lol",
    "ate bad sushi, threw up, feel gross",
    "ate dinner with the kids and cried because they made me a card",
    "食べ過ぎて罪悪感w",
    "辛いラーメン食べて泣いた笑",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("with a wish to disappear beside it, a crisis", () => {
    expect(level("ate dinner and cried in the bathroom. i want to disappear")).toBe("crisis");
  });
});

describe("tears of shame at a day of nothing", () => {
  it.each([
    "wasted another whole day doing nothing and i cried, im so pathetic",
    "今日も何もしないまま夜。情けなくて泣けてくる",
    "また一日寝て終わった。自分が情けなくて涙が出る",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "did nothing today and watched a film, cried at the ending",
    "カープ負けて情けなくて泣けるわ",
    "感動する映画で泣いた",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("with a wish to vanish beside it, a crisis", () => {
    expect(level("情けなくて涙出る。もう消えたい")).toBe("crisis");
  });
});

describe("a parent's sighs or remarks at one's door", () => {
  it.each([
    "my mum sighs outside my door every single morning. i can hear you",
    "dad mutters about me on the landing so i can hear. every night",
    "母がドア越しに聞こえよがしに嫌味言ってくる",
    "親父が部屋の前で舌打ちしていく。わざとだろ",
  ])("%s is concern, the writer's own", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("concern");
    expect(risk.subject).toBe("self");
  });
  it.each([
    "mum was muttering outside my door about the hoover lol",
    "母がため息ついてた、仕事大変みたい",
    "親がため息ついてるの聞こえて、心配してくれてるんだなって思った",
    "親まじうざい、ゲームの時間決められた",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("with a wish to die beside it, a crisis", () => {
    expect(level("親が毎朝ドアの前でため息つく。もう死にたい")).toBe("crisis");
  });
});
