/**
 * Generated Japanese messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: letters written for everyone and put away, a last "thank you,
 * goodbye" to a group, savings, a pet or one's things given away behind a false story (a move, a
 * long trip that will not happen). Its hard negatives use the same words for letters read at a
 * ceremony, money paid back, a pet minded during a trip, a colleague's farewell party, a
 * clear-out before a real move and a goodbye at graduation, so that neither a letter nor a gift
 * says "crisis" alone. Written from the kind, in the voices of issue 12; no blind round's
 * sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("ja", "self", label);
const crisis = family("crisis");
const ordinary = family("ordinary");

export const JA_LAST_LETTERS: readonly Family[] = [
  crisis("last-letters", [
    "{家族|みんな|父と母と妹}{に|宛てに|それぞれに}{手紙|メッセージ}{書いた|書き終わった|書いておいた}{。|、}{封筒|便箋}に入れて{枕の下|カバンの奥|本棚の後ろ}に{ある|置いた}{。|、}{{読まれるのは|見つかるのは}{もう少し|ちょっと}{先|あと}|}",
    "{貯金|お年玉貯金|口座のお金}{、|を}{全部|ほとんど}{妹|弟|母|姉}の口座に{移した|振り込んだ}{。|、}{理由は言ってない|聞かれたけど誤魔化した}{。|、}{{もう|}{使わない|要らない}から|}",
    "{猫|犬|インコ|ハムスター}{を|は}{友達|叔母|近所の人}に{預けた|譲った|引き取ってもらった}{。|、}{転勤|海外に行く|留学|しばらく旅行}って{言ったけど|言ってある}{、|。}{{どこにも|}{行かない|行く予定はない}|{迎えに|}{行くことはない|戻らない}}",
    "{グループLINE|鍵垢|サーバー}{に|で}「{みんな|いままで}{ありがとう|楽しかった}、{元気でね|さよなら}」{って|と}{送った|書いた|残した}{。|、}{{通知|アプリ}{切った|消した}|{誰にも|もう}{返信しない|返さない}}{。|}{これが最後|}",
    "{服|マンガ|ゲーム|パソコン}{、|を}{ほとんど|全部}{売った|あげた|処分した}{。|、}{引っ越す|実家出る}って{ことにしてる|言ってる}{けど|。}{そんな予定はない|本当はそうじゃない}",
  ]),
  ordinary("goodbye-everyday", [
    "{家族|みんな|父と母}{に|宛てに}{手紙|メッセージ}{書いた|書き終わった}{。|、}{成人式|卒業式|結婚式|還暦祝い}{で|の}{読む|渡す}{やつ|手紙}{。|！|}{{泣きそう|照れる|緊張する}ｗ|}",
    "{貯金|お金}{、|を}{母|妹|姉}の口座に{移した|振り込んだ}{。|、}{立て替えてもらってた|借りてた}{分|旅行代}{。|}{{やっと|これで}{返せた|すっきり}|}",
    "{猫|犬|インコ}{を|は}{実家|叔母|友達}に{預けた|預かってもらう}{。|、}{出張|旅行|入院}{の間|中}{だけ|}{。|、}{来週|月末}{迎えに行く|戻る}",
    "{先輩|同僚|部長|パートさん}{の|が}{送別会|お別れ会}{で|、}{寄せ書き書いた|花束渡した|色紙渡した}{。|、}「{今までありがとう|元気でね|お世話になりました}」って{みんなで|}{泣いた|言った}",
    "{服|マンガ|ゲーム}{、|を}{ほとんど|半分}{売った|あげた|メルカリに出した}{。|、}{引っ越し|断捨離|部屋の模様替え}{で|の前に}{すっきり|スッキリ}{した|させた}{。|！|}{{新しい部屋|新居}{は|}{来週|月末}{から|}|}",
    "{グループLINE|サーバー|部活のグループ}{に|で}「{みんな|いままで}{ありがとう|楽しかった}」{って|と}{送った|書いた}{。|、}{{卒業|引退|転校}{するから|の挨拶}|{新しい|次の}グループ{で|も}よろしく}",
  ]),
];
