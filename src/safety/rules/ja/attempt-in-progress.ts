/** The ja rules of category `attempt-in-progress`; each rule's examples are in test/safety/rule-examples.json. */
import { ja, type RiskRule } from "../../rule-types.js";
import { HIGH_PLACE, MANY, MEDS } from "./patterns.js";

export const JA_ATTEMPT_IN_PROGRESS_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- attempt in progress
  {
    id: "ja.attempt-in-progress.took-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,4}?${MANY}[^.]{0,3}?(?:飲んだ(?!ら)|のんだ(?!ら)|飲んじゃった|飲みました|飲んで(?:しまった|しまいました|きた|みた|る)|飲んでいる)|(?<![a-z])od(?:した|しちゃった|してる|してしまった|中|ってる|った)|オーバードーズ(?:した|しちゃった|してる)`,
    ),
  },
  {
    // A rooftop or a bridge is also where people eat lunch: alone a concern, with another
    // warning sign (もう飛ぶ) the escalation makes it a crisis.
    id: "ja.attempt-in-progress.high-place",
    level: "concern",
    category: "attempt-in-progress",
    pattern: ja(
      "(?:屋上|橋の上|ビルの上|高い所|高いところ)(?:に|まで)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ)",
    ),
  },
  {
    // いま屋上にいる: at a height right now (lunch, stars or laundry lower it to concern).
    id: "ja.attempt-in-progress.high-place-now",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      `(?:今|いま|今夜|夜中に?|深夜に?|こんな時間に)(?:,)?[^.]{0,8}?${HIGH_PLACE}(?:に|まで)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|登っ)`,
    ),
  },
  {
    // 線路のすぐそばまで来た, 駅のホームに立ってる。次の電車で.
    id: "ja.attempt-in-progress.near-tracks",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      "(?:線路|踏切の中|ホームの端|ホームの先|崖っぷち|欄干|柵の外|柵の向こう|手すりの外|フェンスの外|フェンスの向こう)(?:の)?(?:すぐ)?(?:そば|近く|脇|横|外側|向こう側|上|中)?(?:に|まで|へ)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|下り|降り|出た|越え)|(?:ホーム|線路|踏切|駅)[^]{0,30}?次の(?:電車|列車|快速|特急|急行|新幹線)(?:で|に)(?=$|[.,\\s])",
    ),
  },
  {
    id: "ja.attempt-in-progress.at-the-edge",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      "(?:線路|ホームの端|崖)(?:に|の上に|まで|の(?:上|端)に)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|下り)|(?<!鼻)血が(?:止まらない|とまらない|止まらなく|とまらなく)|(?:深く|ふかく)切(?:りすぎ|っちゃった|った|れた)|出血(?:が)?(?:ひどい|止まらない|多い)|練炭に火|首に(?:ロープ|縄|なわ|紐|ひも)|(?:ロープ|縄|紐)を?首に",
    ),
  },
  {
    // 薬いつもより多めに飲んだ: more than prescribed, taken.
    id: "ja.attempt-in-progress.more-than-prescribed",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,4}?(?:いつもより|普段より|処方より|多めに|倍|何倍も|大量に)[^.]{0,6}?(?:飲んだ(?!ら)|のんだ(?!ら)|飲みました|飲んじゃった|飲んでしまった)`,
    ),
  },
  {
    // インスリンをやめた、どうなってもいい: stopping what keeps one alive.
    id: "ja.attempt-in-progress.stopped-care",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      "(?:インスリン|透析|心臓の薬|血圧の薬|抗てんかん薬|ご飯|食事|食べるの|水を飲むの)(?:を|も)?[^.]{0,6}?(?:やめた|やめてる|打ってない|打たない|行ってない|行かない|飲んでない|とってない)[^]{0,16}?(?:どうなっても|死んでも|構わない|かまわない|このまま(?:消え|終わ|弱|死|いなく))",
    ),
  },
  {
    // ドアの隙間から焦げくさい匂い…呼んでも返事がありません: a shut room, a burning smell and no
    // answer (charcoal) is happening now.
    id: "ja.attempt-in-progress.smell-no-answer",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      "(?:(?:部屋|ドア|扉|戸|隙間|車|浴室|風呂場|トイレ)[^]{0,30}?(?:焦げ|こげ|煙|けむり|炭|練炭|ガス)(?:くさい|臭い|っぽい|の)?[^.]{0,8}?(?:匂|臭|におい|ニオイ|煙|けむ)[^]{0,40}?(?:返事|へんじ|応答|反応|返答)(?:が|も)?(?:ない|なく|ありません|しない|しません|なし)|(?:返事|へんじ|応答|反応|返答)(?:が|も)?(?:ない|なく|ありません|しない|しません|なし)[^]{0,40}?(?:焦げ|こげ|煙|けむり|炭|練炭|ガス)(?:くさい|臭い|っぽい|の)?[^.]{0,8}?(?:匂|臭|におい|ニオイ|煙|けむ))(?![^]{0,30}?(?:台所|キッチン|魚|料理|トースト|焼いて|焼いてた|鍋|フライパン|だった|無事|大丈夫|見に行|寝てた|はんだ))",
    ),
  },
];
