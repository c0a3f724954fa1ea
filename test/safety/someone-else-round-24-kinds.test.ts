/**
 * Whose danger and how urgent, by the kinds round 24 missed (the nineteenth pass, p19other):
 * reporters by role (a taxi driver, a hotel desk, a delivery rider, a game moderator, a pastor, a
 * clerk, a tutor) about a stranger or someone they serve; violence heard through a wall or a floor
 * now; someone behind a shut door not eating and not answering; an older couple's plan to die
 * together (the writer's own when the writer is one of the two, someone else's when a grandchild
 * reports it); a livestreamer taking pills now; the writer's own plan to follow a sibling who died;
 * a witness at home who asks what to do while someone in the family is trapped. Each with hard
 * negatives (the same words in everyday use), and the writer's own distress kept as theirs. Fresh
 * wordings, not the round's own: the round is guarded in labelled-set.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";
import {
  expectCrisisAboutSomeoneElse,
  expectUrgentAboutSomeoneElse,
} from "./someone-else-expect.js";

function expectWritersOwnCrisis(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.subject).toBe("self");
}

const NEW_RULES = [
  "ja.danger-at-home.heard-cry-next-door",
  "en.danger-at-home.heard-threat-from-another-flat",
  "en.danger-at-home.family-member-cornered",
  "ja.plan.written-death-dated-or-meant",
  "ja.plan.shut-in-not-eating-says-die",
  "ja.plan.elder-says-die-together",
  "en.plan.elder-says-go-together",
  "ja.attempt-in-progress.not-eating-no-answer",
  "en.attempt-in-progress.not-eating-door-silent",
  "en.attempt-in-progress.pills-on-stream",
];

// A hard negative: none of this pass's rules, not urgent, no danger at home, below crisis.
function expectEveryday(text: string): void {
  const a = assessRisk(text);
  expect(a.matches.map((m) => m.rule).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  expect(a.urgent).not.toBe(true);
  expect(a.dangerAtHome).toBe(false);
  expect(a.level).not.toBe("crisis");
}

describe("a reporter by role about a stranger or someone they serve", () => {
  it.each([
    "cab driver here. took a lad to the old quarry road just after 1am, he paid double and said keep the change, he won't be needing it. can't stop thinking about it",
    "I'm a vicar. A man in our parish has given away his tools and told me he's sorted his funeral hymns for next month.",
    "discord mod here. a member posted a farewell with the date of his birthday and deleted his avatar. we don't know his real name",
    "delivery driver. a customer last night answered the door with a rope on the table behind her and said 'this is my last order, bye forever'.",
    "Night porter at a hostel. A guest left his passport and a note saying 'sorry for the mess I leave behind' on the bed and hasn't come back. Do I call someone?",
    "牧師をしております。教会の年配の男性が、亡くなった奥様の遺品をすべて手放し、「復活祭が済んだら私も妻のところへ参ります」とおっしゃいました",
  ])("%s: a crisis about someone else", (text) => {
    expectCrisisAboutSomeoneElse(text);
  });

  it.each([
    "ホテルのフロントで働いています。一人で泊まっているお客様が「見つけた方へ」と書いた封筒をフロントに預けて、部屋の電話に出ません",
    "コンビニで働いてる者です。いつも来るおばあさんが「今夜で最後だから、今までありがとうね」って言って帰っていった。名前も住所もわからない",
    "タクシー運転手をしています。さっき深夜に若い女性を岬の展望台で降ろしたら「帰りはもういらない、さよなら」と言われて、戻ったけど見つからない",
    "塾講師です。生徒がさっき「さよなら」と駅のホームの写真を投稿して、7時って書いてある。いま6時半です",
  ])("%s: urgent, about someone else", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it.each([
    "taxi driver here. a guest checked out late and left his umbrella in my cab, what do I do?",
    "hotel front desk here, a guest who checked out late left a thank-you note for the staff",
    "discord mod here, banned a spammer who kept posting links all night",
    "コンビニでバイトしてます。常連のおじさんが今日で引っ越すから最後だって、お菓子くれた",
  ])("%s: everyday", (text) => {
    expectEveryday(text);
  });

  it("a role said beside the writer's own wish stays the writer's own", () => {
    expect(
      assessRisk("taxi driver here. honestly i want to die, every night on shift").subject,
    ).toBe("self");
  });
});

describe("violence heard from another home now", () => {
  it.each([
    "the couple upstairs, he's yelling he's going to kill her and something keeps smashing. it's going on right now",
    "上の階から女の人の「助けて」って声がずっと聞こえる。今もです",
    "壁越しに「殺さないで」と泣く声が今も聞こえます。どうしたらいいですか",
  ])("%s: urgent danger at home, about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(a.dangerAtHome).toBe(true);
    expect(a.urgent).toBe(true);
  });

  it("heard, not said as now: someone else's danger at home, not urgent", () => {
    const a = assessRisk(
      "through the wall i can hear the guy next door shouting that he will kill her, she's screaming. should i call 911",
    );
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(a.dangerAtHome).toBe(true);
  });

  it.each([
    "the neighbours' tv is so loud, some film with screaming through the wall",
    "隣の部屋のテレビの音がうるさくて眠れない",
    "upstairs neighbours are having a party, thuds and shouting all night",
  ])("%s: everyday", (text) => {
    expectEveryday(text);
  });
});

describe("someone behind a shut door, not eating and not answering", () => {
  it.each([
    "兄が何日も食事に手をつけず、部屋に鍵をかけて、呼んでも応答がありません",
    "父がここ数日なにも食べてなくて、さっきから声をかけても返事がない",
    "she hasn't eaten in three days, her door is locked and she's not answering",
    "my uncle hasn't had any food for five days and there's no sound now from his room",
  ])("%s: urgent, about someone else", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it("in a learner's kana, saying they will die: a crisis about someone else", () => {
    expectCrisisAboutSomeoneElse(
      "ともだち、5日 ごはん たべない。「しぬ」 いう。へや かぎ しめてる",
    );
  });

  it.each([
    "my brother hasn't eaten in 2 days and isn't answering, headphones on gaming again",
    "母が一週間食べてない。呼んでも返事がないと思ったら寝てた",
    "妹が2日食べてない。風邪で熱があって、声をかけても返事がない",
  ])("%s: no new rule, not urgent", (text) => {
    const a = assessRisk(text);
    expect(a.matches.map((m) => m.rule).filter((id) => NEW_RULES.includes(id))).toEqual([]);
    expect(a.urgent).not.toBe(true);
  });
});

describe("an older couple's plan to die together", () => {
  it.each([
    "both of us are so tired of the hospital and the stairs. my husband and I made a pact to die together this winter",
    "夫婦で話し合って、二人で一緒に死のうと決めました。子どもたちには迷惑をかけたくない",
    "女房の世話ももう限界じゃ。わしら二人で逝こうと約束した。桜が咲く前にな",
  ])("%s: the writer's own, the writer one of the two", (text) => {
    expectWritersOwnCrisis(text);
  });

  it("agreed to go together, without a death word, is still the writer's own", () => {
    expect(
      assessRisk(
        "My wife and I are in our late eighties. We've talked it over and decided we'll go together, before the money runs out.",
      ).subject,
    ).toBe("self");
  });

  it.each([
    "nan keeps saying to grandad they should die together before they're a burden on us",
    "my dad keeps telling mum 'we should just go together', he's exhausted from her care",
    "祖母が祖父に「一緒に逝こうか」と何度も言っています。介護でもう限界みたいです",
  ])("%s: reported by a grandchild or a child, someone else's", (text) => {
    expectCrisisAboutSomeoneElse(text);
  });

  it.each([
    "grandad jokes that they'll go together, they're so old they're practically fossils",
    "my husband and I decided to go together to the reunion next month",
    "祖父が祖母に「二人で旅行に行こう」と言っています。介護の合間に",
  ])("%s: everyday", (text) => {
    expectEveryday(text);
  });
});

describe("a livestreamer taking pills now", () => {
  it.each([
    "the streamer i'm watching is downing pills with vodka live on stream and laughing at chat telling him to stop",
    "a vtuber I follow is swallowing tablets on stream right now and laughing at chat",
    "推しのライバーが配信で薬をたくさん飲んでる。止めても笑ってるだけ。どうしたら",
  ])("%s: urgent, about someone else", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it.each([
    "the streamer is doing a drinking game on stream lol, every death = a shot",
    "the vtuber i watch is taking vitamins live on stream, sponsored lol",
    "配信者さんが配信中にお酒飲みながらゲームしてる。楽しそう",
  ])("%s: everyday", (text) => {
    expectEveryday(text);
  });
});

describe("the writer's own plan to follow a sibling who died", () => {
  it.each([
    "姉が自ら命を絶って来月で一年。同じ場所へ行こうと決めています",
    "弟が自殺してから、ずっと後を追おうと思っています",
  ])("%s: the writer's own", (text) => {
    expectWritersOwnCrisis(text);
  });

  it("a parent's will to follow, said of them, is someone else's", () => {
    expect(assessRisk("母が自殺してから、父が後を追おうと思っているみたいで心配です").subject).toBe(
      "other",
    );
  });

  it("flowers taken to the same place on the anniversary are not a crisis", () => {
    expectEveryday("兄の命日に、同じ場所へ花を供えに行こうと思っています");
  });
});

describe("a witness at home who asks what to do while someone in the family is trapped", () => {
  it.each([
    "父が酔って暴れて、母が寝室から出られない。どうすればいい",
    "my stepdad's smashing up the kitchen and has mum cornered in there, what do i do",
  ])("%s: someone else's danger at home", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("other");
  });

  it("hit too, the writer's own", () => {
    const a = assessRisk(
      "父が酔って暴れてて、私も殴られた。母が台所から出られない。どうしたらいい",
    );
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("self");
  });

  it.each([
    "mum is trapped in the bathroom by a spider, she's screaming lol",
    "母が渋滞で車から出られない。どうしたらいい",
  ])("%s: everyday", (text) => {
    expectEveryday(text);
  });
});

describe("the writer's own distress is not read as someone else's", () => {
  it.each([
    "so mad at my mum, she called me a freeloader in front of everyone. not going to do anything, just venting",
    "I care for my husband, he has dementia and he's 81. I'm worn out and haven't talked to a friend in months.",
  ])("%s: the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("self");
  });
});

describe("what they get, through the real core and the shipped content", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  async function started(options: { region?: string; locale?: string } = {}): Promise<Harness> {
    h = await createHarness(options);
    await h.send({ type: "start" });
    return h;
  }

  it("a witness asking for a trapped parent: the police now, don't step in, their own safety one choice away", async () => {
    const harness = await started();
    const reply = await harness.text("父が酔って暴れて、母が寝室から出られない。どうすればいい");
    const all = textOf(reply);
    expect(all).toContain("警察に電話");
    expect(all).toContain("止めに入ったりはしないで");
    expect(all).not.toContain("死にたい、死のうと考えていますか");
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toContain("自分も危ない");
  });

  it("a hotel desk's report of a guest not answering: the emergency numbers first, for a supporter", async () => {
    const harness = await started();
    const reply = await harness.text(
      "ホテルのフロントで働いています。一人で泊まっているお客様が「見つけた方へ」と書いた封筒をフロントに預けて、部屋の電話に出ません",
    );
    const all = textOf(reply);
    expect(all).toContain("119");
    expect(all).toContain("すぐに電話してください");
    expect(all).not.toContain("死にたい、死のうと考えていますか");
  });

  it("an older couple's own plan: the direct question to the writer, not a supporter's answer", async () => {
    const harness = await started();
    const reply = await harness.text(
      "夫婦で話し合って、二人で一緒に死のうと決めました。子どもたちには迷惑をかけたくない",
    );
    const all = textOf(reply);
    expect(all).toContain("死にたい、死のうと考えていますか");
    expect(all).not.toContain("はっきり聞いて大丈夫です");
  });
});
