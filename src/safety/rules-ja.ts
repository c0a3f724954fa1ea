import { foldKana } from "./normalize.js";
import {
  anyOf,
  clauseBefore,
  IDEATION_LIKE,
  inCategories,
  ja,
  type MatchContext,
  type OverrideRule,
  type RiskRule,
  ruleIds,
  sentenceAfter,
  sentenceBefore,
} from "./rule-types.js";

// Sources are written against normalised text, but may use katakana and ー: `ja` folds
// them into hiragana the way the normaliser does. Net slang (タヒ, 氏, 4) and kana spellings
// of 死, 消え, 自殺, 生き, 殺, 殴 arrive here already rewritten to kanji.

/** Not followed by a negation: 死にたく|ない is not ideation, 死にたく|なる is. */
const NOT_NEG = "(?!は?(?:ない|なかっ|なく|ね|ありませ|無い))";

/** A regular expression for an override test, folded like the rules (no global flag). */
function jaRe(source: string): RegExp {
  return new RegExp(foldKana(source), "u");
}

const FAMILY = anyOf([
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

const MEDS = anyOf([
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
const MANY = anyOf([
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
const SELF = anyOf([
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
const LOVED_ONE = `(?:${FAMILY}|友達|親友|あの人|あの子|彼|彼女|猫|犬|ペット|おじいちゃん|おばあちゃん|じいじ|ばあば)`;

/** When a plan is set for: 今夜, 明日の朝, 週末, 次の日曜... */
const WHEN = anyOf([
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
const UNWATCHED = `(?:${FAMILY}|みんな|皆|誰も|家の人)(?:が|は)?[^.,]{0,6}?(?:寝|ね|出かけ|でかけ|仕事|出勤|いなくなっ|留守|外出|出て|寝静ま)[^.,]{0,4}?(?:たら|てから|た後|たあと|た隙に|隙に|間に|うちに)`;

/** Carrying out an unnamed plan: 決行する, 終わらせる (an object in front makes it a task). */
const DO_IT_LEAD = "(?:全部|ぜんぶ|すべて|全て|何もかも|いよいよ|ついに)?";
const DO_IT =
  "(?:(?:決行|実行)(?:する|します|しよう|だ|の予定|するつもり|(?=$|[.,!]))|終わら(?:せる|せます|せよう|す)(?=$|[.,!]|から|つもり|ね|よ|わ)|終わりにする|けりをつける|決着をつける)";
/** A date right before the verb, or a date, a comma and a clause ending in たら. */
const TIMED_BEFORE = `${WHEN}(?:の(?:朝|夜|昼|夕方))?(?:に|は|こそ|で)?(?:,(?:[^.]{0,12}?(?:たら|れば|てから)(?<!晴れたら|晴れれば|雨なら|雨だったら|天気(?:が)?(?:良|よ)(?:ければ|かったら)),?)?)?${DO_IT_LEAD}`;

/** High places people go to die from, and to eat lunch on. */
const HIGH_PLACE =
  "(?:屋上|橋の上|ビルの上|高い所|高いところ|歩道橋の上|鉄橋|崖の上|マンションの上|非常階段)";

/** Ending one's life without naming it: 終わりにする, 終わらせる, けりをつける. */
const END_IT =
  "(?:終わりに(?:する|します|しよう|したい|いたします)|終わら(?:せる|せます|せよう|せたい)|けりを(?:つけ|付け)(?:る|ます|よう))";
/** An intent marker after a verb: つもり, と思っています, と決めています. */
const INTENT =
  "(?:つもり|と(?:思って|思い|思う|おもって|考えて|決め)|って(?:思って|決め)|ことに(?:し|決め)|予定|(?=$|[.,!]|ね|よ(?!う)|わ|から))";
/** Days a plan is set for in a life at home: anniversaries, funerals, a parent's death. */
const LIFE_DAY = anyOf([
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
/** Things given away or settled before a planned death. */
const LET_GO =
  "(?:譲っ|譲り|ゆずっ|あげ|手放し|処分し|売っ|売り払っ|出し|捨て|消し|解約し|返し|配っ)";
/** "I won't need it any more", the reason that turns a clear-out into a warning sign. */
const NO_LONGER =
  "もう(?:使わない|使わん|使わねえ|要らない|いらない|いらん|要らん|必要(?:ない|なくなる|なくなります|ありません)|使うこと(?:も|は)?(?:ない|ありません)|使えなくなる|用がない|持ってても(?:意味|しょうがない|仕方)|(?:誰とも|だれとも)(?:連絡|話さ|会わ|関わら)[^.]{0,4}?(?:ない|ん|ねえ|しない))(?:から|し|ので|んで|んだ|です|(?=$|[.,!]))";
/** Means named with what they would be used for: ロープで, 薬で, 練炭で. */
const MEANS_WORD =
  "(?:ロープ|縄|紐|練炭|睡眠薬|眠剤|薬|包丁|ナイフ|カッター|rope|pills|首吊り|飛び降り|排気ガス)";
/** Means that people ruminate on: the rope in the shed, the hoarded pills. */
const MEANS_OBJECT = "(?:ロープ|縄|紐|練炭|睡眠薬|眠剤|包丁|ナイフ|刃物|車庫|排気ガス)";

/** Japanese risk rules, one by one (see JA_RULES for the merged list that runs). */
const JA_RULE_LIST: readonly RiskRule[] = [
  // --------------------------------------------------------------- passive ideation
  {
    id: "ja.passive-ideation.shinitai",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      // 死にたか (Kyushu) is the plain form; 死にたかねえ says the opposite.
      `死に(?:たい|たく${NOT_NEG}|たか(?:っ|ろ|(?![なね]))|たみ|たさ|たすぎ|たがり|てえ|て(?=$|[.,!\\sわなよ])|てん(?:だ|です|の|よ))`,
    ),
  },
  {
    id: "ja.passive-ideation.kietai",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `消え(?:たい|たく${NOT_NEG}|たか(?:っ|ろ)|たみ|て(?:しま|ま)いたい|ち(?:ゃ|ま)いたい|てしまいて(?:え)?(?=$|[.,!\\sなよわ])|てえ(?=$|[.,!\\sなよわ])|てなくなりたい|去りたい|てしまえたら|られたら|れたら)`,
    ),
  },
  {
    id: "ja.passive-ideation.inakunaritai",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `いなくなり(?:たい|たく${NOT_NEG})|いなくなれたら|いなくなってしまいたい|存在(?:を|ごと)?消し(?:たい|てしまいたい)|存在したく${NOT_NEG}`,
    ),
  },
  {
    id: "ja.passive-ideation.ikitakunai",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "生き(?:て(?:い)?)?たく(?:も|は)?(?:ない|ねえ|ありません|なくなっ)|生きる(?:の|こと)を?(?:やめ|止め|辞め|終わりにし)(?:たい|よう|る)",
    ),
  },
  {
    id: "ja.passive-ideation.never-wake",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "目が(?:覚め|さめ)(?:なければ|なきゃ|ないで|ませんように|なかったら|なくていい|たくない)|(?:明日|あした|朝)(?:なんて|なんか|は|が|も)?(?:来な|こな)(?:ければ|きゃ|いで|かったら|くていい|くても)|(?:明日|朝)が来ませんように|(?:ずっと|永遠に|このまま)(?:眠|ねむ)(?:り(?:たい|続けたい)|ったまま)|二度と(?:目覚め|起き)(?:たくない|なくていい|ませんように)",
    ),
  },
  {
    id: "ja.passive-ideation.better-dead",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      "死ね(?:たら|れば|ば)(?:いい|楽|どんなに|幸せ)|死ねたら|死ねる(?:なら|もんなら)|死んで(?:しまいたい|しまえたら|楽に)|(?:死んで|死んじ)(?:しま|ま)い(?:たい|て(?:え)?(?=$|[.,!\\sなよわ]|ん(?:だ|です|よ)))|もう(?:いつ)?死んでも(?:いい|良い|かまわない)(?:や|かな|よね|と思|気がする|んだ)|死んじゃ(?:いたい|えたら|おう)|死んだ(?:ほう|方)が(?:まし|いい|楽)|死んだら(?:楽|みんな|全部)|死んで(?:い)?(?:れば|たら)(?:いい|良い|よかった)(?:のに|な)|死ねないから|死ぬの(?:も|が)(?:あり|いい|悪くない|楽|一番|いちばん|まし)",
    ),
  },
  {
    id: "ja.passive-ideation.never-born",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "(?:生|産)まれて(?:こなければ|来なければ|きたくなかった|こなきゃ|こなかったら|こない(?:ほう|方)が|こなかった(?:ほう|方)が|こなくて(?:よかった|良かった))|(?:生|産)まれな(?:ければ|きゃ)(?:よかった|良かった)|(?:生|産)まれたくなかった",
    ),
  },
  {
    id: "ja.passive-ideation.die-myself",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      "(?:自分|私|俺|僕|わたし|おれ|ぼく)(?:なんか|なんて|は|が|も)?(?:もう|早く|はやく)?死ね(?!な|ば|たら|る)",
    ),
  },
  {
    id: "ja.passive-ideation.iku-slang",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(`逝き(?:たい|たく${NOT_NEG}|ます)|逝こう|逝くつもり|先に逝く`),
  },
  {
    // 存在ごとなくなりたい, 最初からいなかったことにしてほしい: to be erased, not only to die.
    id: "ja.passive-ideation.erase-existence",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `(?:存在|そんざい)(?:ごと|自体|そのもの|が|を|も|まるごと)?(?:なくなり|無くなり|消え|消し|消滅し|抹消し|消し去り)(?:たい|たく${NOT_NEG}|てしまいたい|ちゃいたい)|(?:最初|はじめ|初め|元)から${SELF}?(?:なんて|なんか|が|は|も|の存在)?(?:いなかった|居なかった|存在しなかった|生まれなかった|生まれてこなかった|産まれなかった|産まれてこなかった)(?:ことに(?:して|したい|なれば|なったら|なりたい|できたら|できれば)|ら(?:よかった|良かった|いい)|(?:ほう|方)が|なら(?:よかった|良かった))|${SELF}(?:の存在|という存在)?(?:を|ごと)?(?:なかったことに|消し去り)(?:したい|して(?:ほしい|しまいたい)|できたら)|(?:存在(?:して(?:い)?|し)なかった|生まれ(?:てこ)?なかった)ことに(?:したい|して(?:ほしい|しまいたい)|なりたい|なれば|できたら)`,
    ),
  },
  {
    // 自分が消えてしまえばいい: wishing oneself gone, with the person as the subject.
    id: "ja.passive-ideation.self-gone-would-be-good",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `${SELF}(?:なんか|なんて|が|は|も)?[^.,が]{0,10}?(?:消えて(?:しまえ|しまっ|くれ)?|消えれ|消え|いなくなれ|いなくなって(?:しまえ|しまっ)?|いなくなっ)(?:ば|たら)(?:いい|良い|よい|楽|どんなに)`,
    ),
  },
  {
    // 楽になりたい is distress; with a grave, heaven or "for good" it is the wish to die.
    id: "ja.passive-ideation.rest-for-good",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      "(?:楽になり(?:たい|てえ)|楽にな(?:れる|れた)(?:かな|なら|ら))[^]{0,10}?(?:coffin|rope|天国|あの世)|(?:coffin|rope|天国|あの世)[^]{0,10}?楽になり(?:たい|てえ)|(?:永遠に|完全に|一生)楽になり(?:たい|てえ)|(?:もう|いっそ)+楽に(?:なっても(?:いい|良い)(?:よね|かな|ですか|でしょうか)|なろう|なっちゃお)",
    ),
  },
  {
    // Joining the dead: 天国に行きたい, ばあちゃんのとこに行きたい。向こうのほうが楽そう.
    id: "ja.passive-ideation.join-the-dead",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `(?:天国|あの世|向こうの世界|死後の世界|黄泉)(?:に|へ|まで)?(?:早く|はやく|もう|今すぐ|すぐ|そろそろ)?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})|(?:天国|あの世)の(?:ほう|方)が[^.]{0,4}?(?:楽(?!し)|まし|幸せ|いい)|(?:亡くなった|死んだ|先に逝った|天国の|天国にいる|あの世の)[^.]{0,8}?の(?:とこ|ところ|所|そば|もと|元)(?:に|へ)?[^.]{0,4}?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})|${LOVED_ONE}の(?:とこ|ところ|所|そば|もと|元)(?:に|へ)?[^.]{0,4}?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})[^]{0,24}?(?:向こう(?:の(?:ほう|方)|側|の世界)?(?:が|は)[^.]{0,4}?(?:楽(?!し)|幸せ|まし)|あの世|天国(?!みたい)|死んだら|亡くなっ)`,
    ),
  },
  {
    id: "ja.passive-ideation.eternal-sleep",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `永眠(?:したい|したく${NOT_NEG}|できたら|できれば|させて(?:ほしい|くれ)|しよう|しちゃいたい)|永遠の眠りに(?:つき|就き)(?:たい|たく${NOT_NEG})|(?:安楽死|尊厳死)(?:したい|したく${NOT_NEG}|させて(?:ほしい|くれ|ください)|できたら|できれば|を選びたい|を望)`,
    ),
  },
  {
    // 生きていたいとも思わない: not wanting to live, said through its negation.
    id: "ja.passive-ideation.no-wish-to-live",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "生き(?:て(?:い)?)?たい(?:と|って)?(?:も|は|とも|とは|なんて)?(?:全然|ぜんぜん|まったく|別に|べつに|少しも|もう|あまり|特に|一度も)?(?:思わ|思え|おもわ|おもえ)(?:ない|ん|へん|ません|なく|ず)",
    ),
  },
  {
    // もういなくなるから: the person announcing they will be gone (not a move or a job;
    // もう消えるね is often only logging off, so it is left out).
    id: "ja.plan.going-away",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `${SELF}(?:は|が|も)?もう(?:すぐ)?(?:いなくなる|この世にいない)(?:から|ので|んだ|し|けど|(?=$|[.,!]))`,
    ),
  },
  {
    id: "ja.passive-ideation.mixed-english",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      "(?:die|suicide|kill ?myself|unalive|disappear) ?(?:したい|しよう|する(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)|しちゃいたい)",
    ),
  },
  {
    // Wide on purpose: it gives idiom, game and bereavement overrides something to lower.
    id: "ja.distress.shinu",
    level: "concern",
    category: "distress",
    pattern: ja(
      "死(?:にそう|ぬ(?!つもり|予定|よてい|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|ことに|って決|と決|覚悟|準備|方法|場所|日を|のが|のも|の[はを]?怖|べき|まで|前|時|とき)|ん(?:だ(?!ほう|方|ら)|じゃった|じゃう|でる|で(?!しまいたい|ほしい))|ね(?!る|ない|たら))",
    ),
  },
  {
    id: "ja.distress.korosareru",
    level: "concern",
    category: "distress",
    pattern: ja("殺され(?:る|そう|た|かけ)"),
  },

  // --------------------------------------------------------------- hopelessness
  {
    id: "ja.hopelessness.no-meaning",
    level: "crisis",
    category: "hopelessness",
    pattern: ja(
      "生き(?:て(?:い)?る|る|てい?く|てて|てても|てる)(?:の|こと)?(?:に|の)?(?:意味|価値|かち|理由|りゆう)(?:が|は|も|を|なんて|なんか)?(?:ない|無い|ねえ|ありません|わからない|分からない|見つからない|みつからない|感じられない|感じられず|感じない|見いだせな|見出せな|見いだせず|見出せず)|生きて(?:い)?ても(?:(?:仕方|しかた|しょうが)(?:が)?(?:ない|無い|ねえ|ありません)?|意味|無駄|むだ)|生きてる(?:の|こと)?が(?:無駄|むだ)",
    ),
  },
  {
    id: "ja.hopelessness.end-everything",
    level: "crisis",
    category: "hopelessness",
    pattern: ja(
      "(?:もう|全部|ぜんぶ|すべて|全て|何もかも|なにもかも|人生|自分|ここで|今日で|いっそ)(?:を|も)?(?:(?:終わりにし|おわりにし)(?:たい|て(?:しまいたい|やる))|(?:終わらせ|おわらせ)(?:たい|る(?:つもり|しか))|終えたい)",
    ),
  },
  {
    id: "ja.hopelessness.tired-of-living",
    level: "crisis",
    category: "hopelessness",
    pattern: ja("生きる(?:の|こと)?(?:に|が)?(?:疲れ|つかれ)"),
  },
  {
    id: "ja.hopelessness.living-is-hard",
    level: "concern",
    category: "hopelessness",
    pattern: ja(
      "生き(?:る|てる|ている|てん)(?:の|こと)(?:が|は)?(?:つら(?:い|か)|辛(?:い|か)|しんど(?:い|か)|苦し(?:い|か)|くるし(?:い|か)|きつ(?:い|か)|えらい|嫌|いや|やんだ|やだ|めんどう|面倒|めんどくさい)|生きづらい|生きにくい|生きる気力(?:が|も)?(?:ない|無い|わかない|湧かない|残って(?:い)?ない)|(?:この先|これから)?生きていけ(?:る気が|そうに)(?:しない|ない)",
    ),
  },
  {
    id: "ja.hopelessness.no-hope",
    level: "concern",
    category: "hopelessness",
    pattern: ja(
      "(?:何もかも|なにもかも|全部|ぜんぶ|すべて|全て|もう|人生)(?:が|も)?(?:どうでもいい|どうでも良い|嫌|いや|無理|むり|意味ない|意味がない|無駄)|(?:将来|未来|人生|この先)(?:に|には|なんて)?(?:希望|きぼう|夢|ゆめ|光)(?:が|は|も|なんて)?(?:ない|無い|持てない|見えない)|(?:希望|未来)が(?:ない|無い|見えない)|(?:この先|将来|未来|出口|希望)(?:に|には|は|が|も|なんて|なんか)?(?:全然|ぜんぜん|まったく|何も|なにも|少しも|ちっとも|一切)?(?:見えない|見えん|みえない|見えなくて|見えへん|見えず)|(?:将来|未来|この先|人生|お先|目の前)(?:の(?:こと|事))?(?:を)?(?:考えると|思うと|が|は)?[^.]{0,4}?(?:真っ暗|まっくら|まっ暗)|何(?:を)?(?:しても|やっても|したって|やったって|頑張っても|がんばっても)(?:無駄|むだ|だめ|ダメ|意味(?:が)?ない|変わらない|変わらん|うまくいかない|報われない)|どうせ(?:何も|なにも|何したって|何やっても|何しても|全部|ぜんぶ|この先も|これからも)[^.]{0,4}?(?:変わらない|変わらん|変わんない|無駄|むだ|意味(?:が)?ない|無理|むり|だめ|ダメ)|(?:今さら|いまさら|もう)(?:何をしても|何しても|何やっても)?(?:どうにも(?:ならない|ならん|なんない|できない)|手遅れ|取り返しが(?:つかない|つかん))|(?:こんな|この)(?:生活|毎日|日々|人生|状態|暮らし)(?:を|は|が|も)?(?:もう|これ以上)?(?:続けられない|続けられん|続けてられない|続けていけない|耐えられない|たえられない|無理|限界)|どうせ(?:自分|私|僕|俺)(?:なんて|なんか)|人生(?:終わってる|終わった|おわってる|おわた|詰んだ|詰んでる|つんだ|オワタ)|来世に期待",
    ),
  },

  // --------------------------------------------------------------- burden
  {
    id: "ja.burden.better-gone",
    level: "crisis",
    category: "burden",
    pattern: ja(
      "(?:いない|居ない|いなくなった|消えた|死んだ)(?:ほう|方)が[^.]{0,8}?(?:いい|良い|ええ|まし|マシ|楽|幸せ|喜ぶ|助かる|ため|為|孝行)|(?:いなくなる|いなくなった|消える|死ぬ|死んだ|いない)(?:の|こと)が(?:一番の|いちばんの|最大の|最高の|唯一の|せめてもの)?(?:親孝行|家族孝行|恩返し|孝行|(?:みんな|皆|家族|親|世の中|社会)の(?:ため|為))|(?:いなくなれば|いなくなったら|いなければ|消えれば|消えたら|死ねば|死んだら)[^.]{0,12}?(?:楽|幸せ|しあわせ|喜ぶ|よろこぶ|せいせい|助かる|ほっと|困らない|平和)|(?:いなくなって|消えて|死んで)も[^.]{0,8}?(?:誰も|だれも|みんな)[^.]{0,4}?(?:困らない|困らん|困らへん|困んない|気づかない|気付かない|悲しまない|気にしない|何とも思わない)",
    ),
  },
  {
    id: "ja.burden.burden",
    level: "concern",
    category: "burden",
    pattern: ja(
      "お荷物|足手まとい|重荷(?:に|だ|でしかない)|(?:家族|親|みんな|皆|周り|母|父|両親)(?:に|の)[^.]{0,4}?負担(?:を|に|ばかり|ばっかり|しか)?(?:(?:かけ|掛け)(?!たく|ない|ません|ず)|なって|なる|でしかない)|迷惑(?:を)?(?:かけ|掛け)(?:る|て(?:る|いる))?(?:だけ|ばかり|ばっかり)|(?:生きてる|生きている|存在する|いる)だけで迷惑|穀潰し|ごくつぶし|ごく潰し|厄介者|やっかい者|迷惑(?:ばかり|ばっかり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)(?:かけ|掛け)|生きて(?:て|い)?(?:いい|良い)(?:の|ん)?(?:かな|か|だろう)|(?:自分|私|僕|俺)(?:なんて|なんか)(?:いらない|必要ない|生きる資格)|いなくても(?:いい|同じ|変わらない)|何の(?:ために|為に)生きて",
    ),
  },

  // --------------------------------------------------------------- plan
  {
    id: "ja.plan.shinou",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "死のう|死ぬ(?:つもり|予定|よてい|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|ことに(?:し|決め)|って決め|と決め|覚悟|かくご|準備|じゅんび|日を決め)|(?:今から|いまから|これから|今夜|こんや|今日中に|もうすぐ)[^.]{0,6}?死(?:にます|ぬ(?:ね|よ|わ|から|$|[.,!]))",
    ),
  },
  {
    id: "ja.plan.jisatsu",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `自殺(?:したい|したく${NOT_NEG}|しよ|する(?:つもり|予定|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|こと|って|かも|かな|ね|わ|から|$|[.,!])|(?:を|も|とか|について|のこと)?(?:考え|かんがえ|決め|図|計画)|をはか|しに|しちゃ(?:いたい|おう)|して(?:しまいたい|やる)|願望|念慮|方法|場所|計画|予告|未遂|しかけ)`,
    ),
  },
  {
    id: "ja.plan.jisatsu-word",
    level: "concern",
    category: "plan",
    pattern: ja("自殺"),
  },
  {
    // Euphemisms that only say "the plan": too vague alone for crisis, worth a question.
    id: "ja.plan.euphemism",
    level: "concern",
    category: "plan",
    pattern: ja(
      "(?:決行|実行)(?:する|します|の)?(?:つもり|予定|日)|もう決めた(?:から|んだ|の)|もう(?:戻らない|帰らない|戻れない)(?:つもり|から|と思う)",
    ),
  },
  {
    // 今夜、親が寝たら決行する: an unnamed act timed for when nobody would stop it.
    id: "ja.plan.unwatched",
    level: "crisis",
    category: "plan",
    pattern: ja(`${UNWATCHED},?${DO_IT_LEAD}${DO_IT}`),
  },
  {
    // 明日終わらせる, 週末に実行する: an unnamed act with a date. With a decision
    // (もう決めた) it is a plan; alone it may be homework, so worth a question.
    id: "ja.plan.timed",
    level: "concern",
    category: "plan",
    pattern: ja(`${TIMED_BEFORE}${DO_IT}`),
  },
  {
    id: "ja.plan.timed-decided",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `${TIMED_BEFORE}${DO_IT}(?=[^]{0,30}?(?:もう決め|決めたから|決めてる|決めました|覚悟|準備(?:は|も)?(?:でき|整|終わ)|これが最後|さよう?なら))`,
    ),
  },
  {
    // 樹海に行く: the forest known for suicide (a tour or a video is lowered below).
    id: "ja.plan.jukai",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "樹海(?:に|へ|まで|で)?[^.]{0,4}?(?:行|い|逝)(?:こう|く(?:つもり|予定|しか|(?=$|[.,!]|ね|わ|よ|から))|きたい|きます|ってくる|って死)",
    ),
  },
  {
    // A ticket one way only: no return planned.
    id: "ja.plan.one-way",
    level: "concern",
    category: "plan",
    pattern: ja(
      "片道(?:の)?(?:切符|きっぷ|電車賃|運賃|分|交通費|チケット)?だけ[^.]{0,4}?(?:あれば|でいい|で足り|で十分)|帰り(?:の)?(?:切符|きっぷ|電車賃|お金|分|運賃|チケット)(?:は|も)?(?:いらない|要らない|必要ない|いらん|要らん)",
    ),
  },
  {
    id: "ja.plan.method",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `首(?:を)?吊|飛び降り(?:たい|たく${NOT_NEG}|よう|る(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|わ|$|[.,!])|ます|ちゃ|て死|自殺)|(?:電車|線路|ホーム|車|トラック|海|川)(?:に|へ)飛び込(?:みたい|みたく|む|もう|んで|んだら)|(?:もう|今から|いまから|ここから|屋上から|橋から)飛ぶ`,
    ),
  },

  // --------------------------------------------------------------- means
  {
    id: "ja.means.stockpile",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,4}?(?:ため|貯め|溜め|集め|あつめ|ストック|買い込|大量に買|まとめ買い)(?:て|た|込)|練炭|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:用意|準備|結ん|むすん|吊る)|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:買っ|買い|かっ)[^]{0,20}?(?:もう決め|決めた|覚悟|準備)|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,6}?(?:ドアノブ|梁|鴨居|天井|クローゼット|物干し|手すり|木の枝)に[^.]{0,2}?(?:かけ|掛け|結|吊)|(?:ドアノブ|梁|鴨居|天井|クローゼット)に[^.]{0,4}?(?:ロープ|縄|なわ|紐|ひも)(?:を)?(?:かけ|掛け|結|吊)`,
    ),
  },
  {
    // A rope bought is also for parcels and tents: alone worth a question.
    id: "ja.means.rope-bought",
    level: "concern",
    category: "means",
    pattern: ja("(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:買っ|買い|かっ)"),
  },
  {
    id: "ja.means.take-all",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,3}?${MANY}[^.]{0,3}?(?:飲も|のも|飲みたい|のみたい|飲んじゃお|飲んでやる|飲んでしまお|飲む(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|かな|わ))`,
    ),
  },

  {
    // Standing at a platform or a balcony and thinking of the one step: あと一歩だな.
    id: "ja.means.one-step",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:ホーム|線路|電車|踏切|ベランダ|屋上|柵|手すり|崖|橋)[^.]{0,24}?(?:あと(?:一|1)歩(?!で(?:乗り遅|間に合|届|勝|合格|クリア|完成|ゴール|優勝|入賞))|一歩(?:踏み出せば|前に出れば|前に出たら|踏み出したら)|飛び込みたく|飛び降りたく|落ちたら楽|飛んだら楽)|(?:電車|線路|ホーム|踏切)(?:に|へ)?[^.]{0,4}?(?:吸い込まれ|引き込まれ|引き寄せられ)",
    ),
  },
  {
    // Looking down from a height, again and again: a concern; with "I could" a crisis.
    id: "ja.means.looking-down",
    level: "concern",
    category: "means",
    pattern: ja(
      "(?:ベランダ|屋上|窓|橋|ビル|マンション|\\d+階|高い所|高いところ|歩道橋)(?:の[^.]{0,6})?(?:から|の上から)[^.]{0,4}?(?:ずっと|何時間も|毎晩|毎日|何度も|また|じっと)[^.]{0,4}?(?:下|地面|線路|川)(?:を)?(?:見|覗|のぞ|眺め)",
    ),
  },
  {
    id: "ja.means.looking-down-could",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:ベランダ|屋上|窓|橋|ビル|マンション|\\d+階|高い所|高いところ|歩道橋)(?:の[^.]{0,6})?(?:から|の上から)[^.]{0,8}?(?:下|地面|線路|川)(?:を)?(?:見|覗|のぞ|眺め)[^]{0,24}?(?:いけそう|行けそう|飛べそう|飛び降りれそう|飛び降りられそう|落ちたら|飛んだら|楽になれそう|死ねそう|吸い込まれ|あと(?:一|1)歩|怖くな)",
    ),
  },
  {
    // A blade kept in the bedroom (concern), or held because it calms (crisis).
    id: "ja.means.blade-in-room",
    level: "concern",
    category: "means",
    pattern: ja(
      "(?:包丁|ナイフ|刃物|カッター|カミソリ|剃刀)(?:を)?[^.]{0,6}?(?:部屋|自室|枕元|布団|ベッド)(?:に|の中に|まで)[^.]{0,4}?(?:持って(?:き|い|っ)|隠し|置い|しまっ|忍ばせ)",
    ),
  },
  {
    id: "ja.means.blade-calms",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:包丁|ナイフ|刃物|カッター|カミソリ|剃刀|ロープ|縄|紐)[^]{0,24}?(?:見て|眺めて|握って|触って|持って)(?:い)?(?:る)?と[^.]{0,4}?(?:落ち着き|落ち着く|安心する|安心できる|ほっとする)",
    ),
  },
  {
    // Checking a roof or a bridge can be reached: a concern; with a day to go, a plan.
    id: "ja.means.scouting",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:屋上|非常階段|橋|崖|ビル|団地|歩道橋|鉄橋|高架)[^.]{0,16}?(?:鍵|カギ|柵|フェンス|手すり|扉|ドア)[^.]{0,6}?(?:かかってない|かかってなかった|開いて|空いて|あいて|壊れて|低い|越えられ|乗り越えられ|登れ)[^.]{0,12}?(?:確認|確かめ|下見|調べ)|(?:屋上|崖|樹海|高いビル|高層|飛び降り|鉄橋)[^.]{0,8}?(?:下見|下調べ)(?:し|に|を)|(?:飛び降り|首吊|首を吊|練炭|od)(?:る|の)?(?:場所|ところ|とこ|高さ)[^.]{0,6}?(?:探し|調べ|見つけ|決め|下見)",
    ),
  },
  {
    id: "ja.means.scouting-timed",
    level: "crisis",
    category: "means",
    pattern: ja(
      `(?:屋上|非常階段|橋|崖|ビル|団地|歩道橋|鉄橋|高架)[^.]{0,16}?(?:鍵|カギ|柵|フェンス|手すり|扉|ドア)[^.]{0,6}?(?:かかってない|かかってなかった|開いて|空いて|あいて|壊れて|低い|越えられ|乗り越えられ|登れ)[^]{0,40}?${WHEN}(?:に|は|の夜|の朝)?(?:行く|いく|行こう|行きます|決行|実行|飛ぶ)`,
    ),
  },

  // --------------------------------------------------------------- method questions
  {
    id: "ja.method-question.how-to-die",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      "死に方|死ぬ方法|死ねる(?:方法|薬|量|場所|高さ)|死に場所|自殺(?:の)?方法|楽に死|確実に死|痛くない死|苦しくない死|楽な死|安楽に死|簡単に死|すぐ死ねる|致死量",
    ),
  },
  {
    id: "ja.method-question.how-much",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      `(?:何錠|なんじょう|何個|どれくらい|どのくらい|どれだけ|何粒|何mg|何グラム)[^.]{0,8}?(?:飲め|飲んだら|飲むと|で|のめ|のんだら)[^.]{0,6}?(?:死|致死|心臓(?:が)?(?:止ま|とま)|息(?:が)?(?:止ま|とま)|逝け|目が覚めな)|${MEDS}[^.]{0,8}?${MANY}[^.]{0,3}?(?:飲んだら|飲めば|のんだら)(?![^.]{0,8}?(?:治|効|よくな|良くな|下が|さが))|(?:首吊り?|首を吊る|飛び降り|od|練炭|オーバードーズ|溺死|凍死|入水)(?:って|は|で|の方が|するのって)[^.]{0,4}?(?:苦し|くるし|痛|楽|死ね|確実|何分|どれくらい|すぐ)|(?:飛び降り|首吊|首を吊|od|練炭|飛び込)(?:たら|れば|したら|すれば|んだら)[^.]{0,8}?(?:確実|死ね|死ぬ|死にます|楽|すぐ|痛)|(?:何階|何メートル|何m|どのくらいの高さ|どれくらいの高さ)[^.]{0,8}?(?:飛び降り|落ち|おち)[^.]{0,6}?死`,
    ),
  },

  // --------------------------------------------------------------- preparation
  {
    id: "ja.preparation.note",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      "遺書|身辺整理|(?:大事|大切|だいじ|たいせつ)な(?:もの|物)(?:を|は|も)?[^.]{0,6}?(?:あげ|譲|ゆず|手放|処分)|(?:全部|ぜんぶ)(?:人に)?(?:あげた|譲った)",
    ),
  },

  {
    // Treasured things, all of them, given up "because I won't need them" (a clear-out is
    // lowered below).
    id: "ja.preparation.give-away",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      "(?:大事|大切|だいじ|たいせつ)(?:に)?(?:してた|していた|してる|してきた|な)[^.]{0,12}?(?:全部|ぜんぶ|すべて|全て|みんな)[^.]{0,10}?(?:手放し|手放|処分し|売っ|売り払|譲っ|あげ|捨て)[^]{0,16}?もう(?:要らない|いらない|要らん|いらん|必要ない|使わない|使うことない|持ってても)",
    ),
  },
  {
    // A letter to the family put where it will be found later, or "the last letter".
    id: "ja.preparation.letter",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `(?:${FAMILY}|みんな|皆)(?:宛て|あて|宛|へ|に)(?:の)?(?:手紙|メッセージ|ノート)(?:を|も)?[^.]{0,4}?(?:書いた|書き終え|書いて|残し|用意し)[^]{0,20}?(?:引き出し|机の中|見つかる|見つけ|わかる(?:ところ|場所|ように)|後で読んで|いつか読んで|置いてある|入れてある|しまってある|隠して)|(?:最後|最期)の手紙`,
    ),
  },
  {
    // Every account deleted, "only this one left".
    id: "ja.preparation.accounts",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      "(?:アカウント|アカ|sns|ツイッター|twitter|インスタ|instagram|line|ライン|ブログ|データ|連絡先|写真|tiktok|ティックトック|youtube|discord|ディスコ)[^.]{0,14}?(?:消した|削除した|消去した|退会した|消しました|削除しました|消しといた|消しておいた)[^]{0,12}?(?:あとは(?:ここ|これ|この)|残りは(?:ここ|これ)|最後に(?:ここ|これ)|もう(?:何も)?(?:いらない|必要ない|思い残す))",
    ),
  },
  {
    // Savings all moved to family, passwords left for them: putting affairs in order.
    id: "ja.preparation.affairs",
    level: "concern",
    category: "preparation",
    pattern: ja(
      "(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)|(?:パスワード|暗証番号|ログイン情報|アカウント情報)[^.]{0,14}?(?:メモ|書い|まとめ|リスト|紙に)[^.]{0,10}?(?:置い|残し|渡し|わかるように)",
    ),
  },
  {
    id: "ja.preparation.affairs-both",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      "(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)[^]{0,40}?(?:パスワード|暗証番号|ログイン情報|アカウント情報)|(?:パスワード|暗証番号|ログイン情報|アカウント情報)[^]{0,40}?(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)",
    ),
  },
  {
    // Finding a home for a pet "because I won't be here", or what happens "after I'm gone".
    id: "ja.preparation.pet-rehoming",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `(?:猫|ねこ|犬|いぬ|ペット|うさぎ|ハムスター|インコ|この子)[^]{0,24}?(?:引き取(?:って|り手)|里親|預け先|もらって(?:くれる|ほしい)|面倒を?見て(?:くれる|ほしい))[^]{0,24}?${SELF}(?:は|が)?(?:もう|もうすぐ)?(?:いなくなる|いなくなった|死ぬ|死んだ|消える)`,
    ),
  },
  {
    id: "ja.preparation.after-i-am-gone",
    level: "concern",
    category: "preparation",
    pattern: ja(
      `${SELF}(?:が|は)?(?:いなくなった|死んだ|消えた)(?:あと|後)[^.]{0,16}?(?:猫|犬|ペット|この子|部屋|荷物|お金|貯金|パスワード|スマホ|データ|片付け|葬式|保険|遺品|後始末)`,
    ),
  },

  // --------------------------------------------------------------- farewell
  {
    id: "ja.farewell.thanks",
    level: "concern",
    category: "farewell",
    pattern: ja(
      "(?:みんな|皆|家族|お母さん|お父さん)(?:に|へ|、|,)?(?:今まで)?(?:ありがとう|ごめんね|ごめんなさい)",
    ),
  },
  {
    id: "ja.farewell.goodbye",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:今まで|これまで|長い間|長いあいだ)(?:本当に|ほんとに|ほんとうに|色々|いろいろ)?(?:ありがとう|ありがと|お世話になりました)|先立つ不孝|(?:みんな|皆|みなさん)[^.]{0,4}?(?:ありがとう|ありがと)[^.]{0,6}?(?:さようなら|さよなら|ばいばい)|(?:さようなら|さよなら|ばいばい)[^.]{0,4}?(?:みんな|皆|永遠|最後|今まで|この世|世界)|(?:みんな|皆|お母さん|お父さん|家族|母さん|父さん)(?:に|へ)?[^.]{0,3}?(?:ごめんね|ごめんなさい)[^.]{0,6}?(?:さようなら|さよなら|ばいばい|最後)|(?:最後|最期)の(?:ご|お)?(?:メッセージ|挨拶|あいさつ|言葉|ことば|お別れ)|これが最後(?:の(?:メッセージ|言葉|ことば|挨拶|あいさつ|連絡|書き込み)|かも|だと思|になる|です|(?=$|[.,!]))|もう会えない(?:と思う|けど|かも|ね|から)|最後に(?:誰か|だれか|あなた|君|きみ|お礼|ありがとう|話(?:したかった|しておきたい|がしたかった|がしたい|せてよかった|を聞いてほしかった)|伝え|挨拶|声)|来世で(?:会|あ|また)|あの世で(?:会|待)|先に(?:あの世|天国|向こう)(?:に|へ|で)?[^.]{0,4}?(?:行|い|逝|待)|探さないで",
    ),
  },

  {
    // お母さんごめんね。先に行きます: going ahead, said to the family with an apology.
    id: "ja.farewell.going-ahead",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `(?:${FAMILY}|おかん|おとん)(?:,|へ|に)?[^.]{0,3}?(?:ごめん(?:ね|なさい)?|ありがとう)[.,\\s]{0,2}(?:一足)?先に(?:行|い|逝)(?:きます|く(?:ね|よ|から)?(?=$|[.,!])|ってる(?:ね)?(?=$|[.,!]))|(?:${FAMILY}|おかん|おとん)より先に(?:逝|死|いなくな)`,
    ),
  },
  {
    // おやすみ。ずっと: good night for good.
    id: "ja.farewell.sleep-for-good",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:永遠に|ずっと|もう起きない|二度と起きない)[^.]{0,2}?おやすみ(?!中)|おやすみ(?:なさい)?[.,\\s]{0,2}(?:ずっと|永遠に|もう起きない|二度と)(?=$|[.,!\\s])",
    ),
  },

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
    id: "ja.attempt-in-progress.plan-od",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "(?<![a-z])od(?:しよう|したい|する(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)|しそう)",
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

  // --------------------------------------------------------------- self-harm
  {
    id: "ja.self-harm.act",
    level: "concern",
    category: "self-harm",
    pattern: ja(
      "リスカ|アムカ|レグカ|自傷|瀉血|自分を(?:傷つけ|きずつけ|殴|痛めつけ|いためつけ)|自分の(?:顔|頭|腕|脚|体|身体|お腹|腹|手|太もも)(?:を|に|も)?[^.で]{0,2}?(?:殴っ|殴り|殴る|叩い|叩き(?!直)|ぶっ叩|引っかい|ひっかい|引っ掻い|掻きむし|かきむし|つねっ|噛ん|噛み|切っ|切り|刺し|傷つけ|傷付け|痛めつけ)|(?:腕|うで|手首|てくび|太もも|ふともも|肌|脚|二の腕|手の甲)(?:を|に)?(?:切|きっ|きり|傷|刺|やけど|火傷|焼い|針)|(?:タバコ|煙草|たばこ|ライター|アイロン|線香|火)(?:の火)?(?:を)?[^.]{0,6}?(?:腕|手|肌|脚|太もも|手首|自分|体|身体)(?:に)?[^.]{0,2}?(?:押し(?:つけ|付け|あて|当て))|根性焼き|頭を[^.]{0,6}?(?:打ちつけ|打ち付け|ぶつけ)|切りたい|切っちゃ(?:った|う)",
    ),
  },
  {
    id: "ja.self-harm.escalating",
    level: "crisis",
    category: "self-harm",
    negatable: false,
    pattern: ja(
      "(?:リスカ|アムカ|自傷|傷|切る|切っ|切り)[^.]{0,16}?(?:深く|ふかく|ひどく|酷く|悪化|エスカレート|縫|ぬっ|ぬわ|止まらな|とまらな|増え|ふえ|回数が)|(?:どんどん)[^.]{0,6}?(?:切|傷)|(?:切っ(?:た|てる|ちゃった)(?:とこ|ところ|傷|跡)?|切り傷|(?:リスカ|アムカ|レグカ|自傷)の(?:傷|跡))(?:が|は|も)?[^.]{0,8}?(?:深い|ふかい|深くなっ|深すぎ|ぱっくり|骨|脂肪)|(?:自傷|リスカ|アムカ|レグカ|切るの|切ること)(?:が|を)?(?:やめられない|止められない|とめられない|やめられん|やめれない)",
    ),
  },

  // --------------------------------------------------------------- danger at home
  {
    id: "ja.danger-at-home.hurt-by-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:に|から)(?:[^.]{0,8}?(?:殴|叩か|蹴ら|殺され|首(?:を)?(?:絞め|締め|しめ)|絞められ|締められ|しめられ|脅さ|おどさ|刺さ|暴力|虐待|閉じ込め|鍵を?(?:かけられ|掛けられ)|物を投げ|ものを投げ|(?:包丁|ナイフ|刃物|ハサミ|はさみ|カッター|バット|ゴルフクラブ|木刀|凶器)を(?:向け|突きつけ|振り上げ|振り回)|襲わ|熱湯を?(?:かけ|浴びせ)られ|灯油を?(?:かけ|浴びせ)られ|(?:タバコ|煙草|たばこ)(?:の火)?を?(?:押しつけ|押し付け)られ|やけどさせられ|突き飛ばされ|押し倒され|髪を(?:引っ張|つかま|掴ま)れ|引きずられ)|けら)`,
    ),
  },
  {
    id: "ja.danger-at-home.family-violent",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:が|は|も)[^.]{0,12}?(?:包丁|ナイフ|刃物|はもの|バット|凶器)(?:を|で)?[^.]{0,4}?(?:持|も|向け|むけ|振り回|ふりまわ|突きつけ|脅)|${FAMILY}(?:が|は)[^.]{0,6}?(?:暴れ|あばれ|殴りかか|襲っ|「?(?<!自)殺す|殺してやる)`,
    ),
  },
  {
    id: "ja.danger-at-home.violence-at-home",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `(?:家|うち|自宅|家庭|実家)(?:で|の中で|では|内)[^.]{0,8}?(?:暴力|虐待|殴られ|叩かれ|蹴られ)|${FAMILY}(?:の|から)(?:暴力|虐待|dv)|家庭内暴力|(?<![a-z])dv(?![a-z])|(?:家|うち)に帰る(?:の|こと)が(?:怖|こわ)[^.]{0,12}?(?:殴|叩|蹴|暴力|殺)|(?:殴られ|叩かれ|蹴られ)[^.]{0,10}?(?:家に帰|うちに帰)`,
    ),
  },
  {
    // Locked in from outside, kept from the toilet or food: confinement at home.
    id: "ja.danger-at-home.confined",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      "(?:外から|外側から)(?:鍵|カギ|南京錠)(?:を)?(?:かけられ|掛けられ|閉められ|つけられ)|(?:部屋|自室|物置|押し入れ|押入れ|納戸|倉庫|蔵)(?:に|の中に)閉じ込められ(?!(?:て(?:い)?る)?(?:感じ|気分|気が|みたい|よう))|(?:部屋|家)から出(?:して|させて)もらえ(?:ない|なく)|トイレ(?:に|にも)?行かせてもらえ(?:ない|なく)|(?:ご飯|ごはん|食事)(?:を|も)?(?:食べさせてもらえ|与えられ)(?:ない|なく)",
    ),
  },
  {
    id: "ja.danger-at-home.harm-to-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:を|のこと)[^.]{0,4}?(?:殺し(?:たい|そう|てしまいそう|てやる|てしまう)|殺す(?:つもり|かも)|刺し(?:たい|そう)|殴り殺)`,
    ),
  },
  {
    // 母親を殴ってしまいそう: the person afraid of hurting someone at home.
    id: "ja.danger-at-home.hitting-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:を|に)[^.]{0,4}?(?:殴っ|殴り|叩い|叩き|蹴っ|蹴り|刺し|手を(?:上|あ)げ|手を出し|暴力を(?:振る|ふる)っ|傷つけ)(?:て|ちゃ|ちま)?(?:しまいそう|しまう(?:かも)?|しまった|しまいました|しまって|いそう|そう(?:で|に|だ)|たくなる|かけた|ちゃった)`,
    ),
  },
  {
    id: "ja.danger-at-home.family-attempt",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `(?:息子|娘|夫|妻|旦那|父|母|兄|姉|弟|妹|子ども|子供|うちの子|祖父|祖母|おじいちゃん|おばあちゃん)(?:が|は)[^.]{0,16}?(?:${MEDS}[^.]{0,8}?${MANY}[^.]{0,4}?(?:飲ん|のん)|首を吊|首吊|飛び降り|手首を切|意識がない|意識が無い|息をしてない|倒れて動かない|od)`,
    ),
  },

  // --------------------------------------------------------------- compositional families
  // Round 4: wordings a new writer uses, built from parts (an ending + an intent, means +
  // rumination, a clear-out + "no longer needed") rather than from whole phrases.
  {
    // 母の葬儀が済んだら、私も後を追うつもりです: following the dead.
    id: "ja.plan.follow-the-dead",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?:${SELF})?も(?:すぐに?)?(?:その)?後を?追(?:う(?:つもり|と決め|ことに)|おう|いたい|います|いま|う(?=$|[.,!]|ね|わ|から|よ(?!う)))|(?:${LOVED_ONE}|亡き[^.,]{0,4}?)の後を追(?:いたい|おう|います|うつもり|って(?:死|逝))|後追い(?:自殺|したい|しよう|するつもり)`,
    ),
  },
  {
    // それ以上生きるつもりはありません: no intention of living on.
    id: "ja.passive-ideation.no-intent-to-live",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "(?<![でにとてら])生き(?:る|ていく|ている|てる|続ける|ながらえる)(?:つもり|気|予定|必要|資格)(?:は|が|も|なんて|なんか)?(?:もう|全然|さらさら|これっぽっちも)?(?:ない|無い|ありません|ねえ|ございません)",
    ),
  },
  {
    // 母の一周忌の日に終わりにしようと思っています: an unnamed end, a day and an intent.
    id: "ja.plan.timed-end",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?:${WHEN}|${LIFE_DAY}|の日)(?:の(?:朝|夜|昼|夕方|日|晩))?(?:が(?:済|終わ)(?:んだら|ったら))?(?:に|は|で|こそ|まで)?,?(?:${SELF}(?:も|は))?(?:全部|ぜんぶ|すべて|全て|何もかも|もう)?${END_IT}${INTENT}`,
    ),
  },
  {
    // それで自分も終わりにするつもり, 自分を終わらせる: the person as what is ended.
    id: "ja.plan.self-end",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `${SELF}(?:の(?:人生|命))?(?:も|は|を|なんか|なんて)(?:もう|いっそ|そろそろ)?(?:${END_IT}${INTENT}|終わりにした(?:ほう|方)が(?:いい|良い|まし))|${END_IT}(?:かな|か)?(?:って|と)?[.,][^.]{0,2}?${SELF}(?:のこと|自身|の人生)(?=$|[.,!])`,
    ),
  },
  {
    // 見届けたら、終わりにするつもり: an unnamed end after a condition (no subject).
    id: "ja.plan.after-then-end",
    level: "concern",
    category: "plan",
    pattern: ja(
      `(?:たら|てから|次第|終わったら|済んだら),?(?:それで|そこで|そしたら)?,?(?:もう|全部)?${END_IT}(?:つもり|と決め)`,
    ),
  },
  {
    // 今夜ロープで終わらせる: means named with the end.
    id: "ja.plan.means-end",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `${MEANS_WORD}(?:で|を使って)[^.,]{0,4}?(?:死(?:ぬ|にます|のう)(?!かと|とこ|ところ|ほど|くらい|ぐらい|こと)|逝(?:く|きます|こう)|終わらせ(?:る|ます|よう|たい)|終わりにし(?:よう|ます|たい)|終わりにする|けりを(?:つけ|付け))`,
    ),
  },
  {
    // もう決めた。今週の土曜にする: a decision and a day, the act left unsaid.
    id: "ja.plan.decided-date",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `もう決め(?:た|ました|てる|ている|てます)[^]{0,16}?(?:今週の|来週の|次の)?(?:${WHEN}|${LIFE_DAY})(?:の(?:夜|朝|昼|夕方))?(?:に|で)?(?:する|します|やる|やります|決行|実行)(?=$|[.,!]|わ|ね|よ|から)`,
    ),
  },
  {
    // 夜中に車庫で、と思っています: a place and "I'm thinking", the act left unsaid.
    id: "ja.plan.elliptical-place",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "(?:車庫|ガレージ|物置|樹海|山奥|浴室|風呂場|屋上|車の中|線路|踏切)(?:で|から|に),?(?:と|って)(?:思って|考えて|決めて|思います|思う)",
    ),
  },
  {
    // 父の車の鍵を持ち出しました: a car's keys taken (exhaust), worth a question alone.
    id: "ja.means.car-keys",
    level: "concern",
    category: "means",
    pattern: ja("車の(?:鍵|キー|かぎ)(?:を)?[^.]{0,4}?(?:持ち出|盗み出|隠し持|こっそり)"),
  },
  {
    // 睡眠薬、ちょっとずつ貯めてる: pills put by little by little.
    id: "ja.means.stockpile-slowly",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を|も)?,?(?:ちょっとずつ|ちょっとづつ|少しずつ|少しづつ|すこしずつ|こっそり|毎日|毎月|ずっと|コツコツ|こつこつ)[^.]{0,6}?(?:ため|貯め|溜め|集め|あつめ|くすね|とっておい|取っておい|隠し)(?:て|た|込)`,
    ),
  },
  {
    // 睡眠薬が二か月分、引き出しに残っています: a store of pills counted, a question alone.
    id: "ja.means.pill-store",
    level: "concern",
    category: "means",
    pattern: ja(
      `${MEDS}(?:が|を|も)?[^.]{0,4}?(?:\\d+|[一二三四五六七八九十数]+)(?:か月|ヶ月|カ月|ケ月|ヵ月|週間)分[^.]{0,10}?(?:ある|あります|たまっ|貯まっ|溜まっ|残っ|手元)`,
    ),
  },
  {
    // あれを全部飲めば眠るように逝けるのでしょうね: the means and the imagined death.
    id: "ja.means.take-all-if",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:全部|ぜんぶ|まとめて|一度に|いっぺんに|一気に|全て|すべて)(?:を)?(?:飲め|のめ|飲ん(?:だら|じゃえば))ば?[^.]{0,10}?(?:逝け|死ね|眠るように|目が覚め(?:ない|なく))",
    ),
  },
  {
    // 眠るように逝ける: an imagined gentle death.
    id: "ja.passive-ideation.could-go",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      "逝け(?:る(?:の|なら|かな|かも|でしょう|だろう|んじゃ)|たら|れば)|眠るように(?:逝|死)(?:け|ね|き(?:たい|ます)|にたい)",
    ),
  },
  {
    // 物置にロープがあるのを、ずっと考えています: dwelling on a means.
    id: "ja.means.rumination",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEANS_OBJECT}[^]{0,24}?(?:ずっと|ばかり|ばっかり|何度も|毎日|毎晩|ここ数日|最近)[^.]{0,6}?(?:考えて|考えちゃ|考えてしま|気になって|頭に浮かん|意識してしま|見て(?:る|しま|い)|眺めて)|${MEANS_OBJECT}[^.]{0,24}?頭から(?:離れ|はなれ)(?:ない|ません|なく)`,
    ),
  },
  {
    // どうしたら死ねますか: a method asked for in any register.
    id: "ja.method-question.how-can-i",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      "(?:どう|どうやって|どのように|どうすれば|どうしたら|どうやったら)[^.]{0,6}?(?:確実に|楽に|苦しまずに|痛くなく|静かに)?(?:死ね|逝け|消えられ)(?:ます|る|ますか|るか|るの|るん)",
    ),
  },
  {
    // 私さえいなければ全部片付くのに, 生きてるだけで迷惑.
    id: "ja.burden.existence-is-the-problem",
    level: "crisis",
    category: "burden",
    pattern: ja(
      "(?:いなければ|いなくなれば|いなかったら|いなくなったら|いなきゃ)[^.]{0,12}?(?:片付|かたづ|解決|済む|すむ|丸く|収ま|おさま|うまくいく|上手くいく|回る)(?![^.,]{0,3}(?:ない|なかっ|ません))|(?:生きてる|生きている|生きてて|存在(?:する|してる|している))(?:だけで|ことが|こと自体が)(?:迷惑|負担|邪魔|罪)",
    ),
  },
  {
    // ゲームのアカウント、全部譲った。もう使わないから: things given up as no longer needed.
    id: "ja.preparation.no-longer-needed",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: ja(
      `(?:全部|ぜんぶ|すべて|全て|みんな|何もかも|大事な|大切な|アカウント|アカ|コレクション|宝物|フィギュア|グッズ)[^]{0,14}?${LET_GO}[^]{0,16}?${NO_LONGER}`,
    ),
  },
  {
    // いなくなる前に片付けておきたくて: tidying up before being gone.
    id: "ja.preparation.before-gone",
    level: "crisis",
    category: "preparation",
    pattern: ja("いなくなる(?:前|まえ)に"),
  },
  {
    // 予約投稿しといた。俺がいなくなった後に流れるように: arranged to arrive afterwards.
    id: "ja.preparation.after-gone-arranged",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `(?:いなくなった|消えた|死んだ)(?:あと|後)(?:に|で)?[^.]{0,12}?(?:流れる|届く|読まれ|公開され|投稿され|送信され|表示され|読んで(?:もらえ|ほし)|見つけて)|予約投稿[^]{0,24}?(?:いなくなった|消えた|死んだ)(?:あと|後)`,
    ),
  },
  {
    // 家の鍵は…あとで見つけてもらえるように: left to be found afterwards.
    id: "ja.preparation.found-later",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `(?:あとで|後で|後から|あとから|いずれ|いつか)(?:誰かに|だれかに|家族に|${FAMILY}に)?(?:見つけて|みつけて|発見して|気づいて)(?:もらえる|もらう|くれる|ほしい)(?:ように|ため|と思)`,
    ),
  },
  {
    // 通帳と印鑑の場所を紙に書いて仏壇の前に置きました: papers laid out for the family.
    id: "ja.preparation.documents",
    level: "concern",
    category: "preparation",
    pattern: ja(
      "(?:通帳|印鑑|実印|保険証書|保険の書類|権利証|パスワード|暗証番号)[^.]{0,16}?(?:紙に書|メモ(?:し|に)|書き残|書き出|一覧に|まとめ)[^.]{0,14}?(?:置き|置い|残し|渡し|わかるように)",
    ),
  },
  {
    // もう思い残すことはありません: nothing left undone (a joyful one is lowered below).
    id: "ja.farewell.nothing-left",
    level: "concern",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "(?:思い残す|思いのこす|心残り|やり残した)(?:こと|事)?(?:は|も)?(?:もう)?(?:何も)?(?:ない|無い|ありません|ねえ|なくなった|ございません)|(?:この世に)?未練(?:は|も)?(?:もう)?(?:ない|無い|ありません)",
    ),
  },
  {
    // 借りていた本を返し…これで身軽になりました: debts settled, "now I'm free".
    id: "ja.preparation.settled-debts",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: ja(
      "借り(?:て(?:い)?た|た|てる)[^.]{0,14}?(?:返し|返却|返済|送り|送っ|返っ)[^]{0,60}?(?:これで|もう)[^.]{0,4}?(?:身軽|思い残す|心残り|やり残し|未練)",
    ),
  },
  {
    // お世話になりました。亡き母のところへ行きます。さようなら.
    id: "ja.farewell.going-to-the-dead",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `(?:亡き|亡くなった|死んだ|先に逝った|天国の|あの世の)[^.,]{0,8}?(?:のところ|のとこ|の所|のそば|のもと|の元)(?:に|へ)[^.]{0,4}?(?:行き(?:ます|たい)|行く(?:ね|よ|わ|から|つもり|(?=$|[.,!]))|逝)|お世話になりました[^]{0,30}?(?:さようなら|さよなら|先に(?:行|逝)|行きます)|(?:さようなら|さよなら)[^]{0,6}?お世話になりました`,
    ),
  },
  {
    // 兄が「お前なんか殺してやる」と言って物を投げてきます: threats and things thrown.
    id: "ja.danger-at-home.threats-and-throwing",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:が|は|に|から)[^.]{0,30}?(?:殺してやる|殺すぞ|ぶっ殺|ぶち殺|殺されたいのか|殺す」|殺すって)|${FAMILY}(?:が|は|に|から)[^.]{0,24}?(?:物|もの|皿|食器|椅子|いす|灰皿|リモコン|茶碗|コップ|瓶|缶|ペットボトル|時計|スマホ|包丁)(?:を|が)?[^.]{0,3}?(?:投げ(?:て(?:くる|きます|きた|きて|こられ)|つけ(?:て|られ|る)|られ)|ぶつけ(?:て(?:くる|きた|きます)|られ))`,
    ),
  },
  {
    // 夜中に家から追い出された: shut out of the home.
    id: "ja.danger-at-home.shut-out",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `(?:家|うち|実家|自宅|玄関)(?:から|の外に|の外へ|を)?(?:追い出され|締め出され|閉め出され|放り出され|叩き出され)(?!そう|ない|たら|ると|かけ)|${FAMILY}(?:に|から)(?:家から)?(?:追い出され|締め出され|閉め出され)(?!そう|ない|たら|ると|かけ)`,
    ),
  },
  {
    // 寝ている母の首に手をかけそうになりました: the urge to harm a parent.
    id: "ja.danger-at-home.urge-to-harm",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}の(?:首|喉|のど)(?:に|を)[^.]{0,4}?(?:手をかけ|手を掛け|絞め|締め|しめ)(?:そう|て(?:しま)?いそう|たくな|かけ|てしまっ|ちゃっ)|${FAMILY}(?:に|を)手を(?:かけ|掛け)(?:そう|てしま|たくな|かけ)`,
    ),
  },
  {
    // 自分が何をするか怖い: afraid of losing control (a question, not a crisis alone).
    id: "ja.distress.losing-control",
    level: "concern",
    category: "distress",
    pattern: ja(
      "何を(?:する|しでかす|してしまう)か(?:わから|分から|わかん)?[^.]{0,4}?(?:怖|こわ|不安)",
    ),
  },
  {
    // この先も何かが変わるとは思えません: no change ahead.
    id: "ja.hopelessness.nothing-will-change",
    level: "concern",
    category: "hopelessness",
    negatable: false,
    pattern: ja(
      "(?:何も|なにも)変わらない(?:気がする|と思う|まま)|(?:この先|これから)(?:も)?(?:何か|なにか)?(?:が)?変わる(?:とは|気が)(?:思えない|思えません|しない|しません)|ずっと(?:この(?:部屋の)?まま)(?:なんだろう|なのかな|だと思う)",
    ),
  },
  {
    // 腕をカッターで少しだけ切った: a cut with the tool named.
    id: "ja.self-harm.cut-with",
    level: "concern",
    category: "self-harm",
    pattern: ja(
      "(?:腕|うで|手首|てくび|太もも|ふともも|二の腕|脚)を(?:カッター|カミソリ|剃刀|ナイフ|刃|はさみ|ハサミ|針|コンパス)で[^.]{0,8}?(?:切っ|切り|傷つけ|刺し)",
    ),
  },

  {
    // 看取ったら、わしもそっちへ行く: joining the dead, said as going "over there".
    id: "ja.plan.join-them",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?:${SELF})?も(?:すぐに?)?(?:そっち|あっち|向こう|同じ(?:ところ|とこ|場所)|そちら|あちら)(?:に|へ)(?:行|い|逝)(?:く(?:つもり|ね|わ|から|よ(?!う)|(?=$|[.,!]))|きます|こう|きたい)`,
    ),
  },
  {
    // 母を見送ったら、私の役目も終わりです: nothing left to live for after a death.
    id: "ja.hopelessness.role-ends",
    level: "crisis",
    category: "hopelessness",
    pattern: ja(
      "(?:看取|見送|送り出|亡くな|逝)(?:ったら|った後|ったあと|ってから)[^.]{0,12}?(?:役目|役割|生きる意味|生きる理由|出番)(?:も|は)?(?:終わり|おしまい|なくなる|ない|無い|ありません)",
    ),
  },
  {
    // ママのお葬式終わったらうちも死ぬ: dying, announced after a condition.
    id: "ja.plan.after-then-die",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?:たら|だら|てから|後|あと)[^.]{0,6}?${SELF}(?:も|は)(?:一緒に|すぐ|後から)?死(?:ぬ|にます|のう)(?=$|[.,!]|わ|ね|よ(?!う)|から|つもり)`,
    ),
  },
  {
    // 来月の給料日までって決めてる。それが最後: a deadline set on living.
    id: "ja.plan.deadline",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "まで(?:と|って)決め(?:て|た|ました)[^]{0,20}?(?:それが最後|それで最後|それ以上(?:は)?生き|それで終わり|最後の日)",
    ),
  },
  {
    // あとは私がいなくなるだけ: all is ready but the going.
    id: "ja.preparation.only-going-left",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `あとは(?:${SELF}(?:が|は)?)?(?:いなくなる|消える|死ぬ|逝く|実行する|決行する)だけ`,
    ),
  },
  {
    // 私がいなくなってもご飯もらえるように: arranging for when the person is gone.
    id: "ja.preparation.when-i-am-gone",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `${SELF}(?:が|は)?(?:いなくなって(?:も)?|いなくなった(?:ら|あと|後)(?:も)?|消えて(?:も)?|消えた(?:ら|あと|後)(?:も)?)[^.]{0,16}?(?:ように|困らない|大丈夫な)`,
    ),
  },
  {
    // 保険の受取人を母に変えました。これで少しは役に立てる.
    id: "ja.preparation.insurance",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      "受取人[^]{0,40}?(?:役に立て|恩返し|親孝行|迷惑料|お金が入る|お金が残る|少しは返せ)",
    ),
  },
  {
    // 遺影の写真を選んでおいた, 受取人を変えた: affairs put in order (a question alone).
    id: "ja.preparation.end-of-life-affairs",
    level: "concern",
    category: "preparation",
    pattern: ja(
      "遺影(?:に使う|用の|にする)?(?:写真)?[^.]{0,8}?(?:選んで|選んだ|選び|撮って|撮った|決めて|用意し)|(?:保険|生命保険)(?:の)?受取人[^.]{0,10}?(?:変え|変更|にし)",
    ),
  },
  {
    // 長い間ありがとうございました。もう会うことはないと思います.
    id: "ja.farewell.never-meet-again",
    level: "crisis",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "もう(?:二度と)?(?:会う|会える|お会いする|話す|話せる|連絡する)こと(?:は|も)?(?:ない|ありません|ございません|ないでしょう)",
    ),
  },
  {
    // 父が酔って首を絞めてきた: a family member's violence, from their side.
    id: "ja.danger-at-home.family-attacks",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:が|は)[^.]{0,20}?(?:首を(?:絞め|締め)|殴(?:って|り(?:かか|つけ))|蹴(?:って|り(?:つけ|飛ばし))|(?:怒鳴り?ながら|怒鳴って)[^.]{0,4}?(?:叩いて|殴って|蹴って)|突き飛ばし|押し倒し|髪を(?:つかん|掴ん|引っ張)|胸ぐらを(?:つかん|掴ん))(?:て)?(?:きた|くる|きます|きました|きて|ます|ました|た(?=$|[.,!]))`,
    ),
  },
  {
    // ベランダの手すり、毎晩見ちゃう。ここからならって.
    id: "ja.means.from-here",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:ベランダ|屋上|窓|橋|手すり|柵|ホーム|線路|崖|\\d+階)[^]{0,30}?ここ(?:から|で)(?:なら|だったら)(?:って|いける|行ける|死ね|確実|楽|(?=$|[.,!]))",
    ),
  },
  {
    // インスリン一気に打ったら死ねる？: any means, all at once, and death.
    id: "ja.method-question.all-at-once",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      "(?:一気に|全部|ぜんぶ|まとめて|大量に|たくさん)[^.]{0,6}?(?:打っ|飲ん|注射し|吸っ|食べ)(?:たら|だら)[^.]{0,6}?(?:死ね(?:る|ます)|死ぬ(?:の|かな|って|んですか|ん)|逝け)",
    ),
  },
  {
    // 車庫でエンジンかけたまま寝ようと思う: exhaust in a closed garage.
    id: "ja.means.exhaust",
    level: "crisis",
    category: "means",
    pattern: ja(
      "(?:車庫|ガレージ|閉め切った|締め切った|目張り)[^.]{0,12}?エンジン(?:を)?(?:かけ|掛け)(?:た)?まま[^.]{0,6}?(?:寝|眠|いよう|過ごそう|待)",
    ),
  },
  {
    // 父の猟銃の保管庫の鍵の場所を知ってしまった: access to a gun.
    id: "ja.means.gun-access",
    level: "concern",
    category: "means",
    pattern: ja(
      "(?:猟銃|銃|ライフル|散弾銃)[^.]{0,12}?(?:鍵|弾)[^.]{0,10}?(?:知って|見つけ|手に入|持ち出)",
    ),
  },
  {
    // 苦しまずに逝ける方法: the way asked for with 逝く.
    id: "ja.method-question.how-to-go",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      "逝(?:ける|く)(?:方法|やり方|手段|薬|場所)|苦しまずに(?:死|逝)|(?:楽に|確実に|静かに)逝",
    ),
  },
  {
    // ドアノブでいけるかな: a known method of hanging asked about. Alone a question; with a
    // rope or a time in the last messages, the context makes it a crisis.
    id: "ja.method-question.doorknob",
    level: "concern",
    category: "method-question",
    pattern: ja(
      "ドアノブ(?:で|に|を使って|なら)[^.]{0,10}?(?:いける|いけ|できる|でき|首|吊|つる|かけ|死ね)",
    ),
  },
  {
    // 私の人生も終わりにしようと思っております, 人生を終わらせる: a life as what is ended.
    id: "ja.plan.end-a-life",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?<!ゲーム|オタク|独身|学生|社会人|選手|現役|会社員|サラリーマン|ニート|引きこもり|ひきこもり)(?:人生|命|この命|生涯)(?:を|も)?(?:もう|いっそ|そろそろ)?${END_IT}${INTENT}`,
    ),
  },
  {
    // すべてに区切りをつけるつもりです: settling everything.
    id: "ja.plan.settle-everything",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `(?:すべて|全て|全部|ぜんぶ|何もかも|なにもかも|自分|人生)(?:に|の)?(?:区切り|けじめ|片|かた|決着|けり)を(?:つけ|付け)(?:る|ます|よう)${INTENT}`,
    ),
  },
  {
    // 睡眠薬、捨てずに取ってあります。いざという時のために.
    id: "ja.means.kept-for-when",
    level: "crisis",
    category: "means",
    pattern: ja(
      `(?:${MEDS}|ロープ|縄|練炭)[^]{0,30}?いざという(?:時|とき)|いざという(?:時|とき)(?:のため|用)に?[^.]{0,10}?(?:${MEDS}|ロープ|縄|練炭)`,
    ),
  },
  {
    id: "ja.means.kept",
    level: "concern",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を|は|も)?,?[^.]{0,8}?(?:捨てずに|こっそり)[^.]{0,4}?(?:取って|とって|残して|隠して)(?:あ|お)`,
    ),
  },
  {
    // 近所の橋、高さ何メートルあるか調べた: the height of a place looked up.
    id: "ja.means.height-checked",
    level: "concern",
    category: "means",
    pattern: ja(
      "(?:橋|ビル|マンション|屋上|崖|建物|団地|鉄橋|歩道橋)[^.]{0,10}?(?:高さ|何メートル|何m|何階)[^.]{0,10}?(?:調べ|測|確認|確かめ)",
    ),
  },
  {
    // 死亡後の手続きを全部メモにして母に渡しました: arrangements for one's own death.
    id: "ja.preparation.after-death-papers",
    level: "crisis",
    category: "preparation",
    pattern: ja(
      `(?<!(?:${FAMILY}|親|両親)の)(?:死亡後|死後|${SELF}が死んだ(?:後|あと)|${SELF}が亡くなった(?:後|あと))の(?:手続き|こと|処理|片付け|段取り)[^]{0,30}?(?:渡し|残し|置い|置き|書き残)`,
    ),
  },
  {
    // データ全部消して、スマホも初期化した。あとは何も残ってない.
    id: "ja.preparation.nothing-left-behind",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: ja(
      "(?:全部|ぜんぶ|すべて|全て)[^.]{0,10}?(?:消し|削除し|初期化し|処分し|捨て)[^]{0,30}?(?:あとは|もう)(?:何も)?(?:残って(?:い)?ない|残ってません|やることはない|やることもない)",
    ),
  },
  {
    // 金魚、隣の子にあげた。もう世話できなくなるから.
    id: "ja.preparation.cannot-care-soon",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: ja(
      "もう(?:世話|面倒)(?:が|を|も)?(?:でき|見られ|見れ|みれ|見てあげられ)なくなる(?:から|ので|し|んで|(?=$|[.,!]))",
    ),
  },
  {
    // これまで支えてくださった皆様、ありがとうございました。さようなら.
    id: "ja.farewell.thanks-goodbye",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:今まで|これまで|長い間|長いあいだ|皆様|みなさま|みなさん)[^]{0,30}?ありがとう[^]{0,10}?(?:さようなら|さよなら|さいなら|ばいばい)",
    ),
  },
  {
    id: "ja.farewell.thanks-goodbye-plain",
    level: "concern",
    category: "farewell",
    pattern: ja(
      "ありがとう(?:ございました|な|ね)?[.,\\s]{0,3}(?:さようなら|さよなら|さいなら)|(?:さようなら|さよなら|さいなら)[.,\\s]{0,3}(?:みんな|皆)?[^.]{0,4}?ありがとう",
    ),
  },
  {
    // 俺のことは忘れてくれ: asking to be forgotten.
    id: "ja.farewell.forget-me",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `${SELF}のこと(?:は|なんて|なんか)?(?:もう)?(?:忘れて(?:くれ|ください|ほしい|ね|いい)|探さないで)`,
    ),
  },
  {
    // 今まで迷惑かけてごめんなさい。もう迷惑はかけません.
    id: "ja.farewell.no-more-trouble",
    level: "crisis",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "(?:今まで|これまで)[^.]{0,8}?(?:迷惑|心配|苦労)(?:を|ばかり|ばっかり)?(?:かけて|掛けて)(?:ごめん|すみません|申し訳)[^]{0,20}?もう(?:二度と)?(?:迷惑|心配)(?:は|を|も)?(?:かけ|掛け)(?:ません|ない)",
    ),
  },
  {
    // 飛び降りるなら何階以上あれば確実ですか: a height asked for.
    id: "ja.method-question.height",
    level: "crisis",
    category: "method-question",
    pattern: ja(
      "(?:飛び降り|落ち)(?:る|た)?(?:なら|とき|時|場合)?[^.]{0,6}?(?:何階|何メートル|何m|どのくらいの高さ|どれくらいの高さ)[^.]{0,10}?(?:確実|死ね|死ぬ|助からない)|(?:何階|何メートル)(?:以上)?[^.]{0,8}?(?:確実に死|死ねる|助からない)",
    ),
  },
  {
    // 今度の日曜で最後にするわ: a last time on a date (also habits given up): a question.
    id: "ja.plan.timed-last-time",
    level: "concern",
    category: "plan",
    pattern: ja(
      `(?:${WHEN}|${LIFE_DAY})(?:の(?:朝|夜|昼|夕方|日|晩))?(?:で|を|が)最後に(?:する|します|しよう)(?:つもり|と(?:思って|決め)|って決め|(?=$|[.,!]|ね|わ|から))`,
    ),
  },
  {
    // 推しの誕生日まで生きたら…そこで終わりにする: living up to a date, then the end.
    id: "ja.plan.live-until",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `まで(?:は)?生き(?:たら|て(?:から|み|それで))[^]{0,30}?(?:${END_IT}|もういい|死|消え|逝)`,
    ),
  },
  {
    // 私の役目は終わりです。そのあとは消えます.
    id: "ja.plan.then-vanish",
    level: "crisis",
    category: "plan",
    pattern: ja(
      "(?:そのあと|その後|それから|終わったら|済んだら|見送ったら|看取ったら)(?:は|で)?,?(?:もう)?(?:消え|いなくな|逝)(?:ます|る(?:ね|わ|よ(?!う)|から|つもり|(?=$|[.,!]))|ようと|よう(?=$|[.,!]))",
    ),
  },
  {
    // 母が施設に入ったら、私の役目は終わり: a life's role ended (a question alone).
    id: "ja.hopelessness.role-over",
    level: "concern",
    category: "hopelessness",
    pattern: ja(
      `(?:たら|だら|後は?|あとは?)[^.]{0,12}?(?:${SELF}の)?(?:役目|役割|出番)(?:も|は)?(?:終わり|おしまい|なくなる|ない|無い|ありません)`,
    ),
  },
  {
    // ODする用の薬: pills kept for an overdose.
    id: "ja.means.od-supply",
    level: "crisis",
    category: "means",
    pattern: ja("(?<![a-z])od(?:する)?(?:用|のため|するため|する分|の分)"),
  },
  {
    // 縄、ベッドの下に隠してる: a means hidden in the room.
    id: "ja.means.hidden",
    level: "concern",
    category: "means",
    pattern: ja(
      `(?:ロープ|縄|紐|練炭|${MEDS}|包丁|ナイフ|刃物)(?:を|は|も)?,?[^.]{0,10}?(?:隠して|隠し持って|しまって)(?:る|ある|いる|ます|あります)`,
    ),
  },
  {
    // 父が母を殴る: violence between others at home, witnessed.
    id: "ja.danger-at-home.witnessed",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:が|は)[^.]{0,12}?${FAMILY}(?:を|に)[^.]{0,4}?(?:殴(?:る|っ|り)|蹴(?:る|っ|り)|首を(?:絞め|締め)|突き飛ばし|暴力)`,
    ),
  },
  {
    // 親が亡くなった後、自分がどうなるのか: the 8050 fear of life after the parents.
    id: "ja.distress.after-parents",
    level: "concern",
    category: "distress",
    pattern: ja(
      `(?:${FAMILY}|親)が(?:亡くなった|死んだ|いなくなった)(?:後|あと|ら)[^.]{0,4}?${SELF}(?:が|は)?(?:どうなる|どうやって|どう生き|生きていけ)`,
    ),
  },
  // --------------------------------------------------------------- distress (concern)
  {
    // "I'm not safe", in words rather than with the safety question's button, or unprompted.
    // A road, a medicine or a building that is not safe has its noun before 安全.
    id: "ja.distress.not-safe",
    level: "crisis",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:^|[.,\\s]|(?:わたし|私|僕|ぼく|俺|おれ|自分|うち|あたし)(?:は|、|,)?|(?:今|いま)(?:は|、|,)?|ぜんぜん|全然|まったく|全く)安全(?:じゃない|じゃありません|ではない|ではありません|じゃねえ|ちゃう)",
    ),
  },
  {
    id: "ja.distress.tsurai",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:つらい|辛い|つれえ|しんどい|くるしい|苦しい|きつい|(?:つら|辛|しんど|苦し|くるし|きつ)(?:すぎ|過ぎ)|(?:つら|辛|しんど|苦し|きつ)か(?=$|[.,!\\s]|よ|ね|ばい|けん|わ)|限界|げんかい|もう無理|もうむり|もう駄目|もうだめ|もうあかん|もう(?:耐えられない|たえられない|耐えられん|もたない|持たない)|たすけて|助けて|疲れ果て|つかれはて|絶望|ぜつぼう|楽になりたい|楽にして|もう(?:疲れ|つかれ)(?:た|ちゃった|ました))",
    ),
  },
  {
    id: "ja.distress.worthless",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:誰にも|だれにも|誰からも)(?:必要とされ|ひつようとされ|愛され|あいされ|求められ)(?:て|てい)?(?:ない|ません)|(?:自分|私|僕|俺)(?:なんて|なんか)(?:価値|かち)(?:が)?(?:ない|無い)|(?:自分|私|僕|俺)(?:が|は)?(?:嫌い|きらい|大嫌い)|存在価値(?:が|は)?(?:ない|無い)",
    ),
  },
  {
    // Days without sleep: a warning sign worth a question, not a crisis alone.
    id: "ja.distress.no-sleep",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:\\d+|何|数|一|二|三|四|五|六|七)(?:日|晩|週間)(?:くらい|ぐらい|ほど|以上|も|間|連続)?(?:で)?,?(?:まともに|ろくに|ほとんど|ほぼ|全然|ぜんぜん|ちゃんと|まとまって|あまり)?(?:寝て|寝れて|眠れて|ねれて|寝られて|眠って|ねむれて)(?:い|おり)?(?:ない|ねえ|ません)|一睡も(?:でき|して|し)(?:ない|てない|なかった|ません)|(?:寝れ|眠れ|ねむれ|ねれ|寝られ)なく(?:なった|なってる|なって(?:きた|る|いる))|(?:全然|ぜんぜん|まったく|ずっと|毎晩|ほとんど|まともに|ろくに)(?:寝れ|眠れ|ねむれ|ねれ|寝られ)(?:ない|てない|ていない|ません)",
    ),
  },
  {
    // Days without eating.
    id: "ja.distress.not-eating",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:\\d+|何|数|一|二|三)(?:日|食)(?:くらい|ぐらい|ほど|以上|も|間|連続)?,?(?:まともに|ろくに|ほとんど|何も|なにも|(?:ご飯|ごはん|飯|食事)(?:を|も)?)?(?:食べて|食べれて|食べられて|食って|口にして)(?:い)?(?:ない|ねえ|ません)|(?:ほとんど|ろくに|まともに|全然|ぜんぜん|まったく|(?<!まだ|今日は?|朝から|朝は|昼は)何も|(?<!まだ|今日は?|朝から|朝は|昼は)なにも)(?:ご飯|ごはん|飯|食事)?(?:を|も)?(?:食べて(?:い)?ない|食べれて(?:い)?ない|食べられて(?:い)?ない|食べられない|食べれない|食って(?:い)?ない|食べる気(?:が|も)?(?:しない|起きない)|喉を通らない|のどを通らない)|食欲(?:が|も)?(?:全然|ぜんぜん|まったく|ずっと|一切)(?:ない|無い|わかない|湧かない|出ない)|食欲(?:が|も)?(?:わかない|湧かない)|(?:ご飯|ごはん|食べ物|食事|何も)(?:が|も)?(?:喉|のど)を通らない",
    ),
  },
  {
    // Nothing is enjoyable any more.
    id: "ja.distress.anhedonia",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "何も(?:楽しくない|たのしくない|楽しめない|楽しいと思えない|感じない|感じられない|心が動かない)|何(?:を|に)?(?:しても|やっても)楽しくない",
    ),
  },
];

