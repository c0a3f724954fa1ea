/**
 * Generated Japanese messages for the sixth pass (after round 10): kinds of crisis that round
 * showed missing (an attempt before and the same state coming back, the method left as an
 * ellipsis; the things for it gathered for a place; a wish to be dead, plainly or in dialect; an
 * overdose taken after "not to die"; things given away as no longer needed) and everyday messages
 * with the same words (tears from onions, a game's end of service, an old account, a lost
 * eraser, tools for camping). Written from the kinds of message, in the voices of issue 12; none
 * of its sentences is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("ja", "self", label, "sixth-");
const crisis = family("crisis");
const ordinary = family("ordinary");

export const JA_SIXTH: readonly Family[] = [
  // An attempt before (often with the method cut off) and the same state coming back.
  crisis("attempt-again", [
    "{前にも|昔|高校のとき|{2|3|5}年前に}{一回|一度|}{、|}{首を|薬を|ベランダから|手首を}{…|……|...}{ってしたこと|しようとしたこと|やったこと}{ある|があって|あるんだけど}{。|、}{{最近|ここ何日か|今週}{また|}{あの時|あのとき|あの頃}{みたいに|と同じに|みたいな感じに}{なってきた|なってきてて怖い|戻ってきてる}}",
    "{未遂|救急車で運ばれたこと|胃洗浄したこと}{が|}{一回|前に}{ある|あって}{。|、}{{あの時の|あの頃の}{気持ち|重さ|感じ}が{また|最近|じわじわ}{戻ってきた|来てる|近づいてる}|{また|最近}{同じ|あの}{とこ|ところ|場所}に{いる|戻ってる}{気がする|感じ}}",
    "{去年|前|昔}{やりかけて|やろうとして}{止められた|失敗した|助かった}{けど|んだけど}{、|}{{今|最近|この頃}{また|}{同じ|あの時の}{声|考え|波}が{来てる|聞こえる|止まらない}}",
    "{もう二度と|二度と}{あんなことしない|しないって}{思ってた|決めてた}{のに|けど}{、|}{{また|最近}{あの時|前}{みたいに|と同じくらい}{しんどい|ぐちゃぐちゃ|真っ暗}}",
  ]),
  // The things for it gathered, the act left unsaid, sometimes with a place.
  crisis("gathered-unsaid", [
    "{車の中で|部屋で|山で|押し入れで|浴室で}{…|……|...}{って|とか}{考えてて|決めてて|思ってて}{、|。}{{もう|}{道具|必要なもの|全部}{は|も|}{揃えた|揃った|用意した|買ってある}}",
    "{必要なもの|道具|あれ}{は|、}{{もう|全部|一通り}{ネットで|ホームセンターで|少しずつ}{買った|揃えた|集めた}}{。|、}{{あとは|残りは}{場所|日にち|タイミング}だけ|{トランク|押し入れ|机の下}に{入れてある|隠してある}}",
    "{どこで|いつ}{…|するか}{は|も}{もう|}決めた{。|、}{{準備|用意}{も|は}{できてる|終わった|整った}|{誰にも|家族にも}{言ってない|気づかれてない}}",
  ]),
  // A wish to be dead, plain or in dialect; a time by which.
  crisis("wish-dead", [
    "{もう|ほんと|なんか}{死んでしまいたか|死にたか|死にてえ|死にとうて|しにたい|死んじゃいたい}{。|、|…}{{ほんとに|まじで|本気で}|{もう|}{疲れた|無理}|}",
    "{明日の朝|朝|次の誕生日|月曜}{まで|には}{に|}{死んでたらいい|死んでればいいのに|いなくなってたらいいのに|目が覚めなければいいのに}{。|、|}{{ほんとに|本気で}|}",
    "{希死念慮|死にたい気持ち}{が|、}{{ずっと|毎日|最近}{消えない|ひどい|強い|えぐい}}",
  ]),
  // An overdose taken, after "not to die".
  crisis("overdose-denied", [
    "{死ぬ|死のう}{つもりは|とは}{ない|思ってない}{けど|んだけど}{、|}{{今夜|さっき|今日}{薬|眠剤|安定剤|処方薬}{を|}{いつもより|決められた量より}{ずっと|かなり|いっぱい}{多く|たくさん}{飲んだ|のんだ|飲んでしまった}}{。|、}{{気持ち悪い|吐きそう|ふらふらする|頭がぼーっとする}|}",
  ]),
  // Things given away, no longer needed.
  crisis("give-away", [
    "{スイッチ|ゲーム機|フィギュア|マンガ全部|ギター}{を|、}{{弟|いとこ|友達|甥っ子}に{あげた|譲った}}{。|、}{{もう|}{使わないし|いらないから|必要ないから}}",
  ]),
  // Tears from onions, a game's end, an old account: the same words, nothing wrong.
  ordinary("same-words", [
    "{玉ねぎ|たまねぎ|わさび|からし}{切ってたら|食べたら|すりおろしたら}{涙|なみだ}{止まらん|止まらない|とまらん|やばい}{w|ｗ|ｗｗ|笑|}",
    "{好きな|5年やってた|推しの}{ソシャゲ|アプリ|ゲーム|ネトゲ}が{サ終|サービス終了|終わる}{する|するって|}{。|、}{{さよなら|ありがとう|おつかれ}{俺の|私の|}{{3|5|7}年間|青春|課金}}",
    "{旧アカ|前のアカウント|サブ垢}{は|、}{今日で|もう}{さよなら|消します|使いません}{。|、}{新しいアカ|新アカ|こっち}{を|も}{フォローしてね|よろしく}",
    "{消しゴム|イヤホンの片方|リモコン|家の鍵|充電器}{どっか|また|いつのまにか}{消えた|なくなった|行方不明}{w|。|笑|}",
    "{キャンプ|釣り|車中泊|登山}{の|用の}{道具|ギア}{は|も}{もう|全部|一通り}{揃えた|揃った|買った}{！|。|}{{来週|週末}{楽しみ|行ってくる}|}",
    "{ううん|いや|いいえ|ううん大丈夫}{、|。|}{{そこまでは|そういうのは|死ぬとかは|}{考えてない|考えてないよ|考えてません|思ってない}|{そんなこと|}考えたことない}",
    "{今日は|最近は}{そういうこと|そういうの}{は|}{考えてない|考えてないです|大丈夫}{。|、}{{ただ|ちょっと}{疲れてる|しんどいだけ}|}",
    "{前にも一回|昔}{資格試験|ダイエット|禁煙}{を|に}{挑戦したこと|失敗したこと}{ある|あって}{。|、}{また|最近}{あの時|前}{みたいに|と同じで}{{やる気|だるさ}{出てきた|戻ってきた}}",
  ]),
];
