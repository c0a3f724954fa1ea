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
  sentenceBefore,
} from "./rule-types.js";

// Sources are written against normalised text, but may use katakana and ー: `ja` folds
// them into hiragana the way the normaliser does. Net slang (タヒ, 氏, 4) and kana spellings
// of 死, 消え, 自殺, 生き, 殺, 殴 arrive here already rewritten to kanji.

/** Not followed by a negation: 死にたく|ない is not ideation, 死にたく|なる is. */
const NOT_NEG = "(?!は?(?:ない|なかっ|なく|ねえ|ねぇ|ありませ|無い))";

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

/** Japanese risk rules. */
export const JA_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- passive ideation
  {
    id: "ja.passive-ideation.shinitai",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `死に(?:たい|たく${NOT_NEG}|たか(?:っ|ろ)|たみ|たさ|たすぎ|たがり|てえ|て(?=$|[.,!\\sわなよ]))`,
    ),
  },
  {
    id: "ja.passive-ideation.kietai",
    level: "crisis",
    category: "passive-ideation",
    pattern: ja(
      `消え(?:たい|たく${NOT_NEG}|たか(?:っ|ろ)|たみ|てしまいたい|ちゃいたい|てなくなりたい|去りたい|てしまえたら|られたら|れたら)`,
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
      "死ね(?:たら|れば|ば)(?:いい|楽|どんなに|幸せ)|死ねたら|死ねる(?:なら|もんなら)|死んで(?:しまいたい|しまえたら|楽に)|死んじゃ(?:いたい|えたら|おう)|死んだ(?:ほう|方)が(?:まし|いい|楽)|死んだら(?:楽|みんな|全部)|死んで(?:い)?(?:れば|たら)(?:いい|良い|よかった)(?:のに|な)|死ねないから|死ぬの(?:も|が)(?:あり|いい|悪くない|楽|一番|いちばん|まし)",
    ),
  },
  {
    id: "ja.passive-ideation.never-born",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: ja(
      "(?:生|産)まれて(?:こなければ|来なければ|きたくなかった|こなきゃ|こなかったら)|(?:生|産)まれなければ(?:よかった|良かった)",
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
      "生き(?:て(?:い)?る|る|てい?く|てて|てても|てる)(?:の|こと)?(?:に|の)?(?:意味|価値|かち|理由|りゆう)(?:が|は|も|なんて|なんか)?(?:ない|無い|ねえ|ありません|わからない|分からない|見つからない|みつからない|感じられない)|生きてても(?:(?:仕方|しかた|しょうが)(?:が)?(?:ない|無い|ねえ|ありません)?|意味|無駄|むだ)|生きてる(?:の|こと)?が(?:無駄|むだ)",
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
      "生き(?:る|てる|ている)(?:の|こと)が(?:つらい|辛い|しんどい|苦しい|くるしい|嫌|いや|めんどう|面倒|めんどくさい)|生きづらい|生きにくい",
    ),
  },
  {
    id: "ja.hopelessness.no-hope",
    level: "concern",
    category: "hopelessness",
    pattern: ja(
      "(?:何もかも|なにもかも|全部|ぜんぶ|すべて|全て|もう|人生)(?:が|も)?(?:どうでもいい|どうでも良い|嫌|いや|無理|むり|意味ない|意味がない|無駄)|(?:将来|未来|人生|この先)(?:に|には|なんて)?(?:希望|きぼう|夢|ゆめ|光)(?:が|は|も|なんて)?(?:ない|無い|持てない|見えない)|(?:希望|未来)が(?:ない|無い|見えない)|何を(?:しても|やっても)(?:無駄|むだ|だめ|ダメ|意味ない)|どうせ(?:自分|私|僕|俺)(?:なんて|なんか)|人生(?:終わってる|終わった|おわってる|おわた|詰んだ|詰んでる|つんだ|オワタ)|来世に期待",
    ),
  },

  // --------------------------------------------------------------- burden
  {
    id: "ja.burden.better-gone",
    level: "crisis",
    category: "burden",
    pattern: ja(
      "(?:いない|居ない|いなくなった|消えた|死んだ)(?:ほう|方)が[^.]{0,8}?(?:いい|良い|まし|マシ|楽|幸せ|喜ぶ|助かる)|(?:いなくなれば|いなくなったら|いなければ|消えれば|消えたら|死ねば|死んだら)[^.]{0,12}?(?:楽|幸せ|しあわせ|喜ぶ|よろこぶ|せいせい|助かる|ほっと|困らない|平和)|(?:いなくなって|消えて|死んで)も[^.]{0,8}?(?:誰も|だれも|みんな)[^.]{0,4}?(?:困らない|気づかない|気付かない|悲しまない|気にしない|何とも思わない)",
    ),
  },
  {
    id: "ja.burden.burden",
    level: "concern",
    category: "burden",
    pattern: ja(
      "お荷物|足手まとい|重荷(?:に|だ|でしかない)|迷惑(?:ばかり|ばっかり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)(?:かけ|掛け)|生きて(?:て|い)?(?:いい|良い)(?:の|ん)?(?:かな|か|だろう)|(?:自分|私|僕|俺)(?:なんて|なんか)(?:いらない|必要ない|生きる資格)|いなくても(?:いい|同じ|変わらない)|何の(?:ために|為に)生きて",
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
      `自殺(?:したい|したく${NOT_NEG}|しよう|する(?:つもり|予定|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|こと|って|かも|かな|ね|わ|から|$|[.,!])|(?:を|も|とか|について|のこと)?(?:考え|かんがえ|決め|図|計画)|をはか|しに|しちゃ(?:いたい|おう)|して(?:しまいたい|やる)|願望|念慮|方法|場所|計画|予告|未遂|しかけ)`,
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
    id: "ja.plan.method",
    level: "crisis",
    category: "plan",
    pattern: ja(
      `首(?:を)?吊|飛び降り(?:たい|たく${NOT_NEG}|よう|る(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|わ|$|[.,!])|ます|ちゃ|て死|自殺)|(?:電車|線路|ホーム|車|トラック|海|川)(?:に|へ)飛び込(?:みたい|む|もう|んで|んだら)|(?:もう|今から|いまから|ここから|屋上から|橋から)飛ぶ`,
    ),
  },

  // --------------------------------------------------------------- means
  {
    id: "ja.means.stockpile",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,4}?(?:ため|貯め|溜め|集め|あつめ|ストック|買い込|大量に買|まとめ買い)(?:て|た|込)|練炭|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:買っ|買い|かっ|用意|準備|結ん|むすん|かけ|掛け|吊る)`,
    ),
  },
  {
    id: "ja.means.take-all",
    level: "crisis",
    category: "means",
    pattern: ja(
      `${MEDS}(?:を)?[^.]{0,3}?${MANY}[^.]{0,3}?(?:飲も|のも|飲みたい|のみたい|飲んじゃお|飲んでやる|飲んでしまお|飲む(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|かな|わ))`,
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
      `(?:何錠|なんじょう|何個|どれくらい|どのくらい|どれだけ|何粒|何mg|何グラム)[^.]{0,8}?(?:飲め|飲んだら|飲むと|で|のめ|のんだら)[^.]{0,6}?(?:死|致死)|${MEDS}[^.]{0,8}?${MANY}[^.]{0,3}?(?:飲んだら|飲めば|のんだら)|(?:首吊り?|首を吊る|飛び降り|od|練炭|オーバードーズ|溺死|凍死|入水)(?:って|は|で|の方が|するのって)[^.]{0,4}?(?:苦し|くるし|痛|楽|死ね|確実|何分|どれくらい|すぐ)|(?:飛び降り|首吊|首を吊|od|練炭|飛び込)(?:たら|れば|したら|すれば|んだら)[^.]{0,8}?(?:確実|死ね|死ぬ|死にます|楽|すぐ|痛)|(?:何階|何メートル|何m|どのくらいの高さ|どれくらいの高さ)[^.]{0,8}?(?:飛び降り|落ち|おち)[^.]{0,6}?死`,
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
      "今まで(?:本当に|ほんとに|ほんとうに|色々|いろいろ)?(?:ありがとう|ありがと|お世話になりました)|(?:みんな|皆|みなさん)[^.]{0,4}?(?:ありがとう|ありがと)[^.]{0,6}?(?:さようなら|さよなら|ばいばい)|(?:さようなら|さよなら|ばいばい)[^.]{0,4}?(?:みんな|皆|永遠|最後|今まで|この世|世界)|(?:みんな|皆|お母さん|お父さん|家族|母さん|父さん)(?:に|へ)?[^.]{0,3}?(?:ごめんね|ごめんなさい)[^.]{0,6}?(?:さようなら|さよなら|ばいばい|最後)|最後の(?:メッセージ|挨拶|あいさつ|言葉|ことば)|これが最後|もう会えない(?:と思う|けど|かも|ね|から)|最後に(?:誰か|だれか|あなた|君|きみ|お礼|ありがとう|話|伝え|挨拶|声)|来世で(?:会|あ|また)|あの世で(?:会|待)|先に(?:行|い)ってる|探さないで",
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
      "リスカ|アムカ|レグカ|自傷|自分を(?:傷つけ|きずつけ|殴|痛めつけ|いためつけ)|(?:腕|うで|手首|てくび|太もも|ふともも|肌)(?:を|に)?(?:切|きっ|きり|傷|刺|やけど|火傷)|根性焼き|頭を[^.]{0,6}?(?:打ちつけ|打ち付け|ぶつけ)|切りたい|切っちゃ(?:った|う)",
    ),
  },
  {
    id: "ja.self-harm.escalating",
    level: "crisis",
    category: "self-harm",
    negatable: false,
    pattern: ja(
      "(?:リスカ|アムカ|自傷|傷|切る|切っ|切り)[^.]{0,16}?(?:深く|ふかく|ひどく|酷く|悪化|エスカレート|縫|ぬっ|ぬわ|止まらな|とまらな|増え|ふえ|回数が)|(?:どんどん)[^.]{0,6}?(?:切|傷)",
    ),
  },

  // --------------------------------------------------------------- danger at home
  {
    id: "ja.danger-at-home.hurt-by-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:に|から)(?:[^.]{0,8}?(?:殴|叩か|蹴ら|殺され|首を絞め|絞められ|脅さ|おどさ|刺さ|暴力|虐待|閉じ込め|物を投げ|ものを投げ|包丁を向け|ナイフを向け|刃物を向け|襲わ)|けら)`,
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
    id: "ja.danger-at-home.harm-to-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(
      `${FAMILY}(?:を|のこと)[^.]{0,4}?(?:殺し(?:たい|そう|てしまいそう|てやる|てしまう)|殺す(?:つもり|かも)|刺し(?:たい|そう)|殴り殺)`,
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

  // --------------------------------------------------------------- distress (concern)
  {
    id: "ja.distress.tsurai",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:つらい|辛い|つれえ|しんどい|くるしい|苦しい|きつい|限界|げんかい|もう無理|もうむり|もう駄目|もうだめ|たすけて|助けて|疲れ果て|つかれはて|絶望|ぜつぼう|楽になりたい|楽にして|もう(?:疲れ|つかれ)(?:た|ちゃった|ました))",
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
];