/**
 * Rules of one level and category that no override singles out, run as one pattern: every
 * rule costs a pass over the message, so the compositional families share passes.
 */
const MERGED_RULES: Readonly<Record<string, readonly string[]>> = {
  "ja.plan.unnamed-end": [
    "ja.plan.follow-the-dead",
    "ja.plan.means-end",
    "ja.plan.elliptical-place",
    "ja.plan.join-them",
    "ja.plan.deadline",
    "ja.plan.live-until",
    "ja.plan.then-vanish",
    "ja.plan.settle-everything",
  ],
  "ja.means.readied": [
    "ja.means.stockpile-slowly",
    "ja.means.take-all-if",
    "ja.means.od-supply",
    "ja.means.exhaust",
  ],
  "ja.means.at-hand": [
    "ja.means.car-keys",
    "ja.means.pill-store",
    "ja.means.hidden",
    "ja.means.gun-access",
  ],
  "ja.method-question.phrased": [
    "ja.method-question.all-at-once",
    "ja.method-question.how-to-go",
    "ja.method-question.height",
  ],
  "ja.preparation.set-in-order": [
    "ja.preparation.only-going-left",
    "ja.preparation.insurance",
    "ja.preparation.after-death-papers",
  ],
  "ja.danger-at-home.acts-by-family": [
    "ja.danger-at-home.threats-and-throwing",
    "ja.danger-at-home.shut-out",
    "ja.danger-at-home.family-attacks",
  ],
  "ja.danger-at-home.harm-urges": ["ja.danger-at-home.urge-to-harm", "ja.danger-at-home.witnessed"],
};

