import { describe, expect, it } from "vitest";
import { RISK_OVERRIDES, RISK_RULES } from "../../src/safety/check.js";
import {
  assessRisk,
  effectiveMatches,
  isThirdPartyWorry,
  overrideKind,
} from "../../src/safety/index.js";

const CATEGORIES = [
  "passive-ideation",
  "hopelessness",
  "burden",
  "plan",
  "means",
  "method-question",
  "preparation",
  "farewell",
  "attempt-in-progress",
  "self-harm",
  "danger-at-home",
  "distress",
];

describe("assessRisk: the fixed points", () => {
  it("死にたい is a crisis", () => {
    expect(assessRisk("死にたい").level).toBe("crisis");
  });
  it("消えたい is a crisis", () => {
    expect(assessRisk("消えたい").level).toBe("crisis");
  });
  it("死ぬほど疲れた is not", () => {
    const a = assessRisk("死ぬほど疲れた");
    expect(a.level).toBe("none");
    expect(a.overrides).toContain("ja.idiom.degree");
  });
});

describe("negation cancels only its own clause", () => {
  it("a plain negation is none", () => {
    const a = assessRisk("I'm not going to kill myself");
    expect(a.level).toBe("none");
    expect(a.overrides).toContain("en.negation.not-before");
    expect(a.matches.every((m) => m.overruledBy !== undefined)).toBe(true);
  });
  it("a negated clause does not hide the next one", () => {
    expect(assessRisk("I'm not going to kill myself, but I wish I could disappear").level).toBe(
      "crisis",
    );
  });
  it("not wanting to live is ideation, not a negation", () => {
    expect(assessRisk("I don't want to live anymore").level).toBe("crisis");
    expect(assessRisk("生きたくない").level).toBe("crisis");
    expect(assessRisk("生きていたくない").level).toBe("crisis");
  });
  it("Japanese negative endings", () => {
    expect(assessRisk("死にたくない").level).toBe("none");
    expect(assessRisk("死にたいとは思わない").level).toBe("none");
    expect(assessRisk("死にたくないのに死にたくなる").level).toBe("crisis");
    expect(assessRisk("死にたいわけじゃないけど、消えたい").level).toBe("crisis");
  });
  it("one negated hit does not cancel another hit of the same rule", () => {
    expect(assessRisk("I don't want to die. Actually I want to die.").level).toBe("crisis");
  });
  it.each([
    "not going to kill myself, but i have written the note already",
    "I'm not suicidal but I did count out the pills by my bed, in case tonight",
  ])("preparations after 'but' are not negated: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it("a denial of something else, then a note, is not a crisis", () => {
    expect(
      assessRisk("I'm not going to quit, but I did write the note for HR about my hours").level,
    ).not.toBe("crisis");
  });
});

describe("worry about someone else", () => {
  it.each([
    "友達が死にたいって言ってる",
    "息子が「死にたい」と言うことがあります",
    "my friend says she wants to die",
    "my son keeps saying he wants to kill himself",
  ])("%s is a crisis about someone else, flagged as third-party worry", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(isThirdPartyWorry(a)).toBe(true);
  });

  it("a parent's question about a withdrawn son is not risk, and the writer's own words stay theirs", () => {
    expect(assessRisk("息子が部屋から出てきません。親としてどう声をかければいいですか").level).toBe(
      "none",
    );
    expect(assessRisk("友達が死んで、私も死にたい").subject).toBe("self");
  });

  it.each([
    "弟(30)がずっと部屋にいて、さっき「今までありがと、ギターはあげる」ってLINEが来た。既読にならない",
    "ネッ友が「今から樹海に行く」って書いてサーバーを抜けた",
    "隣の家から「殺してやる」っていう怒鳴り声と悲鳴がずっと聞こえてます",
    "A student who stopped coming emailed me to say she won't need the worksheets anymore. Can't reach her parents.",
    "Neighbour here. For an hour the man next door has been shouting that he'll kill his mother.",
  ])("%s is about someone else, at risk", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("other");
  });

  it.each([
    "my mom found my pills and she's angry. i'm going to take them all tonight",
    "$40 in debt and my wife doesn't know. she's better off without me",
    "息子が最近暴れて、昨夜は私の顔を殴りました。今も隣の部屋で壁を叩いています",
    "先月、祖母が亡くなった。唯一話せる人だった。さみしい",
  ])("%s stays the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });

  // Who the sentences are about: a role the writer visits, a relation named by age or as the
  // one they live with, a game friend, someone quoted, a clause that goes on with their subject.
  it.each([
    "visit note: the man i check on fortnightly left a note on his door saying not to come in. his lights have been off for days",
    "the elderly man upstairs hasn't collected his post in a week and there's a smell on the landing. his daughter lives abroad",
    "my gaming buddy said goodnight forever in our group chat and gave away his account. he won't answer anyone",
    "my son (29) has been in the garage with the car running for an hour and the door is locked",
    "grandma gave her rings to my aunt and said goodbye to the cat. now she's locked her bedroom door",
    "訪問先のおばあさんが、今日は玄関に出てこなかった。新聞がたまっていて、中で物音もしません",
    "民生委員です。担当の方が「もう長くないから、お世話になりました」と言って電話を切りました",
    "ゲームのフレが「明日には俺いないから」って言ってから、ずっとオフライン",
    "同居の母(80)が昨日から起きてこなくて、声をかけても返事が弱い",
    "母は朝から「ごめんね」って何度も言ってて、薬が一シート空になってた",
  ])("%s is a report about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });

  // The other direction: family named, but the danger, the grief or the shame is the writer's.
  it.each([
    "my parents are in their 80s and still doing my laundry. the kindest thing for them would be for me to disappear",
    "mum left soup by my door again. i've been reading about which bridge is highest",
    "my dad died in june and the flat is silent now. he was the only one i spoke to",
    "gave my bike to my nephew today and told him i wouldn't need it back",
    "母が「一緒に死のうか」って言ってきた。包丁を持ってた",
    "同僚のインスタ見てまた落ち込んだ。自分だけ何も進んでない",
  ])("%s names family or a friend and stays the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("self");
  });

  it("the writer's own ideation next to a third party still counts", () => {
    expect(assessRisk("友達が死んで、私も死にたい").level).toBe("crisis");
    expect(assessRisk("my friend died and I want to die too").level).toBe("crisis");
  });

  it("someone at home in danger right now is a crisis with the home flag", () => {
    const a = assessRisk("my son took a whole bottle of pills and won't wake up");
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
    expect(isThirdPartyWorry(a)).toBe(false);
  });
});