// ------------------------------------------------------------------- overrides

const NEGATION_AFTER = jaRe(
  "^(?:[られ]{0,2}(?:る|た|て|ている|てる|ていた|てた))?(?:気持ち|きもち|気|つもり|予定|思い|こと|事)?(?:とは|なんて|なんか|とか|って|は|も|ような|ようには|ってことは|わけ|訳)?(?:全然|ぜんぜん|まったく|別に|べつに|絶対|ぜったい)?(?:思わ|おもわ|思って(?:い)?な|おもって(?:い)?な|思いませ|思ってませ|考えて(?:い)?な|考えませ|しな|しませ|しねえ|ない|無い|ありませ|ねえ|じゃな|ではな|でもな|(?:わけ|訳)(?:じゃ|では|でも)な)",
);

const BARE_DEATH = ruleIds("ja.distress.shinu", "ja.distress.korosareru");

const EMBARRASSED_AFTER = jaRe(
  "^(?:くらい|ぐらい|ほど)(?:に)?(?:恥ずかし|はずかし|気まずい|きまずい|照れ)",
);
const TASK_SENTENCE = jaRe(
  "作業|仕事|課題|宿題|ゲーム|会話|この話|関係|片付け|掃除|勉強|レポート|バイト|配信|レベル|ステージ|連載|シリーズ|ドラマ|アニメ",
);
const SUICIDE_TOPIC_AFTER = jaRe(
  "^(?:の)?(?:防止|予防|対策|統計|率|者数|問題|報道|ニュース|相談窓口|相談|について調べ|のニュース|の記事)",
);

