/** Shared pieces of the ja risk rules: word lists and pattern fragments, and the compilers. */
import { foldKana } from "../../normalize.js";
import { anyOf } from "../../rule-types.js";
// Sources are written against normalised text, but may use katakana and ー: `ja` folds
// them into hiragana the way the normaliser does. Net slang (タヒ, 氏, 4) and kana spellings
// of 死, 消え, 自殺, 生き, 殺, 殴 arrive here already rewritten to kanji.
/** Not followed by a negation: 死にたく|ない is not ideation, 死にたく|なる is. */
export const NOT_NEG = "(?!は?(?:ない|なかっ|なく|ね|ありませ|無い))";
/** A regular expression for an override test, folded like the rules (no global flag). */
export function jaRe(source) {
    return new RegExp(foldKana(source), "u");
}
export const FAMILY = anyOf([
    "父",
    "母",
    "親",
    "兄",
    "姉",
    "弟",
    "妹",
    "夫",
    "旦那",
    "だんな",
    "妻",
    "嫁",
    "彼氏",
    "家族",
    "祖父",
    "祖母",
    "じいちゃん",
    "ばあちゃん",
    "おやじ",
    "親父",
    "おふくろ",
    "お父さん",
    "お母さん",
    "父さん",
    "母さん",
    "父親",
    "母親",
    "義父",
    "義母",
    "継父",
    "継母",
    "両親",
    "パパ",
    "(?<!の)ママ",
    "兄貴",
    "あにき",
    "姉貴",
    "息子",
    "娘",
    "家の人",
    "同居人",
    "お兄ちゃん",
    "お姉ちゃん",
    "兄ちゃん",
    "姉ちゃん",
    "にいちゃん",
    "ねえちゃん",
    "兄さん",
    "姉さん",
    "母ちゃん",
    "父ちゃん",
    "かあちゃん",
    "とうちゃん",
    "おかん",
    "おとん",
    "義兄",
    "叔父",
    "叔母",
]);
export const MEDS = anyOf([
    "薬",
    "睡眠薬",
    "眠剤",
    "睡眠導入剤",
    "安定剤",
    "精神薬",
    "向精神薬",
    "市販薬",
    "風邪薬",
    "鎮痛剤",
    "錠剤",
    "pills",
]);
export const MANY = anyOf([
    "全部",
    "ぜんぶ",
    "大量に?",
    "たくさん",
    "いっぱい",
    "一気に",
    "いっきに",
    "まとめて",
    "\\d+錠",
    "一箱",
    "ひと箱",
    "一瓶",
    "全て",
    "すべて",
    "ありったけ",
    "山ほど",
]);
/** The person writing, as a subject: 自分, 私, 俺, うち (western dialects)... */
export const SELF = anyOf([
    "自分",
    "じぶん",
    "私",
    "わたし",
    "わたくし",
    "あたし",
    "俺",
    "おれ",
    "僕",
    "ぼく",
    "うち",
    "わし",
    "ワイ",
    "あたい",
    "こんな(?:自分|私|俺|僕|人間)",
]);
/** Someone the person may want to join after death. */
export const LOVED_ONE = `(?:${FAMILY}|友達|親友|あの人|あの子|彼|彼女|猫|犬|ペット|おじいちゃん|おばあちゃん|じいじ|ばあば)`;
/** When a plan is set for: 今夜, 明日の朝, 週末, 次の日曜... */
export const WHEN = anyOf([
    "今夜",
    "今晩",
    "こんや",
    "こんばん",
    "今日",
    "きょう",
    "明日",
    "あした",
    "あす",
    "明後日",
    "あさって",
    "週末",
    "[土日月火水木金]曜日?",
    "来週",
    "次の[^.,]{0,3}曜日?",
    "誕生日",
    "夜中",
    "深夜",
    "明け方",
    "\\d+時",
    "\\d+日",
    "今月中",
    "今月",
    "来月",
    "今週",
    "今年",
    "年末",
    "年内",
    "今年中",
    "月末",
]);
/** Waiting until nobody at home would stop it: 親が寝たら, 家族が出かけた隙に. */
export const UNWATCHED = `(?:${FAMILY}|みんな|皆|誰も|家の人)(?:が|は)?[^.,]{0,6}?(?:寝|ね|出かけ|でかけ|仕事|出勤|いなくなっ|留守|外出|出て|寝静ま)[^.,]{0,4}?(?:たら|てから|た後|たあと|た隙に|隙に|間に|うちに)`;
/** Carrying out an unnamed plan: 決行する, 終わらせる (an object in front makes it a task). */
export const DO_IT_LEAD = "(?:全部|ぜんぶ|すべて|全て|何もかも|いよいよ|ついに)?";
export const DO_IT = "(?:(?:決行|実行)(?:する|します|しよう|だ|の予定|するつもり|(?=$|[.,!]))|終わら(?:せる|せます|せよう|す)(?=$|[.,!]|から|つもり|ね|よ|わ)|終わりにする|けりをつける|決着をつける)";
/** A date right before the verb, or a date, a comma and a clause ending in たら. */
export const TIMED_BEFORE = `${WHEN}(?:の(?:朝|夜|昼|夕方))?(?:に|は|こそ|で)?(?:,(?:[^.]{0,12}?(?:たら|れば|てから)(?<!晴れたら|晴れれば|雨なら|雨だったら|天気(?:が)?(?:良|よ)(?:ければ|かったら)),?)?)?${DO_IT_LEAD}`;
/** High places people go to die from, and to eat lunch on. */
export const HIGH_PLACE = "(?:屋上|橋の上|ビルの上|高い所|高いところ|歩道橋の上|鉄橋|崖の上|マンションの上|非常階段)";
/** Ending one's life without naming it: 終わりにする, 終わらせる, けりをつける. */
export const END_IT = "(?:終わりに(?:する|します|しよう|したい|いたします)|終わら(?:せる|せます|せよう|せたい)|けりを(?:つけ|付け)(?:る|ます|よう))";
/** An intent marker after a verb: つもり, と思っています, と決めています. */
export const INTENT = "(?:つもり|と(?:思って|思い|思う|おもって|考えて|決め)|って(?:思って|決め)|ことに(?:し|決め)|予定|(?=$|[.,!]|ね|よ(?!う)|わ|から))";
/** Days a plan is set for in a life at home: anniversaries, funerals, a parent's death. */
export const LIFE_DAY = anyOf([
    "一周忌",
    "三回忌",
    "命日",
    "四十九日",
    "葬儀",
    "葬式",
    "お葬式",
    "納骨",
    "卒業式",
    "記念日",
    "\\d+歳の誕生日",
    "(?:今週|来週|今月|来月)の[土日月火水木金]曜日?",
    "(?:来年|今年)の(?:春|夏|秋|冬|\\d+月)",
]);
/** A death or a funeral that has happened: what joining the dead is said after. */
export const DEATH_DONE = anyOf([
    "葬式",
    "葬儀",
    "告別式",
    "通夜",
    "四十九日",
    "一周忌",
    "三回忌",
    "納骨",
    "火葬",
    "亡くな",
    "死んだ",
    "逝った",
    "見送った",
    "看取った",
]);
/** Things given away or settled before a planned death. */
export const LET_GO = "(?:譲っ|譲り|ゆずっ|あげ|手放し|処分し|売っ|売り払っ|出し|捨て|消し|解約し|返し|配っ)";
/** "I won't need it any more", the reason that turns a clear-out into a warning sign. */
export const NO_LONGER = "もう(?:使わない|使わん|使わねえ|要らない|いらない|いらん|要らん|必要(?:ない|なくなる|なくなります|ありません)|使うこと(?:も|は)?(?:ない|ありません)|使えなくなる|用がない|持ってても(?:意味|しょうがない|仕方)|(?:誰とも|だれとも)(?:連絡|話さ|会わ|関わら)[^.]{0,4}?(?:ない|ん|ねえ|しない))(?:から|し|ので|んで|んだ|です|(?=$|[.,!]))";
/** Means named with what they would be used for: ロープで, 薬で, 練炭で. */
export const MEANS_WORD = "(?:ロープ|縄|紐|練炭|睡眠薬|眠剤|薬|包丁|ナイフ|カッター|rope|pills|首吊り|飛び降り|排気ガス)";
/** Means that people ruminate on: the rope in the shed, the hoarded pills. */
export const MEANS_OBJECT = "(?:ロープ|縄|紐|練炭|睡眠薬|眠剤|包丁|ナイフ|刃物|車庫|排気ガス)";
/** Japanese risk rules, one by one (see JA_RULES for the merged list that runs). */
//# sourceMappingURL=patterns.js.map