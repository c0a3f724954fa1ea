/**
 * The nineteenth pass, the writer's own (helper p19own, after round 24): crises of the writer's
 * own that the check read below crisis and that are not about an act under way now, written as
 * kinds in both languages (L2 Japanese in kana, romaji) with the everyday messages that share
 * their words. A mountain, a forest, the sea or a lost home gone to with no return, on a date or
 * a season; following someone who took their life to the same place on the same day; a place
 * where the dead will be met, gone to on a day; a railing climbed and "next time" no coming back;
 * looking down from a height, wanting to go, and a day set; loose ends tied for those left, with
 * a strange calm; a game left for good for nothing; a grave "soon" with everything sorted; "don't
 * be sad, this was my choice". Fresh wordings, not round 24's own (guarded in
 * labelled-set.test.ts) nor the rules' examples. FIT, NOT BLIND.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

/** The rules alone: for near misses that the learned layer raises on main as well. */
const rulesLevel = (text: string) => assessRules(normalizeMessage(text)).level;

const crisis = (text: string) => expect(assessRisk(text).level, text).toBe("crisis");
const ownCrisis = (text: string) => {
  const result = assessRisk(text);
  expect(result.level, text).toBe("crisis");
  expect(result.subject ?? "self", text).toBe("self");
};
const notCrisis = (text: string) => expect(assessRisk(text).level, text).not.toBe("crisis");
const notCrisisByRules = (text: string) => expect(rulesLevel(text), text).not.toBe("crisis");