function mergeRules(rules: readonly RiskRule[]): RiskRule[] {
  const groupOf = new Map<string, string>();
  for (const [group, ids] of Object.entries(MERGED_RULES)) {
    for (const id of ids) groupOf.set(id, group);
  }
  const merged = new Map<string, RiskRule>();
  const out: RiskRule[] = [];
  for (const rule of rules) {
    const group = groupOf.get(rule.id);
    if (group === undefined) {
      out.push(rule);
      continue;
    }
    const seen = merged.get(group);
    if (seen === undefined) {
      const first: RiskRule = { ...rule, id: group };
      merged.set(group, first);
      out.push(first);
    } else {
      if (seen.level !== rule.level || seen.category !== rule.category) {
        throw new Error(`cannot merge ${rule.id} into ${group}`);
      }
      seen.pattern = new RegExp(`${seen.pattern.source}|${rule.pattern.source}`, "gu");
    }
  }
  return out;
}

/** Japanese risk rules. */
export const JA_RULES: readonly RiskRule[] = mergeRules(JA_RULE_LIST);

// ------------------------------------------------------------------- overrides

const NEGATION_AFTER = jaRe(
  "^(?:[られ]{0,2}(?:る|た|て|ている|てる|ていた|てた))?(?:気持ち|きもち|気|つもり|予定|思い|こと|事)?(?:とは|なんて|なんか|とか|って|は|も|ような|ようには|ってことは|わけ|訳)?(?:全然|ぜんぜん|まったく|別に|べつに|絶対|ぜったい)?(?:思わ|おもわ|思って(?:い)?な|おもって(?:い)?な|思いませ|思ってませ|考えて(?:い)?な|考えませ|しな|しませ|しねえ|ない|無い|ありませ|ねえ|じゃな|ではな|でもな|(?:わけ|訳)(?:じゃ|では|でも)な)",
);

