/**
 * The nineteenth pass, the writer's own happening now (helper p19now, after round 24): crises of
 * the writer's own that are happening now and were not read as urgent, or not even as crises,
 * written as kinds in both languages, in dialects and in learners' English and Japanese, with the
 * everyday messages that share their words. At a named place of danger now (a roof, the top of a
 * car park, a cliff's edge, a dam, a bridge, a level crossing, a platform) with an end said; set
 * up in a vehicle with the engine running; medicine taken in a large amount now with sleep coming
 * or wished; the bills settled and going out tonight not to come back. Each must be a crisis and
 * urgent (the emergency number first). Fresh wordings, not round 24's own (guarded in
 * labelled-set.test.ts) nor the rules' examples. FIT, NOT BLIND. A yes with the moment at the
 * direct question is tested through the conversation in
 * test/safety-content/replies-at-the-question.test.ts.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

/** The rules alone: for everyday messages the learned layer may raise on main as well. */
const rulesLevel = (text: string) => assessRules(normalizeMessage(text)).level;
/** The rules this pass added, none of which may take an everyday message. */
const P19NOW_RULES = [
  "ja.attempt-in-progress.at-a-danger-place-now-end",
  "ja.attempt-in-progress.car-set-up-engine-on",
  "ja.attempt-in-progress.took-lots-now-drowsy",
  "ja.plan.bills-paid-not-returning",
  "en.attempt-in-progress.at-a-danger-place-now-end",
  "en.attempt-in-progress.vehicle-set-up-engine-on",
  "en.attempt-in-progress.took-lots-no-wake",
  "en.plan.bills-paid-not-returning",
];

const urgentCrisis = (text: string) => {
  const result = assessRisk(text);
  expect(result.level, text).toBe("crisis");
  expect(result.subject, text).toBe("self");
  expect(result.urgent, text).toBe(true);
};
/** An everyday message: none of this pass's rules, not a crisis by the rules, never urgent. */
const everyday = (text: string) => {
  const rules = assessRules(normalizeMessage(text));
  expect(
    rules.matches.filter((m) => P19NOW_RULES.includes(m.rule)).map((m) => m.rule),
    text,
  ).toEqual([]);
  expect(rulesLevel(text), text).not.toBe("crisis");
  expect(assessRisk(text).urgent ?? false, text).toBe(false);
};

describe("at a named place of danger now, an end said: urgent crisis", () => {
  it.each([
    // Japanese, standard, dialect, a learner's kana.
    "いま駅のホームにいる。次の急行で終わりにする",
    "今、ダムの上に来てる。もう戻らない",
    "今な、立体駐車場の屋上におるんよ。もうええわ、さよなら",
    "いま　はし の うえ に います。きょう しにます",
    "さっきから鉄橋の上に立ってる。楽になりたいから、もう帰らない",
    "今、団地の上におる。もうよか、落ちる",
    // English: UK, Scottish, Singaporean, learners'.
    "been sitting on the top floor of the car park for ages. not going back home",
    "im up on the roof of my block right now. this is it.",
    "I am at the platform now, I cannot do this anymore. Tell my mother I love her",
    "sittin at the lip o the quarry. cannae keep going, this is me.",
    "im at the edge of the cliff rn and i dont want to go on",
    "I now at the bridge near my work dormitory. I don't want to live. goodbye",
  ])("%s", urgentCrisis);

  it.each([
    // Sightseeing at a dam or a cliff now.
    "いまダムの上に来てる！景色さいこう、ダムカードもらった",
    "今、崖の上で写真撮ってる。もう最高",
    "im at the dam wall right now, the view is unreal, collecting dam cards",
    "at the edge of the cliff rn taking pics, this is it, best sunset ever",
    // A rooftop bar, a last day at work.
    "いまビルの屋上のビアガーデンにいる。今日で仕事最後だ",
    "im on the roof of the hotel at the rooftop bar, not going home till late lol",
    "I am at the rooftop bar now, done with work for the week",
    // Waiting at a level crossing for a train to pass.
    "I am at the level crossing, waiting for the barrier to lift, gonna be late",
    // Sitting in a car park at work.
    "sat on the top level of the car park on my lunch break, not going back to work til 2",
  ])("%s is not", everyday);

  it.each([
    // The learned layer reads these as crises on main too; no rule of this pass takes them,
    // and they are not urgent.
    "いま踏切のとこにおる。遮断機なかなか上がらん、もういいわ遅刻する",
    "stuck at the railway crossing, train is taking forever. this is it, I'm done waiting",
    "been sat in the car park at work for an hour, not going home yet, waiting for traffic",
  ])("%s is not urgent, and no rule of this pass takes it", (text) => {
    const rules = assessRules(normalizeMessage(text));
    expect(rules.matches.filter((m) => P19NOW_RULES.includes(m.rule))).toEqual([]);
    expect(assessRisk(text).urgent ?? false, text).toBe(false);
  });
});

