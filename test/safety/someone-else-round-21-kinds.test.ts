/**
 * Someone else's danger and how urgent it is, by the kinds round 21 missed (the sixteenth pass):
 * a goodbye sent with affairs put in order and then absent; a note of apology at the door and no
 * answer; fumes from a shut room and no answer (in dialect too); a week without food and little
 * water; a loop tied after a wish; whose words and whose 自分 (彼が…自分を責めて, 自分の葬式は…とか
 * 言い出した); a wish they have not said; the writer's own violence at home now. Each with near
 * misses that must not match. Fresh wordings, not the round's own: the round is guarded in
 * labelled-set.test.ts.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

function expectUrgentAboutSomeoneElse(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.urgent).toBe(true);
  expect(a.subject).toBe("other");
}

function expectNotCrisis(text: string): void {
  expect(assessRisk(text).level).not.toBe("crisis");
}

const NEW_RULES = [
  "en.attempt-in-progress.goodbye-affairs-absent",
  "en.attempt-in-progress.apology-note-no-answer",
  "ja.attempt-in-progress.apology-note-no-answer",
];

// The learned layer alone reads some of these near misses as crises (as it did before this pass);
// the new rules do not match them and they are not made urgent.
function expectNoRuleNotUrgent(text: string): void {
  const a = assessRisk(text);
  expect(a.matches.map((m) => m.rule).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  expect(a.urgent).not.toBe(true);
}

describe("a goodbye sent, affairs put in order, and absent now", () => {
  it.each([
    "my housemate sent our group chat a strange goodbye last night, her dog is with her sister and she didnt come home. her phone goes straight to voicemail",
    "one of the lads posted a long farewell in the discord, said his cat is with his neighbour now, and hes not answering anyone",
    "同僚がチームのチャットに長いお別れのメッセージを送ってきて、猫は隣の人に預けたって。今日は来てなくて、電話にも出ない",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "a coworker sent the team chat a long goodbye, his desk is cleared and his cat is with his mum. its his last day, hes moving to osaka",
    "my friend posted a goodbye before her flight to canada, her cat is with me now and she isnt answering",
    "同僚がチャットにお別れの挨拶を送ってきた。今日で最後の出社で、来月から転職先",
  ])("%s: no new rule, not urgent", expectNoRuleNotUrgent);
});

describe("a note of apology at the door, and no answer", () => {
  it.each([
    "うちのアパートの住人さんのドアに「ご迷惑をおかけしてすみません」と書いた紙が貼ってあって、チャイムを鳴らしても応答がありません",
    "I look after a block of flats. one tenant slid a note under my door saying 'sorry for the trouble, this is for the cleaning' and nobody answers at his flat",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "ドアに「旅行中です、ご迷惑をおかけします」と書いた紙が貼ってあって、ノックしても応答がありません",
    "a tenant left a note 'sorry for the trouble, moving out on friday' and nobody answers at her door",
  ])("%s: no new rule, not urgent", expectNoRuleNotUrgent);
});

describe("fumes from a shut room, and no answer", () => {
  it.each([
    "孫の部屋から炭を燃やしとるような匂いがして、呼んでも返事せん",
    "息子の部屋から焦げ臭い匂いがする。呼んでも返事せえへん",
    "there is smell of gas from my son room, the door is lock and he not answer",
    "a charcoal smell coming under my daughters door and she wont answer me",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "there is a smell of burnt toast from my sons room and he doesnt answer, he has headphones on",
    "smell of charcoal from the neighbours bbq and my roommate isnt answering lol",
    "台所から焦げ臭い匂いがする。魚焼いてた。呼んでも返事せん",
  ])("%s: not a crisis", expectNotCrisis);
});

describe("a week without food, and little water", () => {
  it.each([
    "むすめ 30さい、1週間 ごはん たべません。水も すこしだけ",
    "母が10日ほとんど何も食べてなくて、水もほとんど飲まない。病院はいやだって",
  ])("%s: a crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
  });

  it.each([
    "息子が胃腸炎で1週間ほとんど食べてない。水は少しずつ飲めてる",
    "父が検査のため2日何も食べていない。水は少しだけならいいらしい",
  ])("%s: not a crisis", expectNotCrisis);
});

describe("a loop tied after a wish", () => {
  it.each([
    "ヘルパーをしています。利用者さんが「もう死にたい」と何度も言っていて、今日は押し入れの中に紐が結んであって、先が輪になっていました",
    "訪問介護をしています。担当の方が『消えたい』と言ったあと、物置にロープがかけてあって端が輪の形になってた",
  ])("%s: a crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
  });

  it.each([
    "キャンプで「もう疲れた」って言いながらロープを木に結んであって、端を輪にしてテントを張った",
  ])("%s: not a crisis", expectNotCrisis);
});

describe("whose words, whose 自分", () => {
  it.each([
    // 自分 in their words, and a question they asked, are theirs.
    "彼氏が最近、大事なものを全部友達にあげてて、自分のお墓はいらないとか言い出した",
    // 自分 blamed by them; a wish they have not said.
    "彼が失業してから自分を責めてばかりで、『俺なんかいない方がいい』って言う。死にたいとは言ってない",
    // Watching, with nothing named as watched, is the supporter's pain.
    "兄がもう3年部屋から出てこない。見てるのがつらい。弟として何ができる?",
  ])("%s: about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("other");
  });

  it("a wish they have not said is worry, not a crisis", () => {
    const a = assessRisk(
      "彼が最近ずっと自分を責めてる。死にたいとかは言ってないけど、どう声をかけたらいい?",
    );
    expect(a.level).toBe("concern");
    expect(a.subject).toBe("other");
  });

  it.each([
    // The writer's own, said to him: 彼から is not the one it is about.
    "私が「もう終わりにする」って送ったら、彼から返事がない",
    // The writer's own wish, not said aloud, is still theirs.
    "死にたいとかは言ってないけど、正直毎日しんどい",
    // The writer's own low mood after a screen.
    "同級生のインスタ見てるのがつらい。自分だけ止まってる",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });
});

describe("the writer's own violence at home, now", () => {
  it.each([
    "兄がまた暴れてる。さっき殴られた。今部屋に鍵かけて隠れてる。ドア蹴ってる",
    "父が酔って暴れてる。トイレに鍵かけて逃げてる。ドアをガンガン叩いてくる",
  ])("%s: urgent, the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
    expect(a.subject).toBe("self");
  });

  it.each([
    // A habit, not now.
    "父は酔うといつも暴れてドア叩いてくる。昔からそう",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});
