/**
 * The seventeenth pass's everyday kinds (after round 22): the false alarms the rules raised,
 * narrowed as kinds (a game or a show "overdosed on", a catchphrase quoted, a work described as
 * a note, a character's death wish studied for a class, a jump watched as a video or a sport, a
 * boss that killed one fifty times, a parent's own life insurance), and the distress the check
 * read as none, raised as kinds (a house gone silent after a ward or a divorce, the wish to talk
 * owned after a joke, being judged for staying in, the one place online gone, someone at home
 * gone silent since a death, unable to get up and low). Fresh wordings, not round 22's own (its
 * guard in labelled-set.test.ts holds those), each kind with the crisis or the everyday message
 * beside it that must stay where it is.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("a game, a show or a pastime 'overdosed on' is not an overdose", () => {
  it.each([
    "overdosed on hades last night, 7 hours straight, no regrets",
    "OD'd on the new zelda all weekend lol",
    "overdosed on k-dramas, binged 12 episodes",
    "昨日ゲームをODした。朝までぶっ通し",
    "アニメ一気見でOD中、徹夜した",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "overdosed on my sertraline last night, 5 hours ago",
    "I overdosed on amitriptyline, all of it",
    "overdosed on tetris all night and now i want to die",
    "overdosed on stardew again, 6 hours straight. now throwing up",
    "ゲームの合間に薬ODした。朝まで吐いてた",
    "昨日ODした。朝まで記憶ない",
  ])("%s stays an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
});

describe("a catchphrase quoted, a work described as a note, a character studied", () => {
  it.each([
    "弟が「お前はもう死んでいる」って毎回言ってくる笑",
    "「死ぬこと以外かすり傷」って部長の口癖",
    "山月記は中島敦の遺書みたいな作品だって先生が言ってた",
    "この曲、遺書のような歌詞なのに明るい",
    "that album reads like a suicide note but the melodies are gorgeous",
    "people call No Longer Human the author's suicide note, for my book report I disagree",
    "for my english lit essay: does Ophelia want to die, or is it an accident? 800 words",
    "homework: analyse the soliloquy. is the speaker thinking about suicide?",
    "読書感想文の課題で、主人公が死にたいと思った理由を書いてる",
    "レポートで太宰の作品と自殺の関係を考察してる",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "母に「お前はもう死んでいるのと同じ」って言われた",
    "父にお前はもう死んでいるって毎日言われる",
    "遺書みたいな手紙を書いた",
    "I wrote a poem that reads like a suicide note",
    "my essay is due and I keep thinking about suicide",
    "analysing the poem for class. the speaker wants to die. me too honestly",
    "課題やってると死にたくなる",
    "レポート終わらない。主人公みたいに死にたい",
    "授業で人間失格読んだ。主人公の気持ちわかる、私も死にたい",
  ])("%s is still raised", (text) => {
    expect(level(text)).not.toBe("none");
  });
});

describe("a jump watched, a game's boss, a parent's own life insurance", () => {
  it.each([
    "崖から海に飛び込む動画を夜中まで見てた。すごすぎる",
    "エルデンリングのボスに40回くらい殺された。もう無理、寝る",
    "ダクソの敵に何度も殺された。限界",
    "母が加入してる保険の受取人を私に変えるって。どの書類？",
  ])("%s stays ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "崖から海に飛び込む動画見てたら、私も飛び込みたくなった",
    "崖から海に飛び込む",
    "上司に何度も殺されかけた。もう無理",
    "生命保険の受取人を母に変えた。もう思い残すことはない",
  ])("%s is still raised", (text) => {
    expect(level(text)).not.toBe("none");
  });
  it("a stream from a roof with 'jumping now' is still an urgent crisis", () => {
    const risk = assessRisk("ネッ友が配信で「今から飛ぶ」ってビルの屋上を映してる。連絡つかない");
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
});

describe("distress read as none, raised as kinds (concern)", () => {
  it.each([
    "we split up in march and he moved out. the flat is so quiet i can hear the clock ticking",
    "came home from the ward on tuesday, the house is too quiet, I can hear the fridge all night",
    "退院してから部屋が静かすぎて、時計の秒針の音だけ聞いてる",
    "離婚して一人になった。家が静かすぎて冷蔵庫の音しかしない",
    "haha anyway. honestly i just wanted to talk to someone",
    "ネタっぽく書いたけど、ほんとは誰かと話したかっただけ",
    "my uncle told me at dinner that I'm wasting my life in my room",
    "people in the village whisper when they see me, so now I can't even go out to the shop",
    "近所で陰口言われてるのを聞いて、ますます外に出られない",
    "the only group chat i was in got deleted. back to talking to no one",
    "唯一の話し相手だったネッ友のアカウントが消えた",
    "since my mum passed away dad barely speaks, he just sits in his chair",
    "祖母が亡くなってから祖父は口数が減って、話しかけても返事もしない",
    "今日も布団から出られなかった。何やってもダメだ",
  ])("%s is concern", (text) => {
    expect(level(text)).toBe("concern");
  });
  it.each([
    "the kids moved out and the house is so quiet I can hear the clock. bliss",
    "引っ越して一人暮らし。部屋が静かすぎて時計の音しか聞こえない、集中できて最高",
    "I just wanted to talk to someone at the council about my rent",
    "誰かと話したかったから友達に電話した。楽しかった",
    "my dad says I'm wasting my money on figures lol",
    "雨がひどいって言われて、今日は外に出られない",
    "my only discord server shut down for maintenance, back to nothing till 6 lol",
    "唯一の居場所だった鯖が閉鎖、でも新しいサーバーにみんな移転した",
    "since grandma died grandpa barely talks about it, but he's slowly getting better",
    "祖父が亡くなってから祖母は毎日散歩して元気にしてる",
    "寒すぎて布団から出られない、だめだこりゃ笑",
  ])("%s is not raised by these kinds", (text) => {
    const ids = assessRisk(text)
      .matches.filter((m) => m.overruledBy === undefined)
      .map((m) => m.rule);
    expect(
      ids.filter((id) =>
        /house-quiet|house-silent|talk|judged|only-place|gone-silent|cant-get-up/.test(id),
      ),
    ).toEqual([]);
  });
});