describe("set up in a vehicle with the engine running: urgent crisis", () => {
  it.each([
    "車ん中で目張りした。エンジンかけてる",
    "くるまのなか、ホースつないだ。エンジンかかってる",
    "in the garage, hose is on the exhaust... engine running",
    "sat in the van, everything is set up, engine is running now",
    "in my car in the woods, windows are taped, motor's going",
  ])("%s", urgentCrisis);

  it.each([
    // Warming up the car in winter, a pick-up, a trip.
    "車の中でエンジンかけて暖機してる。準備できたら出発",
    "in the car, engine running to warm it up, all set up for the school run",
    "エンジンかけて車の中で待ってる、迎えの準備OK",
  ])("%s is not", everyday);

  it("warming up for a trip is not urgent, and no rule of this pass takes it", () => {
    const text =
      "sitting in the car with the engine on, heater going, everything is ready for the trip";
    const rules = assessRules(normalizeMessage(text));
    expect(rules.matches.filter((m) => P19NOW_RULES.includes(m.rule))).toEqual([]);
    expect(assessRisk(text).urgent ?? false).toBe(false);
  });
});

describe("medicine taken in a large amount now, sleep coming or wished: urgent crisis", () => {
  it.each([
    "睡眠薬、一箱まるごと飲んだ。このまま眠りたい",
    "ブロン2瓶いった。頭ぐらぐらする。もう目が覚めなくていい",
    "風呂上がりにくすり ぜんぶ のんだ。ねむい",
    "drank a whole bottle of cough syrup. dont need to wake up",
    "necked two boxes of sleeping tablets, head is spinning",
    "took like 10 times the dose, hoping i dont wake up",
  ])("%s", urgentCrisis);

  it.each([
    // A cough medicine taken as directed.
    "風邪で咳止め飲んだ。用法どおり。ねむい",
    "咳止めいつもより多めに飲んだけど、先生に言われた量。眠い",
    "took two spoons of cough syrup as directed, so sleepy now",
  ])("%s is not", everyday);
});

describe("the bills settled, going out tonight not to come back: urgent crisis", () => {
  it.each([
    "今月分の家賃と光熱費、振り込みました。今夜出かけたら、もう帰りません",
    "借金は全部返した。今から出ていって二度と戻らない",
    "paid the rent and the power bill. going out tonight and i wont be coming back",
    "cleared my debts today. heading out when its dark, not coming back",
  ])("%s", urgentCrisis);

  it.each([
    // "Tonight" for a party, a move.
    "家賃払った！今夜は飲み会、帰らないかも",
    "家賃払って引っ越しの準備完了、今夜出て行ってもう戻らない、新居楽しみ",
  ])("%s is not", everyday);

  it.each([
    // The learned layer reads these as crises on main too; they are not urgent.
    "paid the rent. going out tonight, wont be back till late, at a party",
    "paid my deposit and last rent, moving out tonight, not coming back to this dump",
  ])("%s is not urgent, and no rule of this pass takes it", (text) => {
    const rules = assessRules(normalizeMessage(text));
    expect(rules.matches.filter((m) => P19NOW_RULES.includes(m.rule))).toEqual([]);
    expect(assessRisk(text).urgent ?? false, text).toBe(false);
  });
});