const BARE_DEATH = ruleIds("ja.distress.shinu", "ja.distress.korosareru");

const EMBARRASSED_AFTER = jaRe(
  "^(?:くらい|ぐらい|ほど)(?:に)?(?:恥ずかし|はずかし|気まずい|きまずい|照れ|眠|ねむ|暑|あつ|寒|さむ|だる)",
);
const TASK_SENTENCE = jaRe(
  "作業|仕事|課題|宿題|ゲーム|会話|この話|関係|片付け|掃除|勉強|レポート|バイト|配信|レベル|ステージ|連載|シリーズ|ドラマ|アニメ",
);
const SUICIDE_TOPIC_AFTER = jaRe(
  "^(?:の)?(?:防止|予防|対策|統計|率|者数|問題|報道|ニュース|相談窓口|相談|について調べ|のニュース|の記事|遺族|遺児)",
);

const DEGREE_AFTER = jaRe(
  "^(?:ほど|くらい|ぐらい|程|かと思|かとおも|かと|気で|気がする|思いで|思いを|思いした|ような思い|ように|みたいに|ふり|振り|魚の目)",
);

const CAUSE_BEFORE = jaRe(
  "(?:暑|あつ|寒|さむ|眠|ねむ|ねみ|泣き|なき|腹(?:が)?減っ|はら(?:が)?へっ|腹へっ|お腹(?:が)?(?:空い|すい|へっ|減っ)|おなか(?:が)?(?:すい|へっ|空い)|疲れ|つかれ|忙し|いそがし|笑|わら|恥ずかし|はずかし|尊|とうと|可愛|かわい|うま|美味|おいし|暇|ひま|痛|だる|緊張し|退屈|つまらな|面白|おもしろ|好き|すき|楽し|たのし|嬉し|うれし|多|おお|臭|くさ|うるさ|寝不足|筋肉痛|待ちきれな|楽しみ|最高|さいこう|やば|えも|感動|尊死|溶け|とけ|ぶつけ|挟ん|はさん|攣っ|つっ|踏ん|ふん|転ん|ころん)(?:く|すぎ|い|さ)?(?:て|で)?(?:もう|まじ|まじで|ほんと|本当に|一瞬|いっしゅん|普通に)?$|(?:尊|とうと|可愛|かわい|最高|さいこう|やば|えも|好き|すき)(?:い|すぎ|さ|[.,\\s])*[.,\\s]$",
);

