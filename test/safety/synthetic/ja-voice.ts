/**
 * Generated Japanese ordinary messages in the voice crises are written in: the plain first
 * person of someone at home (思う, かな, かも, もう, 部屋にいる) and a parent's about a child who
 * stays home, short and long (three to eight sentences), about the day's small things: sleep,
 * food, games, chores, hobbies, a present, a check-in wished for, papers asked about calmly. No
 * danger in any of them. The learned layer had learned that voice as risk (docs/safety.md, "The
 * learned layer's false crises"); these are about the voice, not about risk words. Written from
 * the kinds of message, not from any blind round's sentences.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const ordinary = familyOf("ja", "self", "ordinary", "voice-");
const otherOrdinary = familyOf("ja", "other", "ordinary", "voice-");

export const JA_VOICE: readonly Family[] = [
  ordinary("day-short", ["<jvday>", "<jvopen><jvday>", "<jvday><jvday>", "<jvday><jvclose>"]),
  ordinary("day-long", [
    "<jvopen><jvday><jvday><jvday><jvclose>",
    "<jvday><jvday><jvday><jvday>{<jvday>|}<jvclose>",
    "<jvopen><jvday><jvday><jvday><jvday><jvday>{<jvday>|}{<jvday>|}<jvclose>",
  ]),
  ordinary("check-in", [
    "{また|来週|今度}{声をかけて|話しかけて|連絡して}{ほしい|もらえたら嬉しい}{です|かな|}。{迷惑じゃなければ|無理じゃなければ|よかったら}{木曜|週末|3日後|月曜の夜}{あたり|}に{お願い|お願いします}。",
    "{今日は|今は}{もう|そろそろ}{寝る|休む|ゲームに戻る}ね。{また明日|また今度|また話したい}{。|！|}",
    "{声かけ|連絡}の{時間|回数}{って|は}{変えられる|選べる}{？|の？|んですか？}{夜より昼|週1くらい|3日に1回}がいいかな{と思う|}。",
    "{前に|この前}{話した|言った}{ゲーム|本|アニメ}、{続き|結局}{やってる|読んでる|見てる}よ。{また話したい|一応報告}。",
  ]),
  ordinary("present", [
    "{姉|妹|弟|兄|母|父|おばあちゃん}の{誕生日|還暦|母の日|父の日}{プレゼント|のお祝い}{何がいいかな|迷ってる|考えてる}。{家にいることが多い|あまり出かけない|インドア派}{から|ので}{ブランケット|本|お菓子|入浴剤|マグカップ}{とかいいかも|がいいと思う|にしようかな}。",
    "{ネットで|通販で}{母|姉|弟|父}{への|に}{プレゼント|お祝い}{注文した|頼んだ}。{喜んでくれるといいな|届くのが楽しみ|自分のお金で買えた}。",
  ]),
  ordinary(
    "papers",
    [
      "{親|父|母|両親}が{元気なうちに|70になったので|定年したので}{遺言書|相続|保険|年金}の{こと|話}を{家族で|一度}{話しておきたい|聞いておこうと思う|調べてる}。{急ぎじゃない|みんな元気}{けど念のため|です}。",
      "{生命保険|医療保険|火災保険}の{受取人|住所|名義}{変更|の書き方}{ってどうやるの|を調べてる|わかる人いる}？{引っ越した|結婚した|母に頼まれた}{から|ので}。",
    ],
    5,
  ),
  ordinary("chores-hobby", [
    "{今日は|今週は}{皿洗い|風呂掃除|ゴミ出し|洗濯}{担当|当番}だった{。|、終わった。}{もう|あとは}{ゲーム|アニメ|漫画}{かな|しようかな|の時間}。",
    "{最近|ここ数日}{パズル|料理|編み物|プラモ|家庭菜園}{にハマってる|を始めた}。{思ったより|けっこう}{楽しい|難しい}{かも|}。{部屋にいる時間が|家にいると}{あっという間|ちょうどいい}。",
    "{もう|やっと}{レベル|ランク}{上がった|50になった|カンストした}。{次は|明日は}{イベント|周回|新しいキャラ}{かな|やろうと思う}。",
  ]),
  otherOrdinary("parent-short", ["<jvkid>", "<jvkid><jvkidclose>", "<jvkid><jvkid>"]),
  otherOrdinary("parent-long", [
    "<jvkid><jvkid><jvkid><jvkidclose>",
    "{はじめまして|こんにちは|いつもお世話になっています}。<jvkid><jvkid><jvkid><jvkid>{<jvkid>|}<jvkidclose>",
    "{60代|70代|80代}の{母|父}です。<jvkid><jvkid><jvkid><jvkid><jvkid>{<jvkid>|}<jvkidclose>",
  ]),
  otherOrdinary("couple", [
    "{夫|主人|妻}と{私|わたし}{は|で}{週末|来月|今度の連休}{温泉|買い物|旅行|紅葉を見}に{行く予定です|行こうかと思っています}。{息子|娘}は{留守番|家で猫の世話}を{してくれる|引き受けてくれる}{そうです|と言っています}。",
    "{息子|娘}が{久しぶりに|自分から}{料理|買い物|散歩}を{してくれました|手伝ってくれました}。{夫|主人}と{二人で|}{喜んでいます|少しほっとしています}。",
  ]),
];
