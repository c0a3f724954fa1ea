/**
 * How urgent a crisis is, and whose, by kind (the fifteenth pass, after round 20): an act under way
 * in the body, at a place of danger now, the means in hand for tonight, someone unreachable right
 * after a farewell, violence at home now, for the writer's own and for someone else's; and the
 * near misses that are not now (a plan for next month, a past attempt, a wish, a question what
 * would happen, violence told as a habit or as past). Reports by someone at work about a customer,
 * and a writer hiding in the home. Fresh wordings, not the round's own: the round is guarded in
 * labelled-set.test.ts.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

function expectUrgent(text: string, subject: "self" | "other"): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.urgent).toBe(true);
  expect(a.subject).toBe(subject);
}

function expectCrisisNotUrgent(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.urgent).not.toBe(true);
}

describe("an act under way in the body", () => {
  it.each([
    "薬を30錠飲んだ。手がしびれてきた",
    "睡眠薬いっぱい飲んだ　ねむい　ごめん",
    "I took a whole box of my sleeping pills, I feel really drowsy now and my heart is racing",
    "drank loads of soju then the pills, my head is spinning",
    "i drink many medicine pill now, very sleepy",
    "部屋を閉め切って炭をおこした。ごめんなさい",
    "車を目張りして練炭に火をつけた。もう眠い",
  ])("%s: the writer's own, urgent", (text) => {
    expectUrgent(text, "self");
  });

  it.each([
    "my roommate took a handful of her sleeping pills with vodka and now she's slumped on the couch",
    "I work at a pharmacy. a young guy just swallowed a whole pack of paracetamol in front of the shop, he's collapsed",
    "コンビニでバイトしてる者です。いま駐車場で若い女性が薬を何十錠も飲んでます",
  ])("%s: someone else's, urgent", (text) => {
    expectUrgent(text, "other");
  });

  it.each([
    // One pill as meant, or drink without pills: the body says nothing.
    "took my sleeping pill, feeling sleepy now, goodnight",
    "had half a bottle of wine, feel sleepy",
    "I took 2 paracetamol for my headache and feel drowsy",
    "部屋を閉め切ってストーブに火をつけたら暑すぎた",
  ])("%s: no crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });

  it.each([
    // The learned layer reads this one as a crisis by itself; it is not made urgent.
    "drank a lot of water and took 2 pills, feel sleepy",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("at a place of danger now, or the means in hand for tonight", () => {
  it.each([
    "いま屋上おる。もうええわ。さよなら",
    "I'm sitting on the ledge of my window, 8th floor, legs are outside. sorry",
    "ロープが手元にある。今夜終わりにする",
    "薬が目の前にある。今夜全部飲む",
    "razor is right here. doing it tonight",
    "pills are in front of me. tonight im taking them all",
  ])("%s: the writer's own, urgent", (text) => {
    expectUrgent(text, "self");
  });

  it.each([
    "the old man upstairs is sitting on his balcony railing, legs over the side",
    "my discord mate said goodbye and went offline after posting a pic of a rope",
  ])("%s: someone else's, urgent", (text) => {
    expectUrgent(text, "other");
  });
});

describe("someone unreachable right after a farewell", () => {
  it.each([
    // "An hour ago", "20 minutes ago" is how a report of now begins, not the past.
    "My daughter texted 'sorry for everything' 20 minutes ago and her door is locked, I can't hear anything in there",
    "my mum sent 'thank you for everything' an hour ago and now she's not answering",
    "訪問看護の者です。玄関のドアの隙間から焦げくさい臭いがして、呼んでも返事がありません",
  ])("%s: urgent, about someone else", (text) => {
    expectUrgent(text, "other");
  });
});

describe("violence at home now", () => {
  it.each([
    "my stepdad is banging on my bedroom door saying he's going to kill me",
    "he's kicking the door and yelling he'll kill me, I'm so scared",
    "父がいま母を殴ってる。私は押し入れに隠れてる",
    "父が今母を殴っています。どうしたらいい",
    // A child hiding while a parent is hurt is in danger in that home too.
    "my dad is hitting my mum right now and i'm hiding in my room",
  ])("%s: the writer's own danger at home, urgent", (text) => {
    const a = assessRisk(text);
    expect(a.dangerAtHome).toBe(true);
    expectUrgent(text, "self");
  });

  it.each([
    // A parent hiding while their own child is hurt reports as that child's parent.
    "夫がいま娘を殴ってる。私は息子とトイレに隠れてる",
    "My wife is hitting our daughter right now, I locked myself in the bathroom",
    "夫が包丁を持って息子の部屋に上がっていった。私は娘とトイレに閉じこもってる",
  ])("%s: someone else's danger at home, urgent", (text) => {
    const a = assessRisk(text);
    expect(a.dangerAtHome).toBe(true);
    expectUrgent(text, "other");
  });

  it.each([
    // ...unless the parent is threatened too: then it is their own.
    "my husband is hitting our daughter right now and says im next, im hiding in the bathroom",
  ])("%s: the writer's own when they are threatened too", (text) => {
    expectUrgent(text, "self");
  });

  it.each([
    "父が酔うと母を殴る。今夜もまた飲んでる",
    "my dad used to hit my mum when I was a kid",
    "when i leave next week he says he'll kill me",
    "部屋に外から鍵かけられて出られない。もう2日トイレも行けてない",
  ])("%s: danger at home, not happening now", (text) => {
    expect(assessRisk(text).dangerAtHome).toBe(true);
    expectCrisisNotUrgent(text);
  });

  it.each([
    "my sister is kicking my door screaming she'll kill me if i dont give back her charger lol",
    "my dad is beating my brother at chess right now lol",
    "兄がいま弟をゲームでボコボコに殴ってるｗ",
  ])("%s: everyday, not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("not now: a plan for later, a past attempt, a wish, a question", () => {
  it.each([
    "来月、薬を全部飲むつもり",
    "im going to take all my pills next month when my visa runs out",
    "i took 40 pills last year and woke up in hospital",
    "去年、睡眠薬をいっぱい飲んで入院した",
    "I want to die",
    "消えたい",
    "if I took all my dads heart pills would it be quick",
    "この薬全部飲んだらどうなる？",
    "ロープは押し入れにしまってある。いつか使うかも",
  ])("%s: a crisis, not urgent", (text) => {
    expectCrisisNotUrgent(text);
  });

  it.each([
    "my son took a bottle of pills years ago, he's okay now",
    "my brother tried to hang himself two years ago",
  ])("%s: someone else's past attempt, not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("whose danger: a worker's report about a customer or someone they visit", () => {
  it.each([
    "薬局で働いています。毎週同じ睡眠薬を買いに来る女性が「これで最後」と言っていました",
    "I'm a pharmacist. a regular customer said 'this is the last time you'll see me' and bought 3 boxes of paracetamol",
    "I work at a bar. a guy said he wants to die and walked out",
    "my discord friend keeps saying she wants to die",
    "じいちゃんが「早うお迎えが来てほしか」って毎日言う",
  ])("%s: about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("other");
  });

  it.each([
    // The writer's own wish beside where they work.
    "コンビニで働いてます。疲れた、死にたい",
    "i work at a school and i want to die",
    // Joining the dead one, said of the writer (じいちゃんのとこ names whose place, not who speaks).
    "葬式終わったから、自分もそろそろ行くわ　じいちゃんのとこ",
  ])("%s: the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("self");
  });
});

describe("shut in lately and gone quiet, about someone else", () => {
  it.each([
    "my flatmate hasnt left his room in like 10 days and barely talks to me anymore",
    "妹が2週間くらい部屋から出てこなくて、話しかけてもほとんど返事がない",
  ])("%s: concern, about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("concern");
    expect(a.subject).toBe("other");
  });

  it.each([
    // A withdrawal of years is the family flow's everyday; a flu or exams explain a few days.
    "my son hasn't left his room in years and barely talks to us",
    "my roommate hasnt left her room in 3 days, she has the flu and barely talks",
    "弟が3日部屋から出てこない、インフルでほとんど話さない",
  ])("%s: not a risk", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});
