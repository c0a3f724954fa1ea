/**
 * The eighteenth pass, the writer's own (helper p18own, after round 23): crises of the writer's
 * own that the check read below crisis, and urgent ones it did not read as urgent, written as
 * kinds in both languages with the everyday messages that share their words. A pet given a home
 * "because I won't be here"; a dead parent's side or God returned to on a chosen day; a high
 * place, or the cold, now, as a last act; a bath gone red that will not stop; "this is my last
 * message" with an apology; a voice commanding the act now; ready and gone by morning; a child
 * handed on "just in case" with the case near; ways looked up now after despair; a bare reply
 * "yes, all of them, an hour ago". Fresh wordings, not round 23's own (guarded in
 * labelled-set.test.ts) nor the rules' examples. FIT, NOT BLIND.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

/** The rules alone: for near misses that the learned layer raises on main as well. */
const rulesLevel = (text: string) => assessRules(normalizeMessage(text)).level;

const crisis = (text: string) => expect(assessRisk(text).level, text).toBe("crisis");
const urgentCrisis = (text: string) => {
  const result = assessRisk(text);
  expect(result.level, text).toBe("crisis");
  expect(result.urgent, text).toBe(true);
};
const notCrisisByRules = (text: string) => expect(rulesLevel(text), text).not.toBe("crisis");
const notUrgent = (text: string) => expect(assessRisk(text).urgent ?? false, text).toBe(false);