const LAUGH_AFTER = jaRe("^(?:w+|笑|lol|わら|草)(?![a-z])");
const LAUGH_BEFORE = jaRe("(?:笑|lol|w)\\s?$");

const TASK_BEFORE = jaRe(
  "(?:課題|宿題|仕事|バイト|締め切り|締切|しめきり|テスト|試験|上司|部活|レポート|残業|家事|育児|推し|暑さ|寒さ|会議|授業|納期|勉強|練習|筋トレ|ボス|敵|ゲーム|キャラ|ゾンビ|モンスター|プレイヤー)(?:に|で|から)[^.,]{0,6}$",
);

const CAUGHT_BEFORE = jaRe(
  "(?:ばれ|見つか|みつか|知られ|しられ|見られ|みられ|見せ|みせ|遅刻し|ちこくし|忘れ|わすれ|落とし|壊し|こわし|失くし|なくし|負け|まけ|落ち|おち|サボっ|さぼっ|寝坊し|知っ|しっ|気づかれ|聞かれ|使いすぎ|食べ)(?:たら|れば|ると|ちゃったら)[^.]{0,15}$",
);

const FOOD_OR_CLOTHES = jaRe(
  "カレー|ラーメン|料理|味|激辛|辛口|唐辛子|スパイス|ソース|麺|ご飯|食べ|たべ|キムチ|わさび|からし|お腹いっぱい|満腹|服|ズボン|靴",
);

