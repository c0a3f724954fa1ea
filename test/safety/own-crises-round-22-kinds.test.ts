/**
 * The seventeenth pass's kinds (after round 22), the writer's own: the act set up for now or
 * under way (at the water's edge or on a bridge with words of an end, weighted with stones, pills
 * set out with water or counted over, a blade in hand, a cut that will not stop, a car set up for
 * its fumes, the engine off in the cold, charcoal in the car for tonight, insulin stopped and the
 * body failing, the writer's door held shut against a threat to kill), each `urgent`; and crises
 * said through a post scheduled for after, the final episode of one's life dated, a place scouted
 * to jump from, a height and "only one step", a gun at home thought of, traces deleted as an exit,
 * a medicine one lives by stopped, how long the cold takes (crisis, not urgent). Fresh wordings,
 * not round 22's own (its guard in labelled-set.test.ts holds those).
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("the writer's own act set up for now or under way: urgent", () => {
  it.each([
    "at the end of the breakwater now. nobody around. if i step in it's over",
    "いま岸壁の端におるけん。ここから飛び込んだら楽になれるやろか",
    "stuffed my jacket pockets with rocks. standing by the lake",
    "リュックに石つめた。いま海の前",
    "stopped my scooter in the middle of the bridge. can't do this anymore. goodbye",
    "配達のバイク、橋の真ん中で止めてる。もう帰らない",
    "counted my sleeping pills twice. they're all here next to me. i want to die",
    "貯めた薬、机に全部出した。水も汲んできた。もう死にたい",
    "got the razor out. just want to cut",
    "いまナイフ握ってる。置けない。もう無理",
    "the cut on my arm won't stop, towel's soaked",
    "切ったきずとまんない、タオルまっか",
    "in the car in the garage, door's shut. haven't turned the key yet",
    "車の中にいる。排気ガス用のホース、つないだ",
    "parked up the forest road in the snow. if I turn the engine off I'll be dead by morning",
    "林道の奥で車止めた。エンジン切ったら朝にはもう冷たくなってる",
    "charcoal and a bucket are in the boot. heading up to the hills tonight",
    "練炭と七輪、車に積んである。今夜、山奥に行く",
    "stopped my insulin 5 days ago. throwing up now. not going to hospital, fine with that",
    "インスリン4日打ってない。吐いてる。このままでいい",
    "mum's boyfriend is drunk, he said he's going to kill me. chair wedged under my door handle",
    "兄が酔って暴れてる。殺すって言ってる。いま机でドア押さえてる",
  ])("%s is an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
});

describe("crises said through a post, a show, a place, a gun, traces, a medicine, the cold: crisis, not urgent", () => {
  it.each([
    "queued a tweet for next month. by then i'll be gone",
    "予約送信したメール、届くころには私はもういない",
    "the final episode of my life airs this saturday. no sequel",
    "人生の最終回、来週の日曜に放送決定",
    "picked a bridge last month, high enough to jump from",
    "島の北の崖、飛び降りられそうなとこ先週下見してきた。夕日がきれいだった",
    "from the rooftop I look down and think, just one step",
    "ベランダから下を見るたび、一歩だけだなって思う",
    "my uncle's shotgun is in the shed and he's gone hunting for the week. i keep thinking about it",
    "父の猟銃が物置にある。一日中そのことばかり考えてる",
    "deleted all my accounts and pictures. clean exit",
    "写真もアカウントも全部削除した。立つ鳥跡を濁さず",
    "quit my anti-rejection meds 3 weeks ago. let nature decide. don't tell me to call anyone",
    "免疫抑制剤、もう飲んでない。このままでいい",
    "how long before you freeze to death if you lie down in the snow without a coat",
    "雪の中で寝たら、どれくらいで凍死する？",
    "at school everyone says 'i want to die' about tests, but i mean more than that",
  ])("%s is a crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent ?? false).toBe(false);
  });
});

describe("the everyday near misses stay below crisis", () => {
  it.each([
    "walked out to the end of the pier to watch the sunset with my girlfriend, not going back till it's dark",
    "filled my pockets with stones from the beach for my collection",
    "子どもと河原で石拾い、ポケットに石いっぱい詰めて帰った",
    "埠頭の先で釣りしてる。もう帰らん笑",
    "in the car outside the mechanic, brought the hose for the exhaust leak repair",
    "if I turn the engine off I'll freeze, so I'm keeping it running until the tow truck comes",
    "エンジン切ったら朝にはバッテリー上がってるかも。JAF呼ぶ",
    "how long before you stop feeling the cold in a cold plunge at 2 degrees without a wetsuit",
    "寒すぎて凍死しそう笑",
    "charcoal's in the boot for tonight's bbq at the beach, bring burgers",
    "七輪と炭を車に積んだ。今夜キャンプ場でさんま焼く",
    "練炭と七輪買ってきた。車に積んだ。今夜は友達と焼き肉",
    "scheduled the posts for the next two weeks, by then i'll be gone on holiday",
    "予約投稿した。公開されるころには私はもう寝てる",
    "that was the best finale of my life, next season airs friday",
    "人生の最終回みたいな顔で来週の金曜出勤するわ笑",
    "scouted a spot for the bungee, high enough to jump from",
    "屋上で弁当食べるのに下見してきた",
    "the rooftop bar is just one step from the station",
    "ベランダ菜園、一歩ずつ進めてる",
    "dad took me hunting with his rifle last weekend. i keep thinking about it, best day in ages",
    "deleted insta and tiktok for a month, social media detox, clean exit from the doomscroll",
    "インスタ削除した。SNSデトックスで退場",
    "stopped my anti-rejection meds for two days because the pharmacy ran out, the transplant nurse said its fine",
    "i've got the box cutter out, just want to open these boxes",
    "cut my finger on a tin, the towel is soaked lol",
    "counted my vitamins twice, forgot if i took one",
  ])("%s is not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });

  it.each([
    "the pills are next to me, counted them into the weekly organiser",
    "薬を机に並べて、水も用意した。寝る前の分",
    "whenever he drinks I put a chair under my door handle. he says he'll kill me",
  ])("%s is not made urgent", (text) => {
    expect(assessRisk(text).urgent ?? false).toBe(false);
  });
});
