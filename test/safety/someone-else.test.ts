/**
 * Reports about someone else (the tenth, eleventh and twelfth passes): welfare emergencies a family member, a friend or
 * a supporter describes are urgent crises about someone else, and whose danger it is follows
 * who the sentences are about, not which relation word appears first. Fresh wordings, not the
 * round's own: the round is guarded in labelled-set.test.ts.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("welfare emergencies reported about someone else", () => {
  it.each([
    "姉の部屋、呼んでも返事がなくて、ドアの下から嫌なにおいがしてる",
    "父が車で出かけたきり戻らない。物置の練炭がなくなってる",
    "通話中にフレが「おやすみ」って言ったあと、ドサッて音がして無言。呼んでも反応ない",
    "担当の利用者さんが「次の訪問はもういらない」と言っていて、今日は応答がありません",
    "じいちゃんが風呂場で倒れとって、呼んでも返事せん",
    "the lady upstairs hasnt been seen in a fortnight and theres an awful smell on the landing",
    "on discord with my mate, he said later lads, then a thud and now nothing. mic still on",
    "my dad drove off with his shotgun and his phone is off",
    "my nan keeps saying shes going to join grandad and she hasnt eaten in days",
    // An act taken minutes or hours ago, with its signs now, is under way (eleventh pass).
    "my boyfriend took a whole pack of his meds 2 hours ago and now he's slurring his words",
    "my girlfriend took all her tablets 40 minutes ago and now she won't wake up properly",
    // A whole prescription is an amount, and a prescription is pills.
    "my mum swallowed her whole prescription half an hour ago and she's slurring",
  ])("%s: an urgent crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
    expect(a.subject).toBe("other");
  });

  it.each([
    "通話中にガタンって音して無言になったけど、猫が机から落としただけだった笑",
    "隣から変な匂いがして返事もないけど、生ゴミの日を忘れてるだけっぽい",
    "the bookcase collapsed in the night and my son didnt answer because he was out",
    "mum is going to join dad for lunch, she hasnt eaten since breakfast",
  ])("%s: everyday, not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("an act in the past is not an emergency now", () => {
  it.each([
    "my brother took an overdose two years ago. he's doing well now",
    "my uncle took his own life in 2019 and i still think about it",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("whose danger it is", () => {
  it.each([
    // The writer gives things away; the one given them is not the subject.
    "漫画もフィギュアも全部妹にあげた。妹は喜んでた。もういい",
    // Shame about oneself beside a sibling's life.
    "i'm so sick of being the failure of the family. my sister has a career and a flat and i'm 29 in my old room",
    // Grief: the loss is the writer's.
    "先月祖母が亡くなった。さみしい",
    // A parent's own strain beside a child's withdrawal is the parent's (the project's decision).
    "my daughter hasn't left her room in a year and i think it's my fault. i can't cope",
    "娘が不登校になって三年、私のほうが潰れそう",
    // The writer's own childhood is not a child.
    "子どもの頃に住んでた町に来た。もう充分。",
    // Words of going away said of oneself.
    "asked my sister to feed the cat from now on. told her i'm going away",
    "gave my neighbour my spare key and asked her to water the plants from now on. im not coming back",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });

  it.each([
    // A weapon in a fight between two others at home.
    "弟が金属バット持って母とケンカしてる。どうしよう",
    "my brother has a knife and is fighting with dad in the hallway right now",
    // What was found goes on with the one the sentence before was about.
    "娘が「ごめんね」と言って部屋にこもりました。ゴミ箱に睡眠薬の空のシートがたくさん入っていました",
    // A bare relation opening the sentence, in texting.
    "bro's been drinking all day, just drove off saying he'll crash it into a tree",
    // A funeral still to come is a date he set, not a grief.
    "my 40yo brother said he'll go once mum's funeral is done and he's giving his stuff away. the funeral is on friday",
    // A bracketed note about the person still names them.
    "祖父（施設にいる）が「もう迎えに来てほしい」と言ってて、夕飯に手をつけなかった。今夜は様子が変",
    "友達（バイト先の子）から「もう疲れた、明日の朝には終わってる」って来た。既読にならない",
  ])("%s: about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });
});

describe("emergencies about someone else, twelfth pass kinds", () => {
  it.each([
    // Medicine found used up, and someone who cannot be woken or breathes strangely.
    "兄の机の上に空っぽの睡眠薬の瓶。叩いても起きない",
    "my flatmate is breathing really strangely and there are empty paracetamol boxes by her bed",
    "found my brother on his bed, unresponsive, all his antidepressants are gone",
    // Shut in with the means, and words of ending it said (dialect too).
    "おとんが車庫に鍵かけてこもってもうた。ロープ持っとって「もうええ、終わらせる」言うとる",
    "my sister locked herself in the bathroom with a razor and keeps saying sorry for everything",
    // A farewell from up high, and no way to reach them.
    "後輩がストーリーに鉄橋の写真と「お別れです」って。電話が繋がらない",
    "my friend make a story 'bye everyone' from top of the parking garage, she dont reply anymore",
    // A farewell or a wish to die said, a locked door, and no answer behind it.
    "兄が「今までありがとな」って言って部屋に鍵かけた。ノックしても返事がない",
    "my father closed the door of the garage with the key, he said me goodbye and now he dont answer",
  ])("%s: an urgent crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
    expect(a.subject).toBe("other");
  });

  it.each([
    // A weapon carried at someone named: violence at home, reported, police first.
    "父が包丁を握って兄の部屋に乗り込んでいった",
    "my husband grabbed the golf club and went after our son",
  ])("%s: danger at home about someone else, not urgent (the police-first answer)", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("other");
    expect(a.urgent).not.toBe(true);
  });

  it.each([
    "娘の日記に「土曜日に死ぬ」と書いてあった",
    "found my son's journal, he wrote 'the 20th is my last day' and circled it",
  ])("%s: a plan found written, about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
  });

  it.each([
    "my son won't wake up for school anymore, he's up all night on his computer",
    "娘は休みの日は昼まで寝てて、起こしても起きない",
    "my nephew carved the pumpkin with a knife and went after his sister with it, the pumpkin I mean lol",
    "いとこが屋上ビアガーデンの写真に「みんなありがとう」って。充電切れで電話に出ない",
    "my cousin posted 'goodbye london!' with a rooftop pic, phone off because he is on the plane to sydney",
    "娘とケンカして、「もういい、さよなら」って部屋に鍵かけて返事もしない。反抗期かな",
  ])("%s: not an urgent crisis", (text) => {
    const a = assessRisk(text);
    expect(a.urgent).not.toBe(true);
  });
});

describe("whose danger it is, twelfth pass", () => {
  it.each([
    // What is found in someone's notebook, and what they had got ready, is theirs.
    "息子の手帳に「月末に決行」って書いてあった。ホームセンターで練炭も買っていました",
    // What someone said, reported without quotation marks, is theirs.
    "ネッ友が「今までありがとう」って残して垢消しした。前から薬集めてるって言ってた",
    // The quotation with "won't" in it is still a quotation.
    "my online friend mailed me her sketchbooks and wrote 'I won't need these after friday'. she has talked about a plan before",
    // The one who finds: "I find", second-language English.
    "My brother is in his room since 3 years. Today I find many empty pill sheets in his trash and he don't wake up",
    // Scared for someone else is not the writer's own danger.
    "my husband is shouting at our daughter with a knife in his hand, I'm scared he is going to hurt her",
    // A parent's pain at not being able to help is about the child's state.
    "息子が毎晩うなされてる。何もしてあげられないのがつらい",
  ])("%s: about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });

  it.each([
    // The writer's own crises that mention family stay the writer's.
    "my dad said im a waste of space, i just want to disappear",
    "母に「出ていけ」と言われた。もう消えたい",
    "手帳に「3月31日に死ぬ」って書いた。誰にも言ってない",
    "my sister gave me her old phone and said keep it. i wont need anything after tonight",
    "親に何もしてあげられない自分がつらい。生きてる意味がない",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });
});