const GAME_SENTENCE = jaRe(
  "ゲーム|キャラ|ボス|ラスボス|敵|ステージ|プレイ|ガチャ|ゾンビ|モンスター|残機|ざんき|リスポーン|復活|死にゲー|エルデン|ダクソ|マイクラ|ポケモン|フォートナイト|apex|fps|rpg|game|\\d+回|何回|なんかい|何度|なんど|ランク|バトル|対戦|ホラゲ|エペ|マリオ|スプラ|漫画の中|ドラマの中|アニメの中",
);

const OBJECT_BEFORE = jaRe(
  "(?:スマホ|バッテリー|電池|でんち|充電|携帯|けいたい|パソコン|pc|車|くるま|エンジン|hdd|ssd|回線|wi ?fi|ネット|インターネット|lan|サーバー|鯖|ブラウザ|キーボード|マウス|スピーカー|ゲーム機|switch|スイッチ|ps\\d|エアコン|電球|時計|カメラ|電子レンジ|レンジ|炊飯器|自転車|バイク|ストーブ|ヒーター|ルーター|プリンター|テレビ|冷蔵庫|洗濯機|iphone|アイフォン|android|アプリ|電話|充電器|イヤホン|ヘッドホン|コントローラー|モニター|ディスプレイ|植物|花|観葉植物|サボテン)(?:の[^,.]{0,8})?(?:が|は|も)?(?:もう|完全に|また)?$",
);

