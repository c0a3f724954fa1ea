/**
 * Someone else's danger, and how urgent it is (the fourteenth pass, after round 19), by kind:
 * a farewell and then silence; shut in with a sound of harm and no answer; the means gone missing
 * or used up; a farewell or a last stream from a place of danger or with the means; water refused
 * after days without food. Each is an urgent crisis about someone else (the supporter gets the
 * emergency numbers first); each has look-alikes that are not. A crisis about someone else that
 * any layer found is urgent with one sign that it is now; without one it is not. A wish reported
 * with the writer's word that there is no sign of acting is concern. Fresh wordings, not the
 * round's own: the round is guarded in labelled-set.test.ts.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

function expectUrgentAboutSomeoneElse(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.urgent).toBe(true);
  expect(a.subject).toBe("other");
}

describe("a farewell, and then silence", () => {
  it.each([
    "姉から「今までありがとう、さよなら」ってLINEが来て、それから既読がつかない",
    "いとこが「もう終わりにする」と電話で言ったきり、電話に出ない",
    "兄から「母さんをよろしく」ってLINEが来て、それから既読がつかない",
    "my cousin messaged 'take care of my cat for me' at midnight and now she isnt answering",
    "my best mate sent 'sorry for everything' and went offline, hes not like that",
    "my dad texted 'sorry for everything' and since then his phone is off",
    // A last post, then silence.
    "she posted 'this is my last post' and since then shes not answering",
    "友達が「これが最後の投稿です」って書いてから既読がつかない",
    // A farewell left in writing and found, and no answer at the door.
    "父の部屋の前に「長い間お世話になりました」と書いたメモが置いてありました。ノックしても返事がありません",
    "found a goodbye letter from my brother on the kitchen table and hes not picking up",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "兄から「母さんをよろしく」ってLINEが来て、それから既読がつかない。出張中で電波が悪いらしい",
    "「さよなら」って言って帰った友達から返事がないけど、充電切れてるだけだった",
    "my friend said 'thanks for everything' after the party and now shes not answering, prob asleep",
    "my brother texted 'take care of mom for me' before his flight and now his phone is off",
    "my guild leader posted 'thanks for everything' and went offline, the server is shutting down",
    "found a note from my brother saying he'd be late for dinner, hes not answering",
  ])("%s: explained, not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("the writer's own farewell, or medicine run out, is not someone else's emergency", () => {
  it.each([
    // A farewell the writer sent, and the silence of the one it was sent to.
    "彼女に「さよなら」ってLINEしたのに既読がつかない",
    "私が「もう終わりにする」って言ったら、彼から返事がない",
    "バイト先の先輩に「お世話になりました、さよなら」って送ってから返事がない",
    "i texted my ex 'thanks for everything' and now she isnt answering",
    // The writer's own burden, and medicine run out.
    "もう迷惑かけたくない。薬がなくなってきた",
    "迷惑かけてごめん。睡眠薬がなくなって眠れない",
    // The writer's own letter.
    "遺書を書いた。誰からも返事がない",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });
});

describe("shut in, a sound of harm inside, and no answer", () => {
  it.each([
    "息子がトイレに閉じこもってて、ガシャンって音がしたのに呼んでも返事がない",
    "父が鍵をかけて部屋にこもってる。中でドサッと倒れる音がして、ノックしても反応がない",
    "my daughter locked herself in the bathroom, i heard glass breaking and now no answer",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "娘が浴室にこもってて呼んでも返事がない。イヤホンして音楽聴いてた",
    "弟が部屋にこもってて、皿を落として割れる音がした。呼んでも返事がないけどゲーム中",
    "my sister locked herself in the bathroom and isnt answering, she has her headphones in and is in the bath",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("the means gone missing or used up", () => {
  it.each([
    "夫が「迷惑かけてごめん」と書き置きして出かけた。物置のロープがなくなってる",
    "母の睡眠薬の瓶がなくなってて、昨日「今までありがとう」って言われたのを思い出した",
    "found an empty box of his sleeping pills in the bin and he wont open the door",
    "my daughter's pills are all gone and she doesnt answer when i knock",
    // A question how many is too many, or a farewell, and the means gone.
    "my dad asked how much paracetamol would kill someone and now his pills are missing from the cabinet",
    "my brother texted 'sorry for everything' and the rope in the shed is gone",
    // Any crisis about someone else, with the means now missing.
    "my brother told me he'd end it tonight and now the rope in the garage is missing",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "物置の練炭がなくなってる。父がキャンプに持っていったらしい",
    "found an empty bottle of her vitamins in the bin and she doesnt answer when i knock",
    "夫の薬の瓶がなくなってる。飲み終わったから捨てたらしい",
    "my mum asked how many vitamins is too many and now the vitamin bottle is gone, she finished them",
  ])("%s: not urgent", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("a farewell or a last stream, from a place of danger or with the means", () => {
  it.each([
    "ネッ友が「今までありがとう」って言って、屋上から配信してる",
    "後輩が「今日が最後」ってストーリーに上げて、いま線路の近くに立ってる",
    "my friend said 'this is my last stream' and walked off camera with a rope",
    "he sent 'love you all' and now says hes at the river with rocks in his pockets",
    "my friend texted 'have a good life' and said shes on the bridge",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "my friend said 'this is the last stream' and walked off cam, hes quitting streaming to focus on uni",
    'my friend said "last stream ever lol" and walked off cam, hes moving to a new platform',
    "友達が「今までありがとう」って言って卒業式のあと屋上にいる。みんなで写真撮ってる",
    "my friend texted 'have a good life' from the beach, shes moving to australia tomorrow",
  ])("%s: not a crisis", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("crisis");
    expect(a.urgent).not.toBe(true);
  });

  // The learned layer reads this one as a crisis on its own (not retrained in this pass); the
  // night view explains the bridge, so it is not urgent.
  it("a last stream of a night view from a bridge, moving to another site: not urgent", () => {
    const text =
      "友達が「今日が最後の配信」って言って、橋の上から夜景配信してる。来月から別のサイトでやるらしい";
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("water refused after days without food", () => {
  it.each([
    "兄が5日くらい何も食べてなくて、昨日から水も飲まなくなった",
    "祖母が何日も食事も食べてなくて、今日は水まで拒否してる",
    "my flatmate hasnt eaten for four days and now wont drink water either",
  ])("%s: urgent, about someone else", expectUrgentAboutSomeoneElse);

  it.each([
    "母が3日何も食べてなくて、水も飲まない。胃腸炎で病院に行った",
    "my son hasnt eaten for 2 days because of a stomach bug and wont drink water",
  ])("%s: not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("any crisis about someone else is urgent with one sign that it is now", () => {
  it.each([
    "my girlfriend said she wants to kill herself and now shes not answering her phone",
    "友達が「死にたい」ってLINEしてきて、それから既読がつかない",
  ])("%s: urgent", expectUrgentAboutSomeoneElse);

  it.each([
    // Unreachable now: not picking up, whereabouts unknown, an account deleted.
    "my sister said she wants to kill herself and she isnt picking up",
    "娘が「消えたい」と言っていて、今どこにいるかわからない",
    "兄が「死にたい」ってLINEしてきてアカウント消した",
    // A plan for tonight, said about them.
    "ネットの友達が今夜終わりにするって言ってる",
    // The means used up, found.
    "息子の部屋で空の薬の瓶を見つけた。「もう疲れた」って言ってた",
    // A laugh, a quarrel or "late" do not explain a silence after a farewell.
    "my friend said she wants to kill herself lol and now shes not picking up",
    "兄と喧嘩して、兄が「もう終わりにする」ってLINEしてきてから返事がない",
    "my brother texted me he wants to die late last night and hes not picking up",
    // Years of withdrawal told first are not a crisis told as past.
    "my brother has been in his room for 5 years. tonight he texted me goodbye and hes not answering",
  ])("%s: urgent", expectUrgentAboutSomeoneElse);

  it.each([
    // Silence that a habit or the day explains.
    "息子が「死にたい」と言っています。一人暮らしで、電話に出ないことが多いです",
    "my son says he wants to die. he often doesnt pick up when i call",
    "my daughter told me she wants to die. she's at work now and not picking up",
    "妹が「消えたい」ってよく言う。いまはバイト中で連絡がつかない",
  ])("%s: a crisis about someone else, the silence explained: not urgent", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).not.toBe(true);
  });

  it.each([
    "息子が「死にたい」と言っています。どう声をかければいいでしょうか",
    "my roommate found a rope in her closet and said she wants to die. she's home with me now",
    "my son said last week he wants to die and he doesnt answer when i ask about it",
  ])("%s: a crisis about someone else, not urgent", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.subject).toBe("other");
    expect(a.urgent).not.toBe(true);
  });
});

describe("a wish reported about someone, with no sign of acting on it", () => {
  it.each([
    "娘が「生きてる意味がない」ってよく言うけど、何かしそうな様子はないです。どう接したらいいですか",
    "my daughter keeps saying she wishes she was never born, but there's no sign she'd do anything",
    "my friend says she wants to disappear but she hasnt done anything, i just dont know what to say",
  ])("%s: concern, about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("concern");
    expect(a.subject).toBe("other");
    // ...also read in a conversation with nothing before it, as the core reads it.
    expect(assessRisk(text, undefined, { recent: [], now: new Date() }).level).toBe("concern");
  });

  it.each([
    // Means or a plan beside it: the writer's "no sign" does not outweigh them.
    "my daughter says she wants to die and she has been saving pills, but she hasnt done anything",
    "娘が「消えたい」と言っています。ロープを買っていました。何かしそうな様子はないのですが",
    // The writer's own wish stays a crisis.
    "死にたいけど、何かする気はない",
    // A wish of the writer's own said beside the report.
    "息子が最近「生まれてこなければよかった」と言うようになりました。何かしそうな様子はないのですが、心配で眠れません。どこにも居場所がないなら消えたい",
    // "hasn't done anything wrong" is not a word about acting on it.
    "my daughter says she wants to die because of the bullying, she hasnt done anything wrong",
  ])("%s: still a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("whose danger, by the writer's words", () => {
  it.each([
    // A grandparent named as the one threatened; the writer does not put themselves in it: the
    // police-first answer for someone else's danger at home.
    "my older brother grabbed a bat and is threatening my grandpa right now",
    // A son hit by the writer's husband: "our" son is someone else hurt.
    "my husband just hit our son and now hes in the hallway crying",
    // Someone in a server or a group named as the one who writes.
    "同じディスコの人が「もう無理、さよなら」って書いて抜けた",
  ])("%s: about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });

  it.each([
    // The writer is in the home where the danger is (a mother or grandmother fled to their
    // room): the writer's own danger at home, asked whether they are somewhere safe.
    "兄が包丁を振り回してて、祖母が私の部屋に逃げてきた。私も怖い",
    "弟が暴れてて、母が私の部屋に逃げてきた",
  ])("%s: the writer's own danger at home", (text) => {
    const a = assessRisk(text);
    expect(a.dangerAtHome).toBe(true);
    expect(a.subject).toBe("self");
  });

  it.each([
    // Tears of the writer's own after someone else's post.
    "昔の友達の結婚式の写真見て、自分だけ取り残されてる気がして泣いた",
    // A few words after the writer's own clause go on with the writer.
    "my online friends all have jobs now and i feel like a loser and worthless",
  ])("%s: the writer's own", (text) => {
    const a = assessRisk(text);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("self");
  });

  it.each([
    // Someone else crying, or crying with joy, is not the writer's distress.
    "娘の腕に新しい傷がある。昨日の夜は「もう消えたい」と泣いていました",
    "妹が「自分なんかいない方がいい」って泣きながら言う",
  ])("%s: still about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });
});
