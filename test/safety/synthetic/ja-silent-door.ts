/**
 * Generated Japanese messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: a welfare emergency told by an aged parent, an adult child who
 * has made no sound for days behind a locked door, meals left untouched. Its hard negatives,
 * from the same parents, are a son who sleeps late and eats in the evening, a quiet day after
 * which he ate, a tray that came back empty, so that neither a shut door nor a quiet room says
 * "crisis" alone. Written from the kind, in the voices of issue 12 (keigo for older parents);
 * no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("ja", "other", label);
const otherCrisis = family("crisis");
const otherOrdinary = family("ordinary");

export const JA_SILENT_DOOR: readonly Family[] = [
  otherCrisis("silent-door", [
    "{息子|娘}の部屋から{{3日|4日|5日}{ほど|}|もう何日も}{物音が|何の音も}{しません|いたしません|聞こえません}{。|、}{置いた|運んだ}{食事|お盆|ご飯}{は|が}{手つかずのまま|そのまま}{です|で}{。|、}{声をかけても|ノックしても}返事が{ありません|ない}",
    "{80|83|78}{になる|歳の}{母|父}です{。|、}{息子|娘}の部屋の{前|ドア}に{置いた|出した}{食事|お盆}{が|、}{二日|三日|何日}分{並んだまま|重なったまま}です{。|、}{鍵がかかって開きません|内側から鍵がかかっております}",
    "{{息子|娘}の部屋の{電気|テレビ}がついたまま|{息子|娘}の部屋で{スマホ|携帯}が鳴ったまま}{、|}{何日も|ずっと}{返事がありません|出てきません}{。|、}{いつもは|普段は}{夜中に|夜に}{トイレ|台所}{に|へ}{出てくる|降りてくる}{のですが|のに}",
    "{年寄りの|老いた}{親|母}{ひとりでは|ですので}{ドアを|戸を}{開けられません|破れません}{。|、}{4日|5日|一週間}{ほど|}前から{息子|娘}の{気配が|声も}{ありません|しない}{。|、}{どこに|誰に}{連絡すれば|相談すれば}{よいでしょう|いいでしょうか}",
  ]),
  otherOrdinary("quiet-room-everyday", [
    "{息子|娘}は{昼過ぎ|夕方|午後3時}まで{寝ています|起きてきません}{。|、}{でも|それでも}{夜には|夕方には}{台所で|自分で}{ご飯|カップ麺}{食べて|作って}{います|いました}",
    "{昨日|おととい}{は|、}{息子|娘}が{一日|丸一日}{部屋から|}{出てこなくて|静かで}{心配しましたが|少し心配でしたが}{、|}{夜中に|夕方}{台所|冷蔵庫}{に食べた跡|を開けた音}{がありました|がして}{。|、}{ほっとしました|安心しました}",
    "{息子|娘}の部屋{の前に|に}{置いた|運んだ}{食事|お盆}{、|が}{今朝|さっき}{空になって|ちゃんと食べて}{いました|ありました}{。|、}{少しずつ|最近は}{食べる量が|}{増えてきた|戻ってきた}{ようです|気がします}",
    "<jother>{は|が}{一日中|ずっと}{部屋で|イヤホンして}{ゲーム|配信|動画}{してて|見てて}{呼んでも|ノックしても}{返事しない|聞こえてない}{ｗ|。|}{ご飯|夕飯}の時だけ{出てくる|降りてくる}",
  ]),
];