const PERSON = anyOf([
  "友達",
  "友だち",
  "ともだち",
  "友人",
  "知り合い",
  "親友",
  "弟",
  "妹",
  "兄",
  "姉",
  "息子",
  "娘",
  "子ども",
  "子供",
  "こども",
  "うちの子",
  "彼氏",
  "彼女",
  "夫",
  "妻",
  "旦那",
  "嫁",
  "母",
  "父",
  "親",
  "両親",
  "母親",
  "父親",
  "お母さん",
  "お父さん",
  "祖母",
  "祖父",
  "おばあちゃん",
  "おじいちゃん",
  "同僚",
  "先輩",
  "後輩",
  "クラスメイト",
  "同級生",
  "あの子",
  "その子",
  "いとこ",
  "孫",
  "知人",
  "ネッ友",
  "ネット友達",
  "ネットの友達",
  "フォロワー",
  "相互さん",
  "相互",
  "推し",
  "my (?:best )?(?:friend|son|daughter|brother|sister|mom|mum|dad|boyfriend|girlfriend|husband|wife|kid|child)",
]);
const PET = anyOf([
  "猫",
  "ねこ",
  "犬",
  "いぬ",
  "ペット",
  "ハムスター",
  "うさぎ",
  "鳥",
  "金魚",
  "飼ってた[^,.]{0,6}",
  "飼っていた[^,.]{0,6}",
]);

// A third party, then a particle, then at most a few characters without a first person or
// a turn of the sentence (けど, のに) before the risk phrase.
const THIRD_PARTY_CLAUSE = jaRe(
  `${PERSON}\\s?(?:が|は|も|って)(?:[「『\\s]|最近|さいきん|よく|また|ずっと|毎日|いつも|時々|ときどき|急に|本気で|本当に|ほんとに|もう|しきりに|たまに|夜中に|夜になると)*$`,
);
const THIRD_PARTY_SENTENCE = jaRe(`${PERSON}\\s?(?:が|は|も|って)`);
const REPORTED_AFTER = jaRe(
  "^」?(?:って|と)(?:よく|いつも|最近|たまに|しきりに)?(?:言って(?:る|いる|います|た|ました)|言う|いう|ゆう|言います|話して|書いて|呟いて|つぶやいて|漏らして)|^[^.]{0,8}?(?:らしい|みたい|ようです|ようだ|そうです)",
);

function thirdPartySubject(ctx: MatchContext): boolean {
  if (THIRD_PARTY_CLAUSE.test(clauseBefore(ctx))) return true;
  return THIRD_PARTY_SENTENCE.test(sentenceBefore(ctx)) && REPORTED_AFTER.test(ctx.after);
}

const DEAD_SUBJECT = jaRe(`(?:${PERSON}|${PET})(?:が|は|も)[^,.]{0,8}$`);
const COMPLETED = jaRe("死んだ|死んじゃった|死んで|亡くな");
const COMPLETED_AFTER = jaRe("^(?:した|しました|しちゃった|してしまった|して(?:しまい|亡くな))");

const PAST_MARKER = jaRe(
  "(?:昔|むかし|以前|(?<![名午直手寸])前|学生の頃|学生時代|(?:中学|高校|小学|大学)生?|若い頃|子供の頃|子どもの頃|こどもの頃|\\d+代(?:前半|後半)?(?:の頃)?|\\d+年前|数年前|何年も前|去年|昨年|ひと頃|一時期|いちじき|当時|あの頃|あのころ)(?:は|の頃は|のころは|の頃|のころ|の時|のとき|とき|時)",
);
const PAST_AFTER = jaRe(
  "^(?:と|って)?(?:思って(?:い)?た|思ってました|考えて(?:い)?た|した|して(?:い)?た)?(?:時期|頃|ころ|こと|とき|時)(?:も|が)(?:あった|ありました|ある|あります)",
);
const RESOLVED = jaRe(
  "(?:今は|もう)[^.]{0,4}?そういう(?:の|こと|気持ち|考え)(?:は|も)?(?:もう)?(?:ない|無い|なくな|ありません)|今は[^.]{0,12}?(?:生きてる|生きていける|生きられる|楽しい|大丈夫|平気)|今は(?:もう)?(?:大丈夫|だいじょうぶ|平気|へいき|落ち着|おちつ|そう(?:でもな|思わな|は思わな)|思わな|思ってな|ない|違う|元気|げんき|なんとか|まし|マシ|楽|幸せ|しあわせ|前向き|生きたい)|もう(?:大丈夫|平気|思わない|思ってない)|今はそう|乗り越え|克服|今は(?:もう)?(?:して(?:い)?ない|やって(?:い)?ない|やめ(?:た|られた|て))|落ち着い(?:た|てる|ている|てきた)|(?:過ぎ|すぎ|なっ|経っ|たっ)て(?:から)?[^.]{0,4}?(?:楽に|平気|大丈夫|まし|マシ)",
);
const STILL = jaRe(
  "今も|今でも|いまも|いまでも|まだ|また|最近|さいきん|再び|ぶり返|戻っ|もどっ|相変わらず|(?<!(?:昔|むかし|以前|当時|去年|昨年|代|頃|ころ|とき|時|時代|時期|年間)(?:は|の間は?)?)ずっと|今日も|昨日から",
);

function pastIdeation(ctx: MatchContext): boolean {
  const window = `${ctx.before}${ctx.match}${ctx.after}`;
  const marked = PAST_MARKER.test(sentenceBefore(ctx)) || PAST_AFTER.test(ctx.after);
  return marked && !STILL.test(window);
}

// A joyful "I could die now" (推しのライブ当たった！もう死んでもいい).
const JOY_BEFORE = jaRe(
  "(?:推し|ライブ|当たっ|当選|最高|幸せ|しあわせ|嬉し|うれし|尊|神|やった|優勝|勝った|合格|会えた|握手|サイン|チケット|ファンサ|認知|夢が叶|夢かな)[^]{0,24}$",
);

// Someone else is the one who would be better gone: 上司がいないほうが楽.
const OTHER_SUBJECT_END = jaRe(
  `(?:あなた|あんた|君|きみ|お前|おまえ|あいつ|こいつ|そいつ|あの人|あいつら|あの子|${PERSON}|上司|先生|店長|部長|課長|社長|客|アンチ|荒らし|他人|家族|みんな|皆|[^\\s.,]{1,10}(?:さん|くん|君|ちゃん|様))(?:が|は|も|って|なんて|なんか|さえ)?$`,
);

function windowOf(ctx: MatchContext): string {
  return `${ctx.before}${ctx.match}${ctx.after}`;
}

// The sentence of the match with the one before and the one after it.
function nearbySentences(ctx: MatchContext): string {
  const end = ctx.before.lastIndexOf(".");
  const start = end < 1 ? 0 : ctx.before.lastIndexOf(".", end - 1) + 1;
  const next = ctx.after.indexOf(".");
  const stop = next < 0 ? ctx.after.length : ctx.after.indexOf(".", next + 1);
  return (
    ctx.before.slice(start) + ctx.match + ctx.after.slice(0, stop < 0 ? ctx.after.length : stop)
  );
}

const DECLUTTER = jaRe(
  "断捨離|引っ越|ひっこし|ミニマリスト|金欠|お金(?:が)?(?:ない|なく|ほしい|欲しい|必要)|生活費|買い替え|飽き|部屋が狭|スペース|高く売れ|売れた|整理整頓|推し変",
);
const LETTER_OCCASION = jaRe(
  "母の日|父の日|誕生日|敬老|結婚|プレゼント|成人式|クリスマス|年賀|記念日|バレンタイン|文通",
);
const ACCOUNT_REASON = jaRe(
  "荒らし|アンチ|炎上|乗っ取|スパム|誹謗|ストーカー|デトックス|ネット断ち|依存|晒さ|特定|身バレ|粘着|ブロック|新しいアカ|作り直|機種変|整理|容量|ストレージ|断捨離|スッキリ|すっきり",
);
const HIGH_PLACE_ACTIVITY = jaRe(
  "弁当|お昼|昼ご飯|昼休み|ランチ|食べ|飲み|ビアガーデン|花火|星|天体|夜景|写真|撮影|洗濯|干し|布団|たばこ|タバコ|一服|休憩|授業|学校|会社|仕事|友達と|みんなで|バーベキュー|bbq|ライブ|デート|家族と|散歩|工事|点検|掃除|庭園|展望|観光|カフェ",
);
const JUKAI_VISIT = jaRe(
  "観光|ツアー|散策|動画|心霊|ゲーム|撮影|キャンプ|探検|ハイキング|ガイド|洞窟|風穴|氷穴|ドライブ|友達と|みんなで|youtube|配信|取材|自然|紅葉",
);
const LEAVING_FOR_LIFE = jaRe(
  "会社|職場|バイト|辞め|退職|引っ越|転勤|卒業|異動|引退|留学|実家に帰|旅行|出張|入院|グループ|サーバー|鯖|チーム|ギルド|クラン|配信|おやすみ|寝る",
);
const SEE_YOU_AGAIN = jaRe(
  "これからも|今後とも|(?<!来世で)またね|また明日|また来週|また話そう|またよろしく|来年も|退職|卒業|引っ越|最終回|送別|異動|転勤|おつかれ|お疲れ",
);
const DEATH_WORD = jaRe("来世|あの世|天国|さよう?なら|最後|最期|死|消え|いなくな");
const ACCIDENT = jaRe(
  "気合|うっかり|誤って|間違えて|アイロンがけ|料理|野菜|紙で|転んで|怪我|けが|ケガ|調理|手術|ヒゲ|髭|工作|爪切|事故|ピーラー|スライサー",
);
const NOT_EATING_REASON = jaRe(
  "ダイエット|断食|ファスティング|検査|手術|絶食|夏バテ|暑くて|風邪|熱が|胃|腹痛|二日酔い|歯|口内炎|お腹(?:が)?(?:すい|空い|へっ|減っ)|腹減",
);
const NOT_SLEEPING_REASON = jaRe(
  "楽しみ|楽しかった|オール|遊|わくわく|興奮|ゲーム|徹夜で|イベント|締め切り|締切|テスト|試験|課題|レポート|仕事|夜勤|赤ちゃん|育児|配信|周回|旅行|遠足",
);
const TASK_WINDOW = jaRe(
  "作業|仕事|課題|宿題|ゲーム|レポート|バイト|掃除|片付け|勉強|原稿|締め切り|締切|イベント|クエスト|周回|ダイエット|旅行|引っ越し|手続き|ミッション|作戦|計画を|プロジェクト|試合|ライブ|天気|晴れ|雨|雪|台風|食べ|飲み会|買い物|見に行|遊び",
);

const BODILY_OR_LIFE_RELIEF = jaRe(
  "整体|マッサージ|腰|肩|頭痛|腹痛|湿布|病院|治療|風邪|熱|花粉|鼻|歯|生理|筋肉痛|仕事(?:を)?辞め|退職|休職|有給|合格|卒業|終わったし|片付いた",
);
const ROPE_USE = jaRe(
  "荷造り|梱包|引っ越|段ボール|キャンプ|テント|洗濯|物干し|ゴミ|新聞|雑誌|資源|工作|手芸|diy|園芸|リード|縄跳び|なわとび|ハンモック|ロープワーク|登山|ボルダリング|荷物",
);

