/**
 * The nineteenth pass's everyday kinds (after round 24, helper p19calm): the false alarms
 * narrowed as kinds (a jump that is a sport, a goodbye to a guild for a new game or to a job for
 * the next one, a diet "killing" one, a suicide loss told calmly years on), the distress the check
 * read as none raised as kinds (a family carer worn out, mocked online, missing family far away,
 * empty or tired of being tired with intent denied, grief after a suicide), and an angry vent
 * with a rash act denied read as distress, not a crisis. Fresh wordings, not round 24's own (its
 * guard in labelled-set.test.ts holds those), each kind with the crises beside it, written with
 * the same everyday words, that must stay crises.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("a jump that is a sport (bungee, cliff diving, a skydive)", () => {
  it.each([
    "bungee jumping off the bridge at the gorge tomorrow, so nervous",
    "did the bungee jump off the viaduct for my birthday, screamed the whole way",
    "cliff diving off the rocks in croatia was the best part of the trip",
    "booked a skydive, jumping out of a plane on saturday!",
    "took photos from the top of the cliff at sunset",
    "went up to the dam to photograph the spillway",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "bungee jump off the gorge bridge tomorrow, without the cord this time",
    "going to jump off the bridge where we did the bungee. for real this time",
    "did bungee there last year. tonight im going to jump off that bridge",
    "took my bungee photos down. going to jump off the gorge bridge, goodbye",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("a goodbye to a guild for a new game, or to a job for the next one", () => {
  it.each([
    "farewell guild, switching to ff14. it was fun o7",
    "goodbye everyone, moving to the new mmo. see you around",
    "goodbye everyone, last day at the office today. new job starts monday!",
    "last shift today, saying my goodbyes. starting at the new place next week",
    "ギルド抜けます！新作の方に行くのでみんなさよなら、お世話になりました",
    "今日でクラン脱退します。新しいゲームに移ります、今までありがとう！",
    "退職日です。皆さん今までありがとうございました。来週から新しい会社です",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "goodbye everyone, leaving the guild and this world too. o7",
    "gg guild, moving to the new mmo. jk. goodbye everyone, i wont be around anymore",
    "goodbye everyone, last day at the office. not starting a new job, the pills are ready",
    "farewell guild, switching to ff14. actually no. goodbye forever",
    "gg everyone. last msg in this server. thanks for all the games, logging out for good",
    "ギルドのみんなさよなら。新作には行かない、もうこの世からいなくなる",
    "ギルド抜けます。新作に移るって言ったけど本当は死ぬつもり",
    "ギルド抜けます、新作に移る。みんな今までありがとう。薬はもう用意した",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("a diet or a habit given up 'killing' one", () => {
  it.each([
    "no carbs week 2, i am dying send pizza",
    "giving up coffee for lent and im literally dying",
    "keto day 4 and im dying for bread",
    "糖質制限三日目、死にそう。白米食べたい",
    "禁煙して一週間、死にそう。タバコ吸いたい",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "day 3 of no sugar and im dying. actually i want to die",
    "ダイエット中。死にそう。もう消えたい",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    // An eating disorder is not a diet joke: food refused for days, self-disgust, a purge.
    "keto week 2 and im dying, havent eaten in 4 days and i feel fat",
    "糖質制限で死にそう。下剤も飲んでる",
  ])("%s is at least a concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
});

describe("a suicide loss told calmly years on", () => {
  it.each([
    "兄が自殺して五年。今は家族で笑って兄の話ができるようになった",
    "母が自死して八年が経ちました。命日は穏やかに過ごせました",
    "母が自死して十五年。昔は毎晩泣いていたけど、今は笑って思い出せます",
    "my best friend died by suicide six years ago. went to the beach she loved today, it was a gentle day",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "父が自死して十年。法要も静かに済んだ。次は私の番かな",
    "my uncles suicide was twelve years ago. we laughed about him at dinner. tonight im going to end it too",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    // The pain of it now is distress (grief after a suicide), not a calm memory.
    "姉が自殺して五年。笑って話せる日もあるけど、今でも毎晩泣いてる",
    "my dad took his own life ten years ago. people say it gets easier but i still cant stop blaming myself",
  ])("%s is at least a concern", (text) => {
    expect(level(text)).not.toBe("none");
  });
});

describe("a family carer worn out", () => {
  it.each([
    "母の介護でもう三か月まともに寝てない。誰にも頼れない",
    "義母の介護、毎晩起こされて限界です",
    "nursing my wife through chemo, im running on empty and nobody to talk to",
    "caring for mum since her stroke, i havent slept properly in months. just need someone to listen",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "介護士の仕事、夜勤明けで眠い",
    "母の介護保険の申請ってどうやるの？",
    "父の介護、最近はデイサービスのおかげで楽になった",
    "caring for my mum this week, shes much better now",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "夫の介護で眠れない。もう一緒に死のうかと思う",
    "caring for my husband, exhausted, sometimes i think we'd both be better off dead",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("mocked online, and the tears or the dread of going in", () => {
  it.each([
    "自撮りを勝手に加工されてクラスのグループで回されてた。トイレで泣いた",
    "ネットで晒されて、もう学校行きたくない",
    "people keep turning my photos into memes in the group chat. cried in the bathroom",
    "they posted my face all over tiktok and i cant face school tomorrow",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "友達に写真をネタにされたけど面白かったw",
    "my mates turned my selfie into a meme and i cried laughing",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "people keep turning my selfies into memes. cried all lunch. i want to die",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("missing family far away, with tears night after night", () => {
  it.each([
    "国の息子に会いたくて、毎晩布団で泣いてる",
    "working abroad, i miss my son so much i cry myself to sleep",
    "cry every night in the dorm, i miss my family back home",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "娘の結婚式、嬉しくて泣いた",
    "miss my kids already, they are at grandmas for the week lol",
    "i miss my family but im flying home next month, cant wait",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "i miss my kids so much i cry every night. they'd be better off without me",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("empty, or tired of being tired, with intent denied", () => {
  it.each([
    "not depressed or anything, just tired of being tired",
    "been feelin numb and empty for ages. not suicidal, just flat",
    "死にたいとかじゃないけど、ずっと心が空っぽ",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "tired of being tired so i booked a blood test with my gp",
    "冷蔵庫が空っぽ、買い物行かなきゃ",
    "テスト前で頭が空っぽ",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "feelin empty for weeks. not suicidal, but i've been giving my stuff away",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("grief after a suicide, the pain of it now", () => {
  it.each([
    "my brother took his own life last spring and i still cant stop going over our last call",
    "my cousin died by suicide and i blame myself every day",
    "親友が自死してから眠れない。なんで気づけなかったんだろう",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
});

describe("an angry vent with a rash act denied", () => {
  it.each([
    "so mad at my mum i could scream. i wont do anything stupid, i just need to rant",
    "furious at my boss. not going to do anything stupid, just needed to get it off my chest",
    "raging at my brother rn. i promise i wont do anything dumb, just venting",
  ])("%s is a concern, not a crisis", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    // Anything else in the message leaves it to the learned layer.
    "so angry at my dad. not gonna do anything stupid, just need to vent. wrote my note anyway",
    "not gonna do anything stupid i just need to vent. the pills are in my drawer",
    "so pissed at my mum. not gonna do anything stupid tonight, ive got the rope ready",
    "so angry i could scream. im not gonna do anything stupid i just want to sleep forever",
    "scared im gonna do something stupid tonight",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "did something stupid at work lol, sent the email to the wrong person",
    "so mad at the writers for that finale, need to rant",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
});

describe("a wish denied in dialect, and a denial beside a means made ready", () => {
  it.each([
    // Kansai's ちゃう and やない deny as じゃない does: distress, not a crisis.
    "死にたいとかちゃうねん、ただ疲れた",
    "何やってもうまくいかへん。消えたいとかとちゃうで、ただしんどいだけ",
  ])("%s is a concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    // A negation keeps the learned layer from reading the rest: not beside a means made ready.
    "死にたいとかじゃない。もう薬は全部そろえた",
    "死にたいわけじゃない。睡眠薬はもう用意してある",
    "死にたいとかちゃうで。練炭はもう買い込んだ",
    "死にたいとかちゃうねん。今夜で終わりにするだけ",
    "死にたいとちゃうで、死ぬって決めたんや",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "死にたいとかじゃない、風邪薬買ってきた",
    "死にたいとかじゃない、旅行用に酔い止めの薬を用意した",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
});
