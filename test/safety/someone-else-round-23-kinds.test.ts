/**
 * Someone else's danger and how urgent it is, by the kinds round 23 missed (the eighteenth pass,
 * p18other): reporters by role (a home helper, a postman, a landlord, a school nurse, a guild-mate)
 * telling another person's words or signs; someone seen collapsed through a window or called with
 * no answer; a goodbye and then the phone off; a parent who says they will take an adult child with
 * them (無理心中); a young child's kana message about a sibling; a witness in the home who hides and
 * asks what to do while someone else in the family is threatened; violence heard through a wall now.
 * Each with hard negatives (the same words in everyday use) and the writer's own kept. Fresh
 * wordings, not the round's own: the round is guarded in labelled-set.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";
import {
  expectCrisisAboutSomeoneElse,
  expectUrgentAboutSomeoneElse,
} from "./someone-else-expect.js";

function expectWritersOwn(text: string): void {
  expect(assessRisk(text).subject).toBe("self");
}

const NEW_RULES = [
  "ja.plan.parent-takes-them-along",
  "en.plan.parent-takes-them-along",
  "en.danger-at-home.heard-beating-family",
];

// A hard negative: none of this pass's rules, not urgent, no danger at home; and below crisis
// unless the learned layer alone read it so before this pass (`learnedBefore`).
function expectEveryday(text: string, learnedBefore = false): void {
  const a = assessRisk(text);
  expect(a.matches.map((m) => m.rule).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  expect(a.urgent).not.toBe(true);
  expect(a.dangerAtHome).toBe(false);
  if (!learnedBefore) expect(a.level).not.toBe("crisis");
}

describe("a reporter by role tells another person's words or signs", () => {
  it.each([
    "訪問介護員をしています。担当しているおばあさんが「もう十分生きたから、そろそろ自分で終わらせる」と言って、睡眠薬を引き出しにためていました",
    "中学校の養護教諭です。保健室に来た女子生徒が、腕の新しい傷を見せて「今度は本気でやる、来週」と言いました。保護者とは連絡がつきません",
    "ギルメンの一人が、ボイチャで「もうゲームも人生も引退するわ」って言って、持ってるアイテムを全部配り出した",
    "I'm a home carer. One of my clients, a woman in her 80s, told me she's 'had enough of living' and I found she's been hoarding her sleeping tablets in a drawer.",
    "School nurse here. A Year 9 pupil showed me fresh cuts on her arm and said next time she'll do it properly, next week. Her parents aren't answering.",
  ])("someone else's crisis, not the writer's: %s", (text) => {
    expectCrisisAboutSomeoneElse(text);
  });

  it.each([
    "新聞配達の者です。毎朝あいさつするおじいさんが、先週「もう誰とも話さずに死にたい」と言っていました。今朝は新聞が三日分たまったままで、何度呼んでも返事がなくて、窓から覗いたら床に倒れているように見えます",
    "アパートの管理人をしております。3階の男性が「ご迷惑をおかけします」と書いた封筒を管理室に置いていきました。部屋のドアをノックしても返事がありません",
    "クランのメンバーが、ディスコで「みんなありがとう、もう終わりにする」って言ってから既読がつかない",
    "Postie here. The old man at number 12 told me last week he wanted to 'go quietly'. Today his mail's piled up, nobody answers, and through the window I can see him collapsed on the floor.",
    "I'm a landlord. My tenant left his keys and a note saying 'sorry for the mess you'll find' in my letterbox. His flat's locked and he isn't answering.",
    "a guildmate posted 'thanks for everything, this is goodbye' in our discord and said tonight's the night. he won't answer dms",
  ])("someone else's crisis happening now: %s", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it.each([
    // The learned layer alone read these as crises before this pass; still not urgent.
    [
      "大家やってます。二階の兄ちゃん、家賃三か月ためてて電話にも出えへん。保証会社に連絡したほうがええかな",
      true,
    ],
    [
      "guildie posted 'gg all, logging off for good, uni starts monday' in the discord and gave away all his gear",
      true,
    ],
    [
      "郵便配達の者です。ポストがあふれてるお宅、ご近所に聞いたらご家族で海外旅行中とのことでした。転送の手続きってどうすればいいですか",
      false,
    ],
    [
      "Postie here. The mailbox at number 4 is overflowing and nobody answers the door, the neighbours say they're on holiday in Spain for a month.",
      false,
    ],
    [
      "I'm a landlord. My tenant is three months behind on rent and isn't answering my calls. Can I change the locks?",
      false,
    ],
    [
      "ギルドのメンバーが『来週のイベント終わったら引退する、受験に集中するわ』って言って、レア装備を全員に配り始めた",
      false,
    ],
    [
      "School nurse here. A Year 7 boy's had a nosebleed for twenty minutes and his parents aren't picking up. When should I call 111?",
      false,
    ],
    [
      "訪問ヘルパーをしております。担当の利用者様（80代の女性）のお薬を、飲み忘れがないよう一週間分ケースにためておく方法を教えてください",
      false,
    ],
    [
      "I'm a home carer. One of my clients keeps forgetting her tablets, is a weekly pill organiser a good idea?",
      false,
    ],
    [
      "郵便配達の者です。いつものおばあさんが玄関先で倒れてるように見えたけど、声をかけたら草むしりしてただけでした",
      false,
    ],
    [
      "the old man at number 12 collapsed in the garden this morning, ambulance came, he's ok now",
      false,
    ],
  ] as const)("hard negative: %s", (text, learnedBefore) => {
    expectEveryday(text, learnedBefore);
  });

  it.each([
    "私は看護師です。もう死にたい",
    "School nurse here. honestly i'm so burnt out i want to disappear",
    "I'm a landlord and I can't cope anymore, I want to end it tonight",
    "ギルドのメンバーにも言ってないけど、もう全部から引退したい。死にたい",
    "郵便配達の者です。もう疲れました。今夜で終わりにします",
  ])("the writer's own, said beside their role: %s", (text) => {
    expectWritersOwn(text);
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("a pupil's plan for later, the parents unreachable: a crisis, not urgent", () => {
  // The school nurse's pupil was with them today and set the plan for the weekend; the parents
  // not answering says nothing about the pupil being in danger now. The supporter's answer (ask
  // directly, don't leave them alone, move the means, the lines, "Danger now") fits better than
  // the emergency numbers first.
  it.each([
    "養護教諭です。相談に来た高2の男子が、手首の傷を見せて「明日、ちゃんと終わらせる」と言いました。保護者とは連絡がつきません",
    "School nurse here. A Year 11 boy came to my office, showed me cuts and said he'll finish it at the weekend. His parents aren't picking up.",
  ])("%s", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(a.urgent).not.toBe(true);
  });

  it("a goodbye sent and the parents not answering stays urgent", () => {
    expectUrgentAboutSomeoneElse(
      "one of my pupils who's been off for months emailed me a thank you saying he won't see me again. his parents aren't answering",
    );
  });
});

describe("a goodbye, and then the phone off", () => {
  it.each([
    "元カノから夜中に『あなたのせいじゃないからね。さよなら』ってLINEが来て、かけ直したら電源が入ってないってアナウンスが流れた",
    "友達から『今までありがとう、誰のせいでもないから』ってメッセージ来て、電話したら電源切られてる",
    "my ex messaged me at 3am 'it's not your fault, goodbye' and now her phone is switched off",
    "got a text from my old flatmate saying 'none of this is on you. bye' and his phone's off now",
  ])("%s", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it.each([
    ["元カレから『今までありがとう、さよなら。元気でね』ってLINEが来てブロックされた", true],
    ["my ex texted 'goodbye, take care of yourself' after we broke up and then blocked me", true],
    [
      "元カノから『お前のせいじゃない、さよなら』って来た。電話したけど電源切れてる。まあ電池切れだろうな",
      true,
    ],
  ] as const)("a breakup's goodbye, no danger: not urgent: %s", (text, learnedBefore) => {
    expectEveryday(text, learnedBefore);
  });
});

describe("a parent who says they will take someone with them (無理心中)", () => {
  it.each([
    "父が弟に『お前を残して死ねん、その時は一緒に連れていく』と何度も言っています。最近、夜中に包丁を研いでいて怖いです",
    "祖母が叔父に「あんたを置いては逝けない、一緒に死のう」と言っているのを聞きました",
    "My mum keeps telling my brother (38, hasn't left his room in years) that she won't leave him behind when she dies, that they'll 'go together'. She's been crying and saying it's the only way.",
  ])("someone else's crisis: %s", (text) => {
    expectCrisisAboutSomeoneElse(text);
  });

  it("said to the writer, it is the writer's own", () => {
    expectWritersOwn("母に『あんたを残して死ねない、その時は一緒に連れて行く』って言われた。怖い");
    expectWritersOwn("母が「一緒に死のう」ってずっと言ってくる。今日は車の鍵をにぎってる");
  });

  it.each([
    "母が兄に『あんたを一人残して旅行なんて行けないから、その時は一緒に連れて行く』と言っていました",
    "My mum keeps telling my brother she'll take him with her when she moves to Spain next year.",
  ])("a trip or a move: %s", (text) => {
    expectEveryday(text);
  });
});

describe("a young child's kana message about a sibling", () => {
  it.each([
    "にいちゃんが へやに かぎ かけて 『もう しにたい』って いってる。よんでも へんじ しない",
    "いもうとが おふろばに とじこもって 『もう しぬ』って いってる。ドア あかない",
  ])("%s", (text) => {
    expectUrgentAboutSomeoneElse(text);
  });

  it("a sibling crying over a test, the door shut, is not a crisis", () => {
    expectEveryday("おねえちゃんが へやで ないてる。テストが だめだったって。ドア あかない");
  });

  it("the child's own wish stays theirs", () => {
    expectWritersOwn("おねえちゃんに『しね』って言われた。もう しにたい");
  });
});

describe("a witness in the home hides and asks what to do while someone else is threatened", () => {
  // The eighteenth pass: a child or a sibling out of the way in their own room who asks what to
  // do while a parent or a sibling goes at someone else in the family writes as a witness; the
  // answer for someone else's danger at home (police now, don't step in, call from somewhere safe,
  // "I'm not safe either" one choice away) answers the question. Telling that they hide, without
  // asking, stays their own (asked whether they are somewhere safe).
  it.each([
    "父が酒に酔って包丁を持ち、母の部屋のドアを蹴りながら怒鳴ってる。私は自分の部屋にいます。どうしたらいい",
    "my stepdad has a bat and is going after my little brother right now, im hiding in my room what do i do",
    "兄が金属バットを持って母に向かって怒鳴ってる。今です。私は部屋に隠れてる。どうすればいい",
  ])("someone else's danger at home, now: %s", (text) => {
    expectUrgentAboutSomeoneElse(text);
    expect(assessRisk(text).dangerAtHome).toBe(true);
  });

  it.each([
    "my dad has a knife and says he'll kill me next, im hiding in my room what do i do",
    "父に殴られて、今自分の部屋に隠れてる。どうしたらいい",
    "兄が包丁持って暴れてて、私にも『お前も殺す』って言ってる。部屋に隠れてる。どうしたらいい",
    "my dad is hitting my mom again and he has a knife out. im hiding in my room",
  ])("the writer threatened, hurt, or only hiding: their own: %s", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("self");
    expect(a.dangerAtHome).toBe(true);
  });

  it("a parent shouting about grades is not danger at home", () => {
    expectEveryday(
      "my dad is shouting at my brother about his grades, im in my room. what do i do",
    );
  });
});

describe("violence in another home heard now", () => {
  it.each([
    "neighbour here, I can hear the man upstairs beating his wife right now, she's screaming",
    "we can hear the guy next door hitting his kid through the wall right now, the kid is screaming for him to stop",
  ])("%s", (text) => {
    expectUrgentAboutSomeoneElse(text);
    expect(assessRisk(text).dangerAtHome).toBe(true);
  });

  it.each([
    "neighbour here. the people next door are having a massive party right now, screaming and things smashing, music so loud I can hear it through the wall",
    "隣の部屋が今もパーティーで騒いでて、叫び声とか物が割れる音が聞こえる",
    "I can hear my brother beating his high score on fifa through the wall, he's screaming at the tv lol",
  ])("a party or a game: %s", (text) => {
    expectEveryday(text);
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

  it("a witness hiding who asks what to do: the police now, don't step in, their own safety one choice away", async () => {
    const harness = await started();
    const reply = await harness.text(
      "父が酒に酔って包丁を持ち、母の部屋のドアを蹴りながら怒鳴ってる。私は自分の部屋にいます。どうしたらいい",
    );
    const all = textOf(reply);
    expect(all).toContain("警察に電話");
    expect(all.indexOf("110")).toBeLessThan(all.indexOf("0120-279-889"));
    expect(all).toContain("止めに入ったりはしないで");
    expect(all).not.toContain("死にたい、死のうと考えていますか");
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toContain("自分も危ない");
    expect(harness.staff).toEqual([expect.objectContaining({ type: "crisis", urgent: true })]);
  });

  it("a home helper's report: the supporter's answer, not the direct question put to the helper", async () => {
    const harness = await started();
    const reply = await harness.text(
      "訪問介護員をしています。担当しているおばあさんが「もう十分生きたから、そろそろ自分で終わらせる」と言って、睡眠薬を引き出しにためていました",
    );
    const all = textOf(reply);
    expect(all).toContain("はっきり聞いて大丈夫です");
    expect(all).not.toContain("いま、死にたい、死のうと考えていますか");
  });

  it("a child's kana message about a sister behind a shut door: the emergency numbers first", async () => {
    const harness = await started();
    const reply = await harness.text(
      "いもうとが おふろばに とじこもって 『もう しぬ』って いってる。ドア あかない",
    );
    expect(textOf(reply)).toContain("119");
    expect(textOf(reply)).toContain("すぐに電話してください");
  });
});