describe("past ideation", () => {
  it("past without a word on now is concern", () => {
    const a = assessRisk("昔は死にたいと思ってた");
    expect(a.level).toBe("concern");
    expect(a.overrides.map(overrideKind)).toContain("past-ideation");
  });
  it("past that has passed is none", () => {
    expect(assessRisk("I used to want to die but not anymore").level).toBe("none");
    expect(assessRisk("中学の頃は毎日死にたかったけど、今は大丈夫").level).toBe("none");
  });
  it("past that is coming back is a crisis", () => {
    expect(assessRisk("前は死にたかったけど、最近またそう思う").level).toBe("crisis");
    expect(assessRisk("昔から死にたいと思ってる").level).toBe("crisis");
  });
});

describe("danger at home", () => {
  it.each([
    "my father hits me",
    "someone at home is threatening me with a knife",
    "親に殴られる",
    "家族に殺される",
    "兄が包丁を持って暴れてる",
  ])("%s raises the flag", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
  });

  it.each([
    "課題に殺される",
    "ゲームしすぎてるのバレたら母に殺される笑",
    "my mom will kill me if she sees my grades lol",
  ])("%s is hyperbole: no flag", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("none");
    expect(a.dangerAtHome).toBe(false);
  });

  it.each([
    "隣の部屋から『殺してやる』って怒鳴り声と物が壊れる音がする",
    "孫が親に叩かれているようです",
    "娘が夫から暴力を受けていて、いま電話で泣いています",
    "my sister's boyfriend hits her, she's at his place now",
    "I can hear my neighbour screaming and him threatening to kill her",
  ])("%s is danger at home about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("other");
  });

  it.each([
    "夫に殴られています",
    "my dad hits me when he's drunk",
    "兄が母を殴っていて、私も殴られた",
    "母に叩かれる",
    "母が私を叩く",
    "父が毎晩わたしを殴ってくる",
  ])("%s is the writer's own danger at home", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("self");
  });

  it("the writer's own self-harm after a parent's illness is the writer's, not the parent's attempt", () => {
    const a = assessRisk("母が入院してから毎晩手首を切っています。もう自分では止められません。");
    expect(a.level).toBe("crisis");
    expect(a.matches.map((m) => m.category)).toContain("self-harm");
    expect(a.subject).toBe("self");
  });

  it("own ideation does not raise the home flag", () => {
    expect(assessRisk("死にたい").dangerAtHome).toBe(false);
  });
});

describe("idioms, games, objects, titles, bereavement", () => {
  it.each([
    "this homework is killing me",
    "I'm dead 😂",
    "キャラが死んだ",
    "スマホのバッテリーが死んだ",
    "「死にたい夜にかぎって」を観た",
    'my favourite song is "I Want to Die" by a small band',
    "祖母が亡くなった",
    "去年父が死んだ",
    "寂しい",
  ])("%s is none", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });

  it("a quotation without a work is the person's own words", () => {
    expect(assessRisk("「死にたい」って言ったら親に怒られた").level).toBe("crisis");
    expect(assessRisk('I keep thinking "I want to die"').level).toBe("crisis");
  });
});

