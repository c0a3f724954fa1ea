/**
 * Reports about someone else (the tenth to thirteenth passes): welfare emergencies a family member, a friend or
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
    // Medicine found used up, beside someone who cannot be woken; shut in with the means; a farewell
    // from up high; a farewell, a locked door and no answer (twelfth pass).
    "兄の机の上に空っぽの睡眠薬の瓶。叩いても起きない",
    "my flatmate is breathing really strangely and there are empty paracetamol boxes by her bed",
    "found my brother on his bed, unresponsive, all his antidepressants are gone",
    "おとんが車庫に鍵かけてこもってもうた。ロープ持っとって「もうええ、終わらせる」言うとる",
    "my sister locked herself in the bathroom with a razor and keeps saying sorry for everything",
    "後輩がストーリーに鉄橋の写真と「お別れです」って。電話が繋がらない",
    "my friend make a story 'bye everyone' from top of the parking garage, she dont reply anymore",
    "兄が「今までありがとな」って言って部屋に鍵かけた。ノックしても返事がない",
    "my father closed the door of the garage with the key, he said me goodbye and now he dont answer",
    // Fire and fuel, and words of dying now through a door, reported by someone there by role
    // (thirteenth pass).
    "Caretaker here. The man in flat 4 is shouting he'll set the place on fire with himself in it, and the whole landing smells of petrol",
    "管理会社の者です。入居者さんが「火をつけて死ぬ」と言っていて、玄関の前までガソリンのにおいがします",
    "ケアマネです。訪問したら玄関越しに「今日で終わりにする、もう来ないで」と言われ、それから返事がありません",
    // One sign each welfare rule did not hear, or a danger now said in one piece: fumes and a
    // sealed door, a wound and a farewell, out to a height after words of ending, pills shown with
    // a goodbye, a noose up, an amount taken to die, the far side of a railing, a blade "until the
    // end" behind a door, a bare apology with a photo of the tracks, on the floor not moving.
    "弟から「ごめん、さようなら」ってLINEが来た。部屋に鍵がかかってて、中から何も聞こえない",
    "兄が「今までありがとう」って送ってきて、それっきり既読がつかない。ドアに鍵がかかってる",
    "お向かいのご主人、最近姿を見ないと思っていたら、ガスのにおいがして玄関の隙間にガムテープが貼ってある",
    "ヘルパーです。利用者さんが「もう支援はいらない」と言っていて、腕から血が垂れていました",
    "夫が「もう終わりにする」と言って屋上に上がっていったまま、戻ってきません",
    "娘から大量の睡眠薬の写真と「今までありがとう」。電話に出ない",
    "兄の部屋の天井から、ロープが輪になってぶら下がってた",
    "致死量の薬を飲んだって友達からメッセージが来た",
    "生徒から線路の写真と「ごめんなさい、先生」ってメッセージ。電話に出ません",
    "there's a smell of gas in the hallway and my neighbour has stuffed towels under his door. he won't answer",
    "the tenant waved at me with a towel round her wrist soaked through with blood and said goodbye",
    "my sister said she won't be here in the morning and went out on the balcony. she locked the door and hasn't come back in",
    "he sent a pic of loads of pills and said goodbye, his phone is off now",
    "I saw a noose hanging from the banister when my brother opened the door",
    "she texted that she took enough pills to die and now her phone's off",
    "my friend is on the outside of the railing on the car park roof right now",
    "my son is behind the door with a razor, he says he will cut himself until he dies",
    "my student sent a photo of the railway line with 'sorry miss'. she won't reply",
    "my nan is on the floor not moving, I can't wake her",
    // A farewell note left at the door and no answer (round 11's kind).
    "夫の書斎の机に「ごめんなさい、今までありがとう」と書いたメモがありました。何度呼んでも返事がございません",
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

describe("someone in crisis who cannot be reached now", () => {
  it.each([
    "my friend sent me 'thank you for everything, look after my cat' and now she's not answering",
    "いとこから「今までありがとう」ってLINEが来て、それから電話に出ない",
  ])("%s: an urgent crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(a.urgent).toBe(true);
  });
  it.each([
    // Told as past, or the silence explained.
    "my brother tried to take his life two years ago and now isn't answering my texts about dinner",
    "my friend said 'bye, love you all' before boarding, phone is off now",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("everyday look-alikes of the urgent reports", () => {
  it.each([
    // Gas, tape and towels at home; a cut; a smoke on the balcony; a pill organiser; a noose in a
    // film; a cat on the balcony rail; yoga on the floor.
    "ガスコンロの臭いがこもるので、窓の隙間にテープを貼って目張りした",
    "台風に備えて窓にテープを貼った。ガスの臭いがしたので点検を呼んだ",
    "料理中に包丁で指を切って腕まで血が垂れた。最後の一品だった",
    "ハンモックのロープを輪にして木の枝に結んだ",
    "映画で首吊りの縄が映ってた",
    "I smell gas from the hob so I taped over the window vent, should I call the engineer",
    "we taped the windows for the hurricane and there's a gas smell from the generator",
    "my sister said goodbye and went out on the balcony for a smoke, she hasn't come back in yet",
    "he sent me a photo of his pill organiser with all his tablets, said goodbye, going to the pharmacy, phone off",
    "my cat is sitting on the outside of the balcony rail again",
    "the planters are hanging on the outside of the balcony rail",
    "my grandma is on the floor doing her yoga stretches and won't move",
    "he's on the floor playing with the baby and not moving from there",
  ])("%s: not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });

  it.each([
    // The learned layer may still read these as crises; no rule calls them happening now.
    "父はタバコを吸いにベランダに出たまま戻ってこない。最後の一本だって",
    "薬局でもらった薬の写真を送って、ばいばいって言ってから既読がつかない。寝落ちかな",
    "駅のホームの写真と「ごめん遅れる」ってきた。電話に出ない",
    "saw a noose hanging in the museum about the wild west",
    "he took enough to die in 2015 but he's okay now",
    "my son is carving a pumpkin behind the door with a knife, he says he will cut it until the end",
    "Teacher here. A boy in my class texted a photo of the train tracks with 'sorry sir', the train is delayed and he's not picking up",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("means set up, said by the writer of themselves", () => {
  it.each([
    // The same rules as the reports above, but nothing in them says someone else: the writer's.
    "ガスの臭いがする。ドアの隙間にテープを貼った。もう終わりにする",
    "手首に巻いたタオルが真っ赤。今までありがとう",
    "I've tied a noose up in my garage",
    "i've sealed the door gaps with tape and i can smell the gas now",
  ])("%s: an urgent crisis of the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
    expect(a.subject).toBe("self");
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
    // The writer's own crises that mention family stay the writer's.
    "my dad said im a waste of space, i just want to disappear",
    "母に「出ていけ」と言われた。もう消えたい",
    "手帳に「3月31日に死ぬ」って書いた。誰にも言ってない",
    "my sister gave me her old phone and said keep it. i wont need anything after tonight",
    "親に何もしてあげられない自分がつらい。生きてる意味がない",
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
});

describe("violence at home by a sibling or a son, to a grandparent or a parent", () => {
  it.each([
    "my brother is beating our mother again",
    "my son is hitting his grandad right now",
  ])("%s: danger at home", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.dangerAtHome).toBe(true);
  });
  it.each([
    "my brother is beating our dad at mario kart",
    "my son beat my dad at chess again lol",
  ])("%s: a game", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("violence, written plans and look-alikes reported about someone else", () => {
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
    // Ending their life, said of someone (round 11's pupil's journal, in other words).
    "my student wrote in his essay that he plans to end his life next week",
    "my sister told me she is going to take her own life on her birthday",
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

describe("a vague farewell, and gone from where they talked", () => {
  it.each([
    "ネッ友が「今から遠くに行く、じゃあね」って書いてサーバーを抜けた",
    "フレが「遠いところに行くね、ばいばい」ってディスコの鯖を抜けた",
  ])("%s: at least a concern about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("other");
  });
  it.each([
    "ネッ友が「引っ越すから遠くに行く、じゃあね」ってサーバー抜けた",
    "フレが「別ゲーやるから遠くに行くわ、じゃあね」ってグループ抜けた",
  ])("%s: a move or another game is not", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});

describe("a writer who says who they are by role", () => {
  it.each([
    // A role said first, then the one visited, taught or delivered to, and their danger.
    "訪問看護師です。担当のお宅の男性が、今日はずっと「もう死ぬしかない」と繰り返していました",
    "配達員です。よく届けるお宅の女性が「もう荷物はいらない、最後だから」と言って、腕に包帯を巻いていて血が出ていました",
    "Youth worker here. Just visited a young man who told me through the letterbox he'd swallowed 'the lot' and now he's gone quiet",
    "Teacher here. A girl in my form sent me a picture of a bridge with 'bye miss'. She's not answering.",
    "I'm a landlord. One of my tenants left a note on the door saying he won't be alive by Monday",
  ])("%s: about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });

  it.each([
    // The role said, and then the writer's own wish or exhaustion.
    "担任です。採点が終わらなくて毎晩眠れない。もう限界です",
    "支援員ですが、正直私も死にたいと思うことがあります",
    "教師をしています。生徒の前では普通にしてるけど、遺書はもう書いた。来週決行する",
    "Teacher here. Marking has broken me, I can't sleep and I feel like a complete failure.",
    "Support worker here, and honestly some nights I wish I wouldn't wake up.",
  ])("%s: stays the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });

  it.each([
    "大家です。家賃の振込が遅れている入居者さんに、どう連絡したらいいでしょうか",
    "配達員です。雨で荷物がびしょ濡れ、散々な一日でした",
    "I'm a landlord. What's a polite way to remind a tenant that rent is late?",
    "Delivery driver. Van broke down twice today, just a rubbish day.",
  ])("%s: everyday, not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("the writer's own plan that names the dead or a child", () => {
  it.each([
    "主人が亡くなって二年になります。娘の施設が決まりましたら、私も主人のもとへ参るつもりでおります",
    "母が他界して半年。弟のことは叔母に頼んだので、来月、母のところへ行くと決めました",
    "妻に先立たれました。ひきこもりの息子を残してはいけないので、息子と一緒に妻の所へ行くつもりです",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });

  it.each([
    // Someone else's wish to join the dead, and visits to a grave or a living parent.
    "父が亡くなってから、母が「お父さんのそばへ行きたい」と泣いています",
    "夫を亡くして五年、月命日には夫のお墓へ行くのが習慣です",
  ])("%s: not a plan of the writer's", (text) => {
    const a = assessRisk(text);
    expect(a.subject === "other" || a.level === "none").toBe(true);
  });

  it.each([
    // Shame before family is the writer's own, whoever it is shown to.
    "I'm 61 and haven't worked in fifteen years. I avoid my sister at every family dinner now; honestly it is all too much.",
    "I keep disappointing my dad, everything feels too much these days.",
  ])("%s: the writer's own distress", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });
});

describe("the weight of watching someone else", () => {
  it.each([
    "弟が部屋から出てこなくなって二年。見てるこっちもつらい",
    "息子が毎晩泣いている声がして、母親として胸が痛みます",
    "利用者さんがずっと落ち込んでいて、相談員としてやりきれない気持ちです",
  ])("%s: distress about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });

  it.each([
    // In English with no risk word: the weight of watching, or a withdrawal and the writer at a loss.
    "my daughter cries every night and it breaks my heart to watch her like this",
    "he hasn't left his room in a year and I don't know what to do anymore",
    "My son is 34. He hasn't come out of his room for three years and we are at our wits' end.",
    "I can't bear to watch my mum fading like this since dad died",
    "my sister has shut herself away since the divorce and I don't know how to reach her anymore",
  ])("%s: a concern about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("concern");
    expect(a.subject).toBe("other");
  });

  it.each([
    // Ordinary family talk with the same words.
    "it breaks my heart to watch this movie",
    "it broke my heart to see my daughter leave for uni, so proud of her",
    "my son hasn't left his room all day because of the new game lol, I don't know what to do with him",
    "he hasn't left his room today, he's revising for exams, I don't know what to do to help",
    "I don't know what to do for my sister's birthday, any ideas?",
  ])("%s: ordinary", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });

  it.each([
    // ...unless the writer's own wish is said too.
    "it breaks my heart to watch her like this. i want to die too",
    "姉がひきこもってて、見てるこっちもしんどい。もう私も消えたい",
    "息子が毎日「死にたい」と言う。親として、私も死にたい",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });
});
