/**
 * Someone else's danger and how urgent it is, by the kinds round 22 missed (the seventeenth pass):
 * whose danger (a son's own neck, an ex who threatens, a teacher's pupil, a parent's hidden tears in
 * the 8050 voice, a household worn out, a grief that is theirs) and the writer's own kept (spoken of
 * by the neighbours as "that house's son", a remark made to them); and how urgent (a blade or a
 * cord at their own body now, "on the roof" sent and silence since, hard to rouse beside empty
 * medicine, the means ready and the writer sent away for tonight), and two crises about someone
 * else read below crisis (their searches for a fatal dose, a treasured thing given with "I won't
 * need it"). Each with near misses. Fresh wordings, not the round's own: the round is guarded in
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

function expectCrisisAboutSomeoneElse(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.subject).toBe("other");
}

function expectAboutSomeoneElse(text: string): void {
  const a = assessRisk(text);
  expect(a.level).not.toBe("none");
  expect(a.subject).toBe("other");
}

function expectWritersOwn(text: string): void {
  expect(assessRisk(text).subject).toBe("self");
}

function expectNotUrgent(text: string): void {
  expect(assessRisk(text).urgent).not.toBe(true);
}

const NEW_RULES = [
  "ja.attempt-in-progress.blade-or-cord-at-own-body",
  "en.attempt-in-progress.blade-or-cord-at-own-body",
  "ja.attempt-in-progress.at-height-sent-then-silent",
  "en.attempt-in-progress.at-height-sent-then-silent",
  "ja.attempt-in-progress.means-ready-sent-away-tonight",
  "en.attempt-in-progress.means-ready-sent-away-tonight",
  "ja.method-question.searches-found-lethal",
  "en.method-question.searches-found-lethal",
  "ja.preparation.treasured-given-no-longer-needed",
  "en.preparation.treasured-given-wont-need",
];

// The learned layer alone reads some of these near misses as crises (as it did before this pass);
// the new rules do not match them and they are not made urgent.
function expectNoNewRuleNotUrgent(text: string): void {
  const a = assessRisk(text);
  expect(a.matches.map((m) => m.rule).filter((id) => NEW_RULES.includes(id))).toEqual([]);
  expect(a.urgent).not.toBe(true);
}

describe("a blade or a cord at their own body, now", () => {
  it.each([
    "80歳の母です。息子（47）が果物ナイフを自分の喉に当てて「もう生きててもしょうがない」と言っています",
    "夫が台所で包丁を自分の胸に向けて、「俺がいなくなれば楽になるだろ」と言ってます。どうしたら",
    "娘（44）がベルトを自分の首に巻いて、「もう終わりにしたい」と泣いています。私は77歳です",
    "82歳でございます。息子（50）が台所で包丁を自分の首に当てておりまして、「わしなんか死んだ方がええ」と申しております",
    "my son (48) is standing in the kitchen with a knife to his own throat, saying he is better off dead. I am 81",
    "I am 80 years old. My son is 50 and he is taking the kitchen knife to his own neck, he say he is better to die. My wife cannot walk",
    "my brother has a belt around his neck in his room and says hes done, im 16 what do i do",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "弟がタオルを首に巻いてランニングに出かけた",
    "妹がマフラーを首に巻いて出かけた。寒いって",
    "my son held a knife to his own throat in the school play last night, he was brilliant",
    "my dad wears his belt around his neck as a joke at parties lol",
  ])("%s: no new rule, not urgent", expectNoNewRuleNotUrgent);

  // 自分 beside someone named is them only in one run of clauses with them as its subject; a clause
  // of the writer's between (寝てる横で, のを見て) leaves 自分 the writer.
  it.each([
    "兄が寝てる横で、自分の首にカッター当ててる",
    "妹が泣いてるのを見て、自分の手首を切った",
  ])("%s: the writer's own", expectWritersOwn);
});

describe('"on the roof" sent by them, and silence since', () => {
  it.each([
    "韓国のネッ友が「今、橋の上」ってだけ川の写真を送ってきて、それっきり既読にならない。向こうの警察に連絡できるの？",
    "フォロワーさんが『屋上なう』って街の写真だけ上げて、DMも既読つかない。通報したほうがいい？",
    "my online friend in manila just sent 'on the roof' and a photo of the city at night, nothing since and her phone is off. can i call the police there from the uk?",
    "My friend in Korea send me only 'on the bridge now' and picture of river. After this she not read my messages and phone is off. Can I call police in Korea from Japan?",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "友達が「いま屋上」って夜景の写真送ってきた。ビアガーデンらしい。既読つかないけど飲んでるんだろうな",
    "友達が「いま屋上」って写真だけ送ってきて既読つかない、寝たかな",
    "my friend sent 'on the roof' with a sunset pic from the rooftop bar and hasn't replied, probably drinking lol",
    "i texted my friend 'on the roof' and a photo of the view, she isnt answering, probably at work",
  ])("%s: no new rule, not urgent", expectNoNewRuleNotUrgent);
});

describe("hard to rouse, beside medicine used up", () => {
  it.each([
    "息子のゴミ箱に空になった睡眠薬のシートが何枚も。本人は布団で寝ていて、肩をたたいても反応が鈍い",
    "母の枕元に痛み止めの空き箱がいくつも。呼びかけてもうーんと唸るだけで目を開けない",
    "found lots of empty blister packs in my daughter's bin. she's in bed and when I shake her she barely responds",
    "My daughter come back from hospital of psychiatry last week. I find many empty medicine sheets in her trash and she is sleeping, when I shake her she barely responds.",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "父は二日酔いで、揺すっても反応が鈍い。胃薬の空き箱がある",
    "my teen is hard to wake every morning, empty vitamin packs everywhere",
  ])("%s: not urgent", expectNotUrgent);
});

describe("the means ready, and the writer sent away for tonight", () => {
  it.each([
    "息子（46）が今夜、「練炭買ってきたから、今日はおばさんの家に泊まってきて」と言いました。私は75です",
    "夫が「薬はもう集めた。今夜は実家に帰っててくれ」と言ってきた",
    "my son is 44 and hasn't left his room in 15 years. tonight he said he has the charcoal now and that I should stay at my sister's. I am 72",
    "I am 75 years old. My son 44 years tell me tonight he have the rope and I must sleep at my daughter house. I am very afraid.",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "息子が炭を買ってきて、今夜は友達とバーベキューだから、おばさんの家に泊まってきてと言った",
    "my son bought charcoal for the bbq and told me to stay at my sister's tonight because his friends are coming",
    "my son bought some tape and told me to stay at my sister's tonight, he's painting the hall",
  ])("%s: no new rule, not urgent", expectNoNewRuleNotUrgent);
});

describe("their searches found, asking how much is fatal", () => {
  it.each([
    "退院したばかりの息子のパソコンに「睡眠薬 何錠 死ねる」という検索が残っていました",
    "looked at my son's laptop and his history is full of 'how much insulin is lethal' and 'painless ways'",
    "I am 79. My son (48) has been in his room for 20 years. His searches on the computer are all 'how many sleeping pills is lethal'. What should I do?",
    "my daughter's searches this week: how many sleeping pills is fatal, how long does it take",
  ])("%s: a crisis about someone else", expectCrisisAboutSomeoneElse);

  it.each([
    "推理小説を書いてて「毒 致死量」を調べてた",
    "i searched how many paracetamol is fatal for a toddler after my son got into the cupboard",
    "my sister writes crime novels so her search history is full of lethal dose of arsenic",
  ])("%s: no new rule, not urgent", expectNoNewRuleNotUrgent);
});

describe("a treasured thing given, with 'I won't need it'", () => {
  it.each([
    "バイト先の先輩が最近いろんな人に私物を配ってて、私も大事にしてたカメラをもらった。「もういらんけん」って",
    "同僚が愛用の万年筆をくれて、「もう使うことないから」と笑った。最近様子がおかしい",
    "my coworker gave me her prized camera and said she won't be needing it, she laughed but her eyes didn't",
    "my best friend gave me his favourite hoodie and said he wont need it where hes going",
  ])("%s: a crisis about someone else", expectCrisisAboutSomeoneElse);

  it.each([
    "先輩が新しいのを買ったからって、大事にしてた腕時計くれた。もう使わないって",
    "祖父が愛用のカメラをくれた。もう目が悪くて使わないからって",
    "a coworker gave me his old watch because he got an apple watch, said he won't need it anymore",
    "my sister gave me her favourite dress for my birthday, she said she wont wear it anymore",
  ])("%s: no new rule, not urgent", expectNoNewRuleNotUrgent);
});

describe("whose danger: someone named, not the writer", () => {
  it.each([
    // An ex who threatens, and a sentence about them by what they have done.
    "元カノが「あんたのせいで死ぬから」って毎晩DMしてくる。前にODして入院したことある子だから放っておけない",
    "元夫から夜中に「今から死ぬ」ってメールが何通も来る。前に首を吊ろうとしたことがある人なので怖い",
    "my ex keeps texting me every night that she'll kill herself because of me. she's been hospitalised for cutting before so i can't just ignore it",
    "my ex-boyfriend messages me every night saying he will die and it's my fault. he has a history of overdoses",
    // A teacher's pupil, and the role's helplessness.
    "担任してる子が作文に「生きてる意味がわからない」と書いてきました。面談すべきでしょうか",
    "教え子が半年学校に来ていない。家庭訪問しても会えない。担任なのに何もできない自分が情けない",
    "I teach a shy year 9 boy who wrote in his journal that he wants to disappear. Should I tell someone?",
    "I tutor a 15 year old girl who told me she has stopped eating and doesnt see the point",
    "My son hasnt left his room in 6 years. As his mum I feel completely useless.",
    // A parent's tears hidden from a child (8050), a household worn out.
    "I'm 79 and my son is 46. He has not left his room in 12 years. I am not worried he will do anything, but I cry at night where he cannot hear.",
    "I am 77. My son have 46 years, he stay in his room since 16 years. I cry in my car so he not hear me.",
    "78歳の母です。45歳の息子に聞こえないよう、毎晩お風呂で泣いております",
    "私は息子に聞こえないように泣いています。息子は20年部屋から出てきません",
    "my sister has been in her room for 5 years and cries at night. we are all exhausted",
    // A grief that is theirs.
    "my grandad hasn't left the house since nan died, he keeps saying there's no point anymore",
  ])("%s: about someone else", expectAboutSomeoneElse);

  it.each([
    "元カレに振られた。もう死にたい",
    "元カノが結婚したって聞いた。消えたい",
    "my ex is getting married next month. i want to die",
    "i texted my ex 'thanks for everything' and now she isnt answering",
    "担任の先生に怒られた。もう死にたい",
    "何もできない自分が情けない。もう消えたい",
    "I teach piano and I feel completely useless lately, nothing I do matters",
    "my mum says im lazy. i feel useless",
    "my mum yells at me every day and i cry in my room so she wont hear",
    "母に聞こえないように毎晩泣いてる",
    "父親が毎晩怒鳴る。家族みんな疲れきってる",
    "my mum died in april. she was the only person i talked to",
    "since grandpa died i've been so lonely, my nan is all i have left",
  ])("%s: the writer's own", expectWritersOwn);
});

describe("whose danger: the writer, spoken of by others", () => {
  it.each([
    "団地の人に「あそこの娘さん、ずっと家にいるらしいね」って言われてるの知ってる。だからもう外に出られん",
    "近所で「田中さんちの息子、まだ働いてないらしいよ」って噂されてるのを聞いた。外に出るのが怖い",
    "いとこから「まだひきこもってんの」って言われた。それから部屋から出られない",
    "兄から「お前いつまで親のすねかじってんだ」って言われた。もう部屋から出たくない",
    "Lovely. My aunt told me at new year that I'm an embarrassment. Went straight back to my room. That'll show her.",
    "my brother keeps telling me im a parasite. maybe hes right",
  ])("%s: the writer's own", expectWritersOwn);

  it.each([
    "友達から「死にたい」って言われた。どうしたらいい",
    "先生から「弟さんが倒れた」って言われて、病院に向かってる",
    "my son told me that im the only one he talks to. he hasnt left his room in 3 years and said he wants to die",
    "my friend told me she wants to die and i dont know what to do",
  ])("%s: about someone else", expectAboutSomeoneElse);
});