describe("a wild place or a lost home gone to with no return: crisis", () => {
  it.each([
    "桜が散ったら、ひとりで樹海に入ります。帰りの切符は買ってない",
    "夏が終わったら海へ行く。もう戻らない",
    "かれが しんだ うみ に いきます。もどらない",
    "らいげつ やま に いく。かえり の きっぷ いらない",
    "ashita mori ni iku. mou modoranai",
    "yuki ga futtara yama e iku. kaeri no kippu wa katte nai",
    "heading up into the mountains once the snow comes. not coming back",
    "i'll walk into the sea on the first of the month. not coming back",
    "driving out to the woods after my birthday. dont need a return ticket",
    "the flood took our street. on the anniversary i'm going back to where our house was and not coming home",
  ])("%s", ownCrisis);

  it.each([
    "my brother died at that cliff. i've booked the bus there for the date. no return ticket",
    "mum drowned in that lake. booked the train for her anniversary. haven't bought a return",
  ])("%s (a dead family member's place, no return)", crisis);

  it.each([
    "来週山に行く。帰りの電車も予約した",
    "夏休みに山に行く。帰りのことはまだ考えてない",
    "海の近くに引っ越す。もう東京には戻らない",
    "春から田舎の山に移住します。もう都会には戻らない",
    "樹海ツアーに参加します。帰りはバスで駅まで",
    "booked a hiking trip to the mountains next month, return train all booked",
    "visited the sea on dad's anniversary to lay flowers, like every year",
  ])("%s is not", notCrisis);

  it.each([
    "going to the lake for the weekend, not coming back until sunday night",
    "one way ticket to lisbon booked. moving for work, not coming back to this town",
    "heading into the forest with the scouts, not coming back till tuesday",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("the same day and place as someone who took their life, or a place to meet the dead: crisis", () => {
  it.each([
    "父が自殺してから五年。命日に、同じ場所へ行こうと決めています",
    "姉が命を絶った橋。来年の命日に、同じ場所に行こうと思う",
    "自死した弟と同じ日に、同じ場所へ行こうと思う",
    "津波で家族を失った。あの海に入ればまた会える気がする。今度の命日に行きます",
    "妻を亡くして三年。あの山に行けば会える気がする。来月行きます",
  ])("%s", crisis);

  it.each([
    "兄の命日に、兄が亡くなった場所へ花を供えに行きます",
    "震災で亡くなった家族のために、月命日に海へ慰霊に行きます",
    "母を亡くして五年。あの海に行けば母に会える気がして、毎年お墓参りのついでに寄ります",
  ])("%s is not", notCrisis);

  it.each(["父が自殺して十年。毎年命日には同じ場所へ行って手を合わせています"])(
    "%s is not, by the rules",
    notCrisisByRules,
  );
});

describe("a railing climbed, and next time no coming back; a height looked down from, and a day: crisis", () => {
  it.each([
    "酔ってフェンスをよじ登ってた。次はたぶん戻れない",
    "昨日も欄干に足をかけてた。今度は引き返さないと思う",
    "got one leg over the railing on the bridge last night. next time i won't climb back",
    "last weekend i was drunk and halfway over the car park barrier. next time i don't think i'll come back down",
    "屋上から下を見てると飛びたいって思う。今度の土曜やる",
    "まどから した みて、とびたい。あした やる",
  ])("%s", ownCrisis);

  it.each([
    "子どもの頃、柵を越えてボールを取りに行った。次はちゃんと門から入る",
    "ベランダから下を見たら花火が見えた。今度の日曜も見に行きたい",
    "climbed over the fence to get my ball back. next time i'll use the gate",
    "leaned on the railing for a photo of the river. next time i'll bring a tripod",
  ])("%s is not", notCrisis);
});

describe("loose ends tied for those left, with a strange calm: crisis", () => {
  it.each([
    "図書館の本を返して、延滞で誰にも迷惑かけないようにした。猫は友達に譲った。不思議と落ち着いてる",
    "ハムスターは姪にあげた。家賃も払った。妙に心が穏やか",
    "gave the cat to the neighbours and cancelled everything so nobody has to sort it. i feel oddly calm",
  ])("%s", ownCrisis);

  it.each([
    "paid off my phone so my sister isn't left with the bill. gave my dog to a friend. feel strangely peaceful",
  ])("%s", crisis);

  it.each([
    "引っ越すので図書館の本を返した。猫は実家に預けた。不思議と落ち着いてる",
    "断捨離した。本は返したし服も譲った。妙に心が軽い",
    "gave the dog to my mum for the week so no one has to walk him while i'm at the retreat, feeling so calm",
  ])("%s is not", notCrisis);

  it.each([
    "returned my library books before the move and gave the cat to my sister while i'm abroad. feel weirdly calm about it",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("a game left for good, for nothing: crisis", () => {
  it.each([
    "金曜のレイドで引退する。別のゲームに行くわけじゃない。もう何もしない",
    "quitting wow for good after tonight's raid. not switching games, not anything",
    "logging off for good after this weekend. nothing after that.",
  ])("%s", ownCrisis);

  it.each([
    "ギルドは引退する。新しいゲームに移るだけ。また遊ぼう",
    "ギルド引退します。別のゲームに移るわけじゃない。受験勉強に集中します",
    "leaving the guild for good, switching to ffxiv with my irl friends",
  ])("%s is not", notCrisis);

  it.each(["logging off for good, exams start monday. nothing else matters right now"])(
    "%s is not, by the rules",
    notCrisisByRules,
  );
});

describe("a grave 'soon' with everything sorted, and 'don't be sad, this was my choice': crisis", () => {
  it.each([
    "🪦もうすぐ。全部片付けた。ありがとう",
    "⚰️ soon. everything's in order. thanks for listening",
    "grave soon. got it all sorted. bye",
    "悲しまないでください。これは私が決めたことです",
    "please don't cry, this was my decision. the letters are in the drawer",
  ])("%s", ownCrisis);

  it.each([
    "🪦もうすぐハロウィン。衣装の準備全部できた",
    "ホラーゲーム🪦もうすぐ発売。予約も全部済ませた",
    "🪦 soon. the new horror game drops friday, got everything sorted for the stream",
    "grave soon lol got everything sorted for the halloween party",
    "悲しまないでね。配信活動の引退は私が決めたことです",
    "please don't be sad, moving to berlin was my choice",
    "please don't be sad, leaving the band was my decision. see you at the last gig",
    "please don't be sad, this was my choice. i'm moving in with my boyfriend next month",
  ])("%s is not", notCrisis);
});

describe("an old couple agreeing to go together: the level holds at crisis (whose danger is subject.ts's)", () => {
  it.each([
    "わしももう八十八じゃ。ばあさんと二人で、桜の前に一緒に逝こうと決めた",
    "we're both past ninety and worn out. we've agreed to go together before the new year",
    "i care for my wife, she has dementia and i'm exhausted. we talked it over and we'll go together this spring",
  ])("%s", crisis);

  it.each([
    "we're in our eighties and we've agreed to go together to the christmas concert",
    "both ninety this year! decided we'd go together on a cruise",
  ])("%s is not", notCrisis);

  it.each(["mum has dementia and i'm worn out, but we agreed to go together to the memory clinic"])(
    "%s is not, by the rules",
    notCrisisByRules,
  );
});