const FICTION_SENTENCE = jaRe(
  "アニメ|漫画|マンガ|ドラマ|映画|小説|主人公|ヒロイン|キャラ|最終回|原作|作中|ラノベ|登場人物",
);
const LAUGH_LATER = jaRe("^[^.]{0,12}?(?<![a-z])(?:w+|笑|lol|草)(?=$|[\\s.,])");
const SCHEDULE_WINDOW = jaRe(
  "予約|美容院|歯医者|病院|面接|買い物|旅行|遊び|映画|ライブ|デート|飲み会|引っ越|誕生日会|パーティ|ケーキ|髪|服|告白|手術|試験|受験|出発|帰省|配信を|投稿|動画|ゲーム|課題|宿題|仕事|バイト|作業|掃除|片付け|勉強|連載|ダイエット|禁煙|練習",
);
// A task named as what is ended: このゲーム、今日で終わりにする.
const TASK_OBJECT_BEFORE = jaRe(
  "(?:ゲーム|連載|配信|バイト|仕事|ダイエット|禁煙|練習|勉強|部活|シリーズ|ブログ|アカウント|趣味|関係|付き合い|片思い|この話|話し合い|喧嘩|けんか)(?:は|を|も|,)[^.,]{0,12}$",
);
const COOKING = jaRe(
  "料理|調理|切って|切ってた|野菜|肉|魚|台所|キッチン|研い|研ぎ|りんご|リンゴ|皮を|捌|さばい|夕飯|晩ご飯|ご飯を作|まな板",
);
const DEPICTED = jaRe(
  "描写|小説|漫画|マンガ|映画|ドラマ|アニメ|ニュース|記事|事件|シーン|場面|歌詞|曲|作品|ゲーム",
);
const AFFAIRS_REASON = jaRe(
  "結婚|出産|離婚|契約|見直し|更新|就職|転職|引っ越|手続き|年末調整|確定申告|親の|両親の|父の|母の|祖父|祖母",
);
const REPORTED_BY_OTHER = jaRe(
  `^[^.]{0,6}?(?:って|と)(?:${PERSON}|ネッ友|フォロワー)(?:が|から|に)[^.]{0,4}?(?:言|聞|話|相談)`,
);
const TASK_OBJECT_AFTER = jaRe(
  "^[^.]{0,3}?,(?![^.,]{0,12}?(?:人生|命|自分|俺|私|僕|全部|ぜんぶ|すべて|全て|この世|何もかも))[^.,]{1,12}?(?:は|を|も)(?=$|[.!])|^[^.]{0,4}?,(?:この|その|あの|今の)?(?:ゲーム|連載|配信|バイト|仕事|ダイエット|禁煙|練習|勉強|部活|シリーズ|ブログ|アカウント|趣味|関係|付き合い|話|会社|職場|店|アプリ)",
);
const CHARCOAL_USE = jaRe(
  "キャンプ|バーベキュー|bbq|七輪|焼き肉|焼肉|炭火|こたつ|火鉢|アウトドア|暖房|ストーブ|餅",
);
const STUDY_OR_SAFETY = jaRe(
  "研究|宿題|課題|レポート|観光|旅行|地図|建築|設計|測量|仕事で|防災|災害|常備|救急|発作|喘息|アレルギー|持ち歩",
);
const PET_SUBJECT = jaRe(`${PET}(?:が|は|も)[^,.]{0,6}$`);
const HYPERBOLE_CONTEXT = jaRe(
  "推し|結婚|引退|卒業|解散|サ終|サービス終了|ガチャ|ゲーム|ライブ|チケット|(?<![a-z])w(?![a-z])|笑(?!え)|草|lol",
);
const ENDED_WITH_BEFORE = jaRe("(?:と|とは|には|にも|とも)$");
const GREETING_CONTEXT = jaRe("先生|また|明日|来週|今日は|授業|お疲れ|おつかれ|帰り|下校");
const BREAKUP = jaRe("別れ|振ら|振っ|恋|彼氏|彼女|元カレ|元カノ|付き合|好きな人|片思い");
const CARE_REASON = jaRe(
  "入院|引っ越|転勤|留学|施設|仕事|忙し|アレルギー|一人暮らし|寮|出張|増えすぎ|売っ|売る|買い取|すっきり|スッキリ|ミニマリスト|断捨離",
);
const GIVE_REASON = jaRe(
  "受験|試験|勉強|卒業|引退|飽き|やめた|辞めた|新しい|買い替|機種変|引っ越|断捨離|ミニマリスト|金欠|整理整頓|推し変|新作|続編|サ終|サービス終了|移行|乗り換え|別のゲーム|古い|壊れ",
);
const FUTURE_PLANS = jaRe(
  "満喫|楽しむ|楽しみ|旅行|次は|これから|来週|明日から|新生活|引っ越|頑張|がんば|始め",
);
const SURPRISE_OR_AWAY = jaRe(
  "プレゼント|サプライズ|誕生日|宝探し|クリスマス|お土産|おやつ|留守|旅行|出張|帰省|合鍵|宅配|置き配|ゲーム|謎解き|脱出",
);
const GRAVE_VISIT = jaRe("墓|お参り|参り|法要|お盆|彼岸|仏壇|供え|線香");
const FICTION_OR_JOKE = jaRe(
  "テレビ|番組|コント|ドラマ|漫画|マンガ|アニメ|芸人|映画|お笑い|冗談|ふざけ|ゲーム|キャッチボール|ボール|ゴキブリ|虫|蚊|ハエ|笑(?!え)|(?<![a-z])w(?![a-z])|lol|草",
);
const LEAVING_POST = jaRe(
  "退職|卒業|異動|転勤|引退|閉店|閉院|最終回|番組|放送|連載|任期|転校|サービス終了|サ終|解散|活動休止|定年|部署|職場|ブログ|チャンネル|新しい",
);
const STRONG_DEATH = jaRe("死|消え|いなくな|来世|あの世|天国|逝|亡き");
const PARENT_CONTEXT = jaRe("息子|娘|子ども|子供|うちの子|老後|遺言|相続|年金|施設|親亡き後");
const JOY_OR_FEAT = jaRe(
  "推し|ライブ|優勝|完走|合格|試合|大会|引退|卒業|最高|幸せ|しあわせ|嬉し|うれし|会えた|行けた|見れた|観れた|食べれた|叶",
);

const isJapanese = (id: string): boolean => id.startsWith("ja.");

/** Japanese overrides: negation, idioms and hyperbole, games, objects, third parties. */
export const JA_OVERRIDES: readonly OverrideRule[] = [
  {
    id: "ja.negation.suffix",
    kind: "negation",
    lowersTo: "none",
    appliesTo: (rule) => isJapanese(rule.id) && rule.negatable !== false,
    test: (ctx) => NEGATION_AFTER.test(ctx.after),
  },
  {
    id: "ja.idiom.embarrassed",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.passive-ideation.kietai", "ja.passive-ideation.inakunaritai"),
    test: (ctx) => EMBARRASSED_AFTER.test(ctx.after),
  },
  {
    id: "ja.everyday.task-done",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.hopelessness.end-everything"),
    test: (ctx) => TASK_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.suicide-topic",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.jisatsu-word"),
    test: (ctx) => SUICIDE_TOPIC_AFTER.test(ctx.after),
  },
  {
    id: "ja.idiom.degree",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => DEGREE_AFTER.test(ctx.after),
  },
  {
    id: "ja.idiom.hyperbole-cause",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => CAUSE_BEFORE.test(ctx.before),
  },
  {
    id: "ja.idiom.laughing",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: (rule) =>
      BARE_DEATH(rule) ||
      rule.id === "ja.danger-at-home.hurt-by-family" ||
      rule.id === "ja.distress.tsurai",
    test: (ctx) => LAUGH_AFTER.test(ctx.after) || LAUGH_BEFORE.test(ctx.before),
  },
  {
    id: "ja.idiom.killed-by-work",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => TASK_BEFORE.test(ctx.before),
  },
  {
    id: "ja.idiom.if-caught",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.korosareru", "ja.danger-at-home.hurt-by-family"),
    test: (ctx) => /殺され/.test(ctx.match) && CAUGHT_BEFORE.test(ctx.before),
  },
  {
    id: "ja.everyday.spicy-food",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.tsurai"),
    test: (ctx) => /辛|苦し|きつ/.test(ctx.match) && FOOD_OR_CLOTHES.test(ctx.sentence),
  },
  {
    id: "ja.game.in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => GAME_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.object.device",
    kind: "object",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => OBJECT_BEFORE.test(ctx.before),
  },
  {
    id: "ja.bereavement.someone-died",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: (rule) => BARE_DEATH(rule) || rule.id === "ja.plan.jisatsu-word",
    test: (ctx) =>
      DEAD_SUBJECT.test(sentenceBefore(ctx)) &&
      (COMPLETED.test(ctx.match) || COMPLETED_AFTER.test(ctx.after)),
  },
  {
    id: "ja.idiom.joy",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: (rule) => BARE_DEATH(rule) || rule.id === "ja.passive-ideation.better-dead",
    test: (ctx) =>
      /死んでも/.test(ctx.match + ctx.after.slice(0, 2)) && JOY_BEFORE.test(ctx.before),
  },
  {
    id: "ja.everyday.someone-else-gone",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.burden.better-gone", "ja.burden.existence-is-the-problem"),
    test: (ctx) => OTHER_SUBJECT_END.test(clauseBefore(ctx)),
  },
  {
    id: "ja.everyday.clear-out",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.give-away", "ja.preparation.note"),
    test: (ctx) =>
      /大事|大切|だいじ|たいせつ|全部|ぜんぶ/.test(ctx.match) && DECLUTTER.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.letter-occasion",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.letter"),
    test: (ctx) => !/最後|最期/.test(ctx.match) && LETTER_OCCASION.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.account-trouble",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.accounts"),
    test: (ctx) => ACCOUNT_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.high-place-activity",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.attempt-in-progress.high-place"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.high-place-activity-now",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.attempt-in-progress.high-place-now"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.jukai-visit",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.plan.jukai"),
    test: (ctx) => JUKAI_VISIT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.leaving-for-life",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.going-away"),
    test: (ctx) => LEAVING_FOR_LIFE.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.see-you-again",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("farewell"),
    test: (ctx) => {
      const window = windowOf(ctx);
      return SEE_YOU_AGAIN.test(window) && !DEATH_WORD.test(window);
    },
  },
  {
    id: "ja.everyday.accidental-cut",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("self-harm"),
    test: (ctx) => ACCIDENT.test(ctx.sentence),
  },
  {
    id: "ja.everyday.not-eating-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.not-eating"),
    test: (ctx) => NOT_EATING_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.not-sleeping-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.no-sleep"),
    test: (ctx) => NOT_SLEEPING_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.bodily-relief",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.tsurai"),
    test: (ctx) => /楽/.test(ctx.match) && BODILY_OR_LIFE_RELIEF.test(ctx.sentence),
  },
  {
    id: "ja.everyday.life-relief",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.passive-ideation.rest-for-good"),
    test: (ctx) => BODILY_OR_LIFE_RELIEF.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.rope-use",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.stockpile", "ja.means.rope-bought", "ja.means.rumination"),
    test: (ctx) => /ロープ|ろぷ|縄|なわ|紐|ひも/.test(ctx.match) && ROPE_USE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.task-timed",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.timed", "ja.plan.euphemism"),
    test: (ctx) => TASK_WINDOW.test(nearbySentences(ctx).replace(ctx.match, "")),
  },
  {
    id: "ja.everyday.task-unwatched",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.plan.unwatched", "ja.plan.timed-decided"),
    test: (ctx) => TASK_WINDOW.test(ctx.sentence.replace(ctx.match, "")),
  },
  {
    id: "ja.idiom.fiction",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => FICTION_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.idiom.laughing-later",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => LAUGH_LATER.test(ctx.after),
  },
  {
    id: "ja.everyday.task-end",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.plan.timed-end", "ja.plan.self-end"),
    test: (ctx) =>
      SCHEDULE_WINDOW.test(`${clauseBefore(ctx)} ${sentenceAfter(ctx)}`) ||
      (ctx.match.includes("終わり") &&
        TASK_WINDOW.test(`${clauseBefore(ctx)} ${sentenceAfter(ctx)}`)),
  },
  {
    id: "ja.everyday.task-end-object",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.timed-end"),
    test: (ctx) => TASK_OBJECT_BEFORE.test(sentenceBefore(ctx)),
  },
  {
    id: "ja.everyday.task-named-after",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds(
      "ja.plan.timed-end",
      "ja.plan.self-end",
      "ja.plan.end-a-life",
      "ja.plan.timed-last-time",
    ),
    test: (ctx) => TASK_OBJECT_AFTER.test(ctx.after),
  },
  {
    id: "ja.everyday.task-named-before",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.timed-end", "ja.plan.timed-last-time"),
    test: (ctx) => TASK_OBJECT_BEFORE.test(sentenceBefore(ctx)),
  },
  {
    id: "ja.everyday.charcoal-use",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.means.stockpile", "ja.means.kept-for-when"),
    test: (ctx) => /練炭|れんたん/.test(ctx.match) && CHARCOAL_USE.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.height-for-study",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.height-checked", "ja.means.kept-for-when", "ja.means.kept"),
    test: (ctx) => STUDY_OR_SAFETY.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.school-goodbye",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.farewell.thanks-goodbye-plain"),
    test: (ctx) => GREETING_CONTEXT.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
  },
  {
    id: "ja.idiom.fan-hyperbole",
    kind: "idiom",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.plan.after-then-die"),
    test: (ctx) => HYPERBOLE_CONTEXT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.relationship-ended",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.farewell.never-meet-again"),
    test: (ctx) => ENDED_WITH_BEFORE.test(ctx.before) || BREAKUP.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.breakup",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.farewell.forget-me"),
    test: (ctx) => BREAKUP.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.cannot-care-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.cannot-care-soon", "ja.preparation.nothing-left-behind"),
    test: (ctx) => CARE_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.task-end-after",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.after-then-end"),
    test: (ctx) => SCHEDULE_WINDOW.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.appointment",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.decided-date"),
    test: (ctx) => SCHEDULE_WINDOW.test(nearbySentences(ctx)),
  },
  {
    id: "ja.everyday.give-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.no-longer-needed"),
    test: (ctx) => GIVE_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.someone-else-leaving",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds(
      "ja.preparation.before-gone",
      "ja.preparation.after-gone-arranged",
      "ja.preparation.when-i-am-gone",
    ),
    test: (ctx) =>
      OTHER_SUBJECT_END.test(clauseBefore(ctx)) ||
      PET_SUBJECT.test(clauseBefore(ctx)) ||
      LEAVING_FOR_LIFE.test(windowOf(ctx)) ||
      PARENT_CONTEXT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.surprise-or-away",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.found-later"),
    test: (ctx) => SURPRISE_OR_AWAY.test(windowOf(ctx)),
  },
  {
    id: "ja.idiom.nothing-left-joy",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.farewell.nothing-left"),
    test: (ctx) => JOY_OR_FEAT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.future-plans",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.preparation.settled-debts"),
    test: (ctx) => FUTURE_PLANS.test(windowOf(ctx)),
  },
  {
    id: "ja.bereavement.grave-visit",
    kind: "bereavement",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.farewell.going-to-the-dead"),
    test: (ctx) => GRAVE_VISIT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.leaving-post",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("farewell"),
    test: (ctx) => {
      const window = windowOf(ctx);
      return LEAVING_POST.test(window) && !STRONG_DEATH.test(window);
    },
  },
  {
    id: "ja.everyday.fiction-or-joke",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.acts-by-family"),
    test: (ctx) => FICTION_OR_JOKE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.joking-threat",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.family-violent"),
    test: (ctx) => ctx.match.includes("殺") && FICTION_OR_JOKE.test(ctx.sentence),
  },
  {
    id: "ja.game.method-in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("ja.method-question.how-can-i"),
    test: (ctx) => GAME_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.high-place-scouting",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.scouting"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
  },
  {
    id: "ja.idiom.laughing-at-home",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.hurt-by-family"),
    test: (ctx) => LAUGH_LATER.test(ctx.after) && GAME_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.cooking-knife",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.family-violent"),
    test: (ctx) =>
      /包丁|ナイフ|刃物|はもの/.test(ctx.match) &&
      COOKING.test(ctx.sentence) &&
      !STRONG_DEATH.test(ctx.sentence) &&
      !/殺|向け|むけ|脅|振り回|ふりまわ|突きつけ/.test(ctx.sentence),
  },
  {
    id: "ja.title.depicted",
    kind: "title",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.method"),
    test: (ctx) => DEPICTED.test(ctx.sentence),
  },
  {
    id: "ja.everyday.affairs-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.end-of-life-affairs", "ja.preparation.documents"),
    test: (ctx) => AFFAIRS_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.high-place-view",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.from-here"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
  },
  {
    id: "ja.third-party-worry.reported-at-home",
    kind: "third-party-worry",
    lowersTo: "concern",
    appliesTo: inCategories("danger-at-home"),
    test: (ctx) => REPORTED_BY_OTHER.test(ctx.after),
  },
  {
    id: "ja.third-party-worry.someone-else",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      isJapanese(rule.id) &&
      rule.category !== "danger-at-home" &&
      rule.category !== "attempt-in-progress",
    test: thirdPartySubject,
  },
  {
    id: "ja.past-ideation.resolved",
    kind: "past-ideation",
    lowersTo: "none",
    appliesTo: IDEATION_LIKE,
    test: (ctx) => pastIdeation(ctx) && RESOLVED.test(`${ctx.before}${ctx.match}${ctx.after}`),
  },
  {
    id: "ja.past-ideation.in-the-past",
    kind: "past-ideation",
    lowersTo: "concern",
    appliesTo: IDEATION_LIKE,
    test: pastIdeation,
  },
];