const DEGREE_AFTER = jaRe(
  "^(?:ほど|くらい|ぐらい|程|かと思|かとおも|かと|気で|気がする|思いで|思いを|思いした|ような思い|ように|みたいに|ふり|振り|魚の目)",
);

const CAUSE_BEFORE = jaRe(
  "(?:暑|あつ|寒|さむ|眠|ねむ|ねみ|泣き|なき|腹(?:が)?減っ|はら(?:が)?へっ|腹へっ|お腹(?:が)?(?:空い|すい|へっ|減っ)|おなか(?:が)?(?:すい|へっ|空い)|疲れ|つかれ|忙し|いそがし|笑|わら|恥ずかし|はずかし|尊|とうと|可愛|かわい|うま|美味|おいし|暇|ひま|痛|だる|緊張し|退屈|つまらな|面白|おもしろ|好き|すき|楽し|たのし|嬉し|うれし|多|おお|臭|くさ|うるさ|寝不足|筋肉痛|待ちきれな|楽しみ|最高|さいこう|やば|えも|感動|尊死)(?:く|すぎ|い|さ)?(?:て|で)?(?:もう|まじ|ほんと|本当に)?$",
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
  "(?:スマホ|バッテリー|電池|でんち|充電|携帯|けいたい|パソコン|pc|車|くるま|エンジン|hdd|ssd|回線|wifi|ルーター|プリンター|テレビ|冷蔵庫|洗濯機|iphone|アイフォン|android|アプリ|電話|充電器|イヤホン|ヘッドホン|コントローラー|モニター|ディスプレイ|植物|花|観葉植物|サボテン)(?:の[^,.]{0,8})?(?:が|は|も)?(?:もう|完全に|また)?$",
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
  "(?:昔|むかし|以前|(?<![名午直手寸])前|学生の頃|学生時代|(?:中学|高校|小学|大学)生?|若い頃|子供の頃|子どもの頃|こどもの頃|\\d+代の頃|\\d+年前|数年前|何年も前|去年|昨年|ひと頃|一時期|いちじき|当時|あの頃|あのころ)(?:は|の頃は|のころは|の頃|のころ|の時|のとき|とき|時)",
);
const PAST_AFTER = jaRe(
  "^(?:と|って)?(?:思って(?:い)?た|思ってました|考えて(?:い)?た|した|して(?:い)?た)?(?:時期|頃|ころ|こと|とき|時)(?:も|が)(?:あった|ありました|ある|あります)",
);
const RESOLVED = jaRe(
  "今は[^.]{0,12}?(?:生きてる|生きていける|生きられる|楽しい|大丈夫|平気)|今は(?:もう)?(?:大丈夫|だいじょうぶ|平気|へいき|落ち着|おちつ|そう(?:でもな|思わな|は思わな)|思わな|思ってな|ない|違う|元気|げんき|なんとか|まし|マシ|楽|幸せ|しあわせ|前向き|生きたい)|もう(?:大丈夫|平気|思わない|思ってない)|今はそう|乗り越え|克服",
);
const STILL = jaRe(
  "今も|今でも|いまも|いまでも|まだ|また|最近|さいきん|再び|ぶり返|戻っ|もどっ|相変わらず|ずっと|今日も|昨日から",
);

function pastIdeation(ctx: MatchContext): boolean {
  const window = `${ctx.before}${ctx.match}${ctx.after}`;
  const marked = PAST_MARKER.test(sentenceBefore(ctx)) || PAST_AFTER.test(ctx.after);
  return marked && !STILL.test(window);
}

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
    test: (ctx) => /辛い|苦しい|きつい/.test(ctx.match) && FOOD_OR_CLOTHES.test(ctx.sentence),
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