describe("a pet given a home because the writer won't be here: crisis", () => {
  it.each([
    "うちの犬、新しい飼い主さんが決まった。僕はもうすぐいなくなるからちょうどよかった",
    "ハムスターの里親さん見つかった。俺はもうすぐ消えるから安心",
    "found a lovely home for my cat. told them i was travelling. truth is i won't be around by spring",
    "rehomed my rabbit with a family down the road. honestly i won't be here after christmas",
  ])("%s", crisis);

  it.each([
    "猫の引き取り先が見つかった。私はもうすぐ海外に引っ越していなくなるから",
    "転勤で私はもうすぐいなくなるから、金魚のもらい手を探してる",
    "息子が猫アレルギーで、新しい飼い主さんを探してた。やっと決まってほっとした",
    "found a good home for my dog. i won't be here next year, moving abroad for work",
    "rehomed my cat because of my son's allergy. i won't be here much, working nights anyway",
    "found a new home for my rabbit, i won't be around for the summer, i'm travelling",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("a dead parent's side, or God, on a chosen day: crisis", () => {
  it.each([
    "もう終わりにするって決めた。母の三回忌の日に、母のそばへ行きます",
    "亡くなった父のところへ行く日を決めました。もう迷いません",
    "人生をしまいにしよう思うとる。おかんのとこ行かせてもらうわ",
    "主のみもとに帰る日を決めました。心は穏やかです",
    "来週の日曜日に、神様のもとへ帰ります。もう決めたことです",
    "i've chosen the day i go home to the lord. i'm at peace with it",
    "set the date to return to god. sunday. no more doubts",
    "going to join my late mum on her anniversary next week. i've made my peace",
    "decided. i'll be with dad on the day he died, same date",
  ])("%s", crisis);

  it.each([
    "来週の母の月命日に、母のお墓参りに行きます",
    "もう仕事を終わりにして、実家の母のところへ行ってくる",
    "亡くなった父のところへお参りに行くつもりです。お線香をあげに",
    "いつか神様のもとに帰る日が来る。それまで精一杯生きたい",
    "祖母は先週、神様のもとに帰りました",
    "one day i'll go home to the lord, until then i'll keep going",
    "grandma went home to the lord last week",
    "going to visit my late mum's grave on her anniversary with flowers",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("a high place or the cold, now, as a last act: urgent crisis", () => {
  it.each([
    "駅の向こうの鉄橋、いまから行ってくる。これが最後",
    "屋上の鍵あいてた。今から向かう。もう戻らない",
    "heading to the bridge by the motorway now. this is it",
    "on my way to the cliffs rn. not coming back. thanks for listening",
    "雪が降ってる。公園のベンチにいる。もう家には帰らない",
    "氷点下の夜。ベランダに座ってる。朝までここにいたら楽になれると思う",
    "minus six and i'm sat on a bench by the canal in a t-shirt. not going home",
    "it's freezing out and i'm lying in the field behind the flats. if i drift off out here that's fine",
  ])("%s", urgentCrisis);

  it.each([
    "今から海行ってくる!夏休みこれで最後!",
    "今から橋の写真撮りに行ってくる。これで最後の一枚にする",
    "heading to the pier now for one last photo before we move",
    "camping in the snow tonight, minus 10, not going back inside the tent till morning",
    "寒いけど花火が終わるまで中には戻らない",
    "寒い!キャンプで朝まで外にいたら凍えそう",
    "it's freezing and i'm locked out, not going back in till my flatmate comes with the keys",
  ])("%s is not, by the rules", notCrisisByRules);

  it.each([
    "on the roof of my building rn for a bbq with friends",
    "going to the bridge by the station tomorrow morning. not coming back",
  ])("%s is not urgent", notUrgent);
});

describe("a bath gone red that will not stop: urgent crisis", () => {
  it.each([
    "湯船が真っ赤になってる。血がとまらない",
    "お風呂のお湯が赤くなってきた。ちょっとふらふらする",
    "the tub's gone red and i'm so dizzy. i think i went too deep",
    "bathwater is pink now and it won't stop. i feel faint",
  ])("%s", urgentCrisis);

  it.each([
    "入浴剤入れたらお風呂が真っ赤。泡が止まらない",
    "お風呂で鼻血が出て湯船が赤くなった。とまらない",
    "the bath went bright red from the bath bomb, smells amazing, i'm so dizzy from the heat lol",
    "nosebleed in the bath, water's gone pink, it won't stop",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("the last message, with an apology or thanks: urgent crisis", () => {
  it.each([
    "ごめんね、みんな。これが最後のメッセージです",
    "i'm so sorry for everything. this is my last message",
    "thank you for trying. this will be my final text",
  ])("%s", urgentCrisis);

  it.each([
    "今日はこれで最後のメッセージにします。ありがとう、おやすみ",
    "this is my last message for tonight, thanks and goodnight",
    "sorry, this is my last message before i sleep",
  ])("%s is not urgent, nor a crisis by the rules", (text) => {
    notUrgent(text);
    notCrisisByRules(text);
  });
});

describe("a voice commanding the act now: urgent crisis", () => {
  it.each([
    "幻聴が今夜やれって言ってる。もう逆らえない",
    "声がずっと「今すぐ死ね」って言ってくる。だんだん大きくなってる。耐えられない",
    "the voices keep telling me tonight and i can't keep fighting them",
    "the voice is telling me to do it now. it's getting louder",
  ])("%s", urgentCrisis);

  it.each([
    "ボイトレの先生の声が今夜のライブで大きくなったって言ってた",
    "the voice coach says tonight's rehearsal is louder",
    "the voice final is tonight and i can't keep saying no to snacks",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("ready, and gone by morning: urgent crisis", () => {
  it.each([
    "用意は全部できた。明日の朝にはもういないから",
    "準備が整った。夜明けにはこの世にいない",
    "everything's ready. i won't be here by morning",
    "it's all sorted. gone before sunrise",
  ])("%s", urgentCrisis);

  it.each([
    "明日の試験の準備できた。朝には自信がもういないかも笑",
    "旅行の準備できた!朝にはもういないから、鍵よろしくね",
    "ready for tomorrow's exam. gone by morning to the library haha",
    "packed and ready. i'll be gone by morning, flight at 6",
  ])("%s is not urgent, nor a crisis by the rules", (text) => {
    notUrgent(text);
    notCrisisByRules(text);
  });
});

describe("a child handed on just in case, the case near: crisis", () => {
  it.each([
    "息子のことは姉に頼んだ。もしもの時のために。そのもしもはもうすぐだと思う",
    "娘の面倒を母にお願いした。万が一のためにって言ったけど、その万が一は近い",
    "sorted custody with my mum just in case. the day is coming sooner than she thinks",
  ])("%s", crisis);

  it.each([
    "障害のある息子の成年後見人を姉に頼んだ。私たちが年をとったときのために。その日は遠くない",
    "set up legal guardianship for my disabled son just in case. the day is coming when we're too old",
    "made a will and named my sister guardian just in case, like every parent should",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("ways looked up now, after despair: crisis", () => {
  it.each([
    "もう生きてる意味ない。いま方法を調べてる",
    "何をやってもダメな自分。やり方を検索してるところ",
    "there's no point in any of it. looking up ways now",
    "i can't do this anymore. googling methods rn",
    "done with everything. researching how to do it",
  ])("%s", crisis);

  it.each([
    "looking up ways to cook rice",
    "my sourdough keeps failing. looking up ways now",
    "no point crying over it. looking up ways to save money now",
    "もう無理、レポート終わらない。いま書き方を調べてる",
    "米の炊き方を調べてる",
  ])("%s is not, by the rules", notCrisisByRules);
});

describe("a bare reply: something taken in quantity, and when", () => {
  it.each(["yes. all of them. twenty minutes ago", "はい。全部。30分くらい前"])(
    "%s (a crisis by the learned layer alone) is urgent",
    urgentCrisis,
  );

  it.each([
    "yes. all of them. about an hour ago i finished the exam questions",
    "yes, all of them. sent the invitations an hour ago",
    "はい。全部。1時間前に提出しました",
  ])("%s is not urgent", notUrgent);
});