describe("shape of the result", () => {
  it("lists overruled matches with the override that lowered them", () => {
    const a = assessRisk("死ぬほど疲れた");
    expect(a.matches).toContainEqual({
      rule: "ja.distress.shinu",
      level: "concern",
      category: "distress",
      overruledBy: "ja.idiom.degree",
    });
    expect(effectiveMatches(a)).toEqual([]);
  });

  it("keeps matches lowered to concern among the effective ones", () => {
    const a = assessRisk("I used to be suicidal");
    expect(a.level).toBe("concern");
    expect(effectiveMatches(a).map((m) => m.rule)).toContain("en.passive-ideation.suicidal");
  });

  it("is deterministic and independent of the locale hint", () => {
    const text = "I'm not going to kill myself, but 消えたい";
    const first = assessRisk(text, "ja");
    expect(assessRisk(text, "en")).toEqual(first);
    expect(assessRisk(text)).toEqual(first);
  });
});

describe("urgency: said as done, not asked", () => {
  it.each([
    "ive taken them already, about half an hour ago",
    "もう全部飲んだあとです",
  ])("%s is urgent", (text) => {
    expect(assessRisk(text)).toMatchObject({ level: "crisis", urgent: true });
  });

  it("a question about taking them all is a crisis but not under way", () => {
    expect(assessRisk("家にある薬全部飲んだらどうなる？")).toMatchObject({ urgent: false });
  });

  it.each([
    "もう始めてしまった。だんだん意識が遠くなる",
    "さっき始めた…息がしづらい",
    "already started. getting so drowsy, sorry",
    "i just started and my fingers are tingling",
  ])("an act said as begun, with the body giving way, is urgent: %s", (text) => {
    expect(assessRisk(text)).toMatchObject({ level: "crisis", urgent: true });
  });

  it.each([
    "ジョギング始めた。息が苦しい",
    "just started the stairs challenge and i cant breathe lol",
  ])("exercise begun is not an act under way: %s", (text) => {
    expect(assessRisk(text).urgent).toBe(false);
  });
});

describe("robustness", () => {
  it.each([
    "",
    "   ",
    "\u0000\u0001\u0002",
    "\n\n\n",
    "🌸🌸🌸",
  ])("empty-ish input %j is none with no matches", (text) => {
    expect(assessRisk(text)).toEqual({
      level: "none",
      matches: [],
      overrides: [],
      dangerAtHome: false,
      subject: "self",
      urgent: false,
    });
  });

  it("does not throw on lone surrogates or control characters inside words", () => {
    expect(() => assessRisk("\ud800\udfff\u0000死\u0007にたい")).not.toThrow();
    expect(assessRisk("死\u0000にたい").level).toBe("crisis");
  });

  it("finds a crisis at the end of a 100 KB message", () => {
    const text = `${"今日はいい天気でした。".repeat(10_000)}死にたい`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(assessRisk(text).level).toBe("crisis");
  });

  it("finds a crisis in the middle of a 100 KB message", () => {
    const filler = "I played games and ate noodles. ".repeat(1_600);
    expect(assessRisk(`${filler}I want to die. ${filler}`).level).toBe("crisis");
  });

  it("handles 100 KB of repetitive or hostile text", () => {
    for (const text of [
      "a".repeat(100_000),
      "k i l l ".repeat(12_000),
      "k1ll ".repeat(20_000),
      "how many ".repeat(11_000),
      "「".repeat(50_000) + "」".repeat(50_000),
      "死".repeat(100_000),
    ]) {
      expect(["none", "concern", "crisis"]).toContain(assessRisk(text).level);
    }
  });
});

describe("the rule tables", () => {
  it("rule ids are unique, well formed and use the guide's categories", () => {
    const ids = RISK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RISK_RULES) {
      expect(rule.id).toMatch(/^(?:ja|en)\.[a-z-]+\.[a-z0-9-]+$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.pattern.global).toBe(true);
    }
  });

  it("override ids are unique and name their kind", () => {
    const ids = RISK_OVERRIDES.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const override of RISK_OVERRIDES) {
      expect(overrideKind(override.id)).toBe(override.kind);
    }
  });

  it("every category of the guide has at least one rule in each language", () => {
    for (const lang of ["ja", "en"]) {
      const covered = new Set<string>(
        RISK_RULES.filter((r) => r.id.startsWith(`${lang}.`)).map((r) => r.category),
      );
      for (const category of CATEGORIES) {
        expect({ lang, category, covered: covered.has(category) }).toEqual({
          lang,
          category,
          covered: true,
        });
      }
    }
  });
});
