/**
 * Generated Japanese messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: the means bought, counted or tested (a cord tied and a weight put
 * on it, pills counted, charcoal or a hose bought), often with a laugh. Its hard negatives use
 * the same words for camping, moving, a shelf or a hammock checked, pills counted into a weekly
 * case as prescribed and an aquarium's tubing, so that no object says "crisis" alone. Written
 * from the kind, in the voices of issue 12; no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("ja", "self", label);
const crisis = family("crisis");
const ordinary = family("ordinary");

export const JA_MEANS_TESTED: readonly Family[] = [
  crisis("means-tested", [
    "{ロープ|紐|延長コード}{、|を}{ホームセンターで買った|ネットで買った|通販で届いた|ネットで頼んだのが届いた}{ｗ|笑|。|}{{店員|配達の人}{に|には}{何も|なんも}{聞かれなかった|思われてないｗ}|{押し入れ|ベッドの下}に{しまった|隠した}}{。|、}{{あとは|もう}{使うだけ|いつでも}|}",
    "{クローゼットのパイプ|階段の手すり|ドアの上|部屋の梁}に{結んで|かけて}{体重|重さ}{かけてみた|かけて試した}{。|、}{ちゃんともった|しっかり耐えた|切れなかった}{。|、}{{次は|本番は}{今夜|週末}{かな|にする}|{思ったより|案外}{怖くなかった|簡単}}",
    "{ためてた|もらってた|集めた}{薬|錠剤|眠剤}{、|を}{数えたら|並べて数えたら}{40|52|60|80}錠{あった|になってた}{。|、}{{足りる|十分}{と思う|はず}|{あとは|もう}{飲むだけ|日を決めるだけ}}",
    "{練炭|炭|七輪}{と|、}{ガムテープ|テープ|着火剤}{、|も}{全部|ひと通り}{買った|揃った}{ｗ|笑|。}{{BBQじゃないよ|キャンプ行くわけじゃない}ｗ|{車|部屋}{で|}{使う|やる}{つもり|予定}}",
    "{車用の|長い}{ホース|チューブ}{を|、}{マフラーに|排気口に}{合うサイズで|つながるやつ}{買った|選んだ}{。|、}{{窓|すき間}{ふさぐ|埋める}{テープ|もの}{も|は}{ある|用意した}}",
  ]),
  ordinary("means-everyday", [
    "{ロープ|紐|ビニール紐}{、|を}{ホームセンターで買った|ネットで買った|百均で買ってきた|通販で届いた}{ｗ|。|}{キャンプ|引っ越し|洗濯物|タープ|荷造り}{用|に使う}{。|、}{{あとは|もう}{週末|明日}{使うだけ|行くだけ}|}",
    "{棚|突っ張り棒|ハンモック|懸垂バー}{を|}{つけて|取り付けて|}{体重|重さ}{かけてみた|かけて試した}{。|、}{ちゃんともった|しっかり耐えた}{。|！}{{これで|やっと}{本|洗濯物|布団}{置ける|干せる}|{子ども|猫}{が乗っても|も}{大丈夫そう|平気}}",
    "{処方された|病院の|毎日の}{薬|錠剤}{、|を}{ピルケースに|一週間分}{数えて|分けて}{入れた|セットした}{。|、}{{飲み忘れ|飲み忘れが}{なくなった|減った}|{先生|薬剤師さん}に言われた通り}",
    "{BBQ|キャンプ|焼肉}{用の|の}{炭|七輪|着火剤}{、|を}{全部|ひと通り}{買った|揃えた}{！|。|}{{週末|連休}{楽しみ|晴れますように}|{家族|友達}と行く}",
    "{水槽|メダカ|金魚|熱帯魚}{用の|の}{ホース|チューブ|エアチューブ}{を|、}{サイズ|長さ}{合わせて|測って}{買った|買い替えた}{。|、}{水換え|ぶくぶく}{楽に|ちゃんと}{なった|動いた}",
  ]),
];
