/**
 * How urgent a crisis about someone else is (the fourteenth pass, after round 19). A report the
 * check already reads as a crisis about someone else is `urgent` when it also shows that the
 * danger is now: silence since a farewell, being at a place of danger, the means gone missing,
 * the means shown in a post or a stream, someone just locked in with it. The welfare rules
 * (`rules/<lang>/someone-else*.ts`) need two named signs together; this needs the crisis, from
 * whatever read it (a rule or the learned layer), and one sign of now. And the other way: a
 * passive wish reported about someone, with the writer's word that there is no sign of them
 * acting on it, is worry for the supporter's answer (concern), not a crisis.
 */
import { foldKana } from "./normalize.js";
import type { RiskMatch } from "./types.js";

// Read on normalised text: lower case, katakana as hiragana, no apostrophes, 「」 for quotes.
const DANGER_NOW_RE = new RegExp(
  [
    // Silence now: since the message, at the door, unread, offline, a door that won't open.
    foldKana(
      "(?:てから|して以来|それから|あれから|そのあと|その後|以来|きり)[^.]{0,12}?(?:返事|返信|既読|連絡|電話|応答|反応)(?:が|も|に)?(?:ない|なく|つかない|つかん|出ない|出ません|取れない|とれない|ありません)",
    ),
    foldKana(
      "(?:呼んでも|ノックしても|叩いても|たたいても|声をかけても|話しかけても)[^.]{0,6}?(?:返事|反応|応答)(?:が|も)?(?:ない|なし|ありません|ございません|しない|せん|せえへん|しいひん|ねえ|あらへん)",
    ),
    foldKana(
      "(?:ドア|扉|戸)(?:も|が)(?:開かない|あかない|開きません)|物音(?:が|も|ひとつ|一つ)?(?:しない|しません)|既読(?:が|も)?(?:つかない|つかん|付かない|つきません)|オフライン",
    ),
    String.raw`\bnow (?:hes|shes|theyre|he is|she is|they are|he|she|they) (?:offline|gone offline|not answering|wont answer|will not answer|isnt answering|not replying|not picking up|unreachable|gone quiet)\b`,
    String.raw`\b(?:doesnt|does not|wont|will not|isnt|is not) (?:answer|answering|open|opening)\w* (?:when (?:i|we) knock|the door|(?:his|her|their|my) (?:phone|calls|door))\b`,
    String.raw`\b(?:went|gone|logged) offline\b|\b(?:his|her|their) phones? (?:is |s )?(?:off|dead|switched off)\b`,
    // ...or unreachable, with the crisis already read: not picking up, whereabouts unknown, an
    // account deleted, logged off (a habit said beside it explains it: see NOW_EXPLAINED_RE).
    foldKana(
      "(?:電話|通話)(?:に|を|も)?(?:かけても)?(?:出ない|出ません|出ん|でない|出てくれない|つながらない|繋がらない|つながりません)|連絡(?:が|も)?(?:つかない|つきません|取れない|とれない|つかん)|(?:返事|反応|応答)(?:が|も)?ございません|どこにいるか(?:わから|分から)|居場所(?:が|も)?(?:わから|分から)|アカ(?:ウント)?(?:を|も)?(?:消して|消した|削除)",
    ),
    String.raw`\b(?:not|isnt|is not|wont|will not|hasnt|has not) (?:picking up|pick up|picked up|answering (?:the|his|her|their|my) (?:door|phone|calls)|answered (?:the|his|her|their) door|opened (?:the|his|her|their) door)\b|\b(?:logged off|deleted (?:his|her|their) (?:account|accounts|socials))\b|\b(?:dont|do not|no one|nobody|noone) knows? where (?:he|she|they) (?:is|are)\b|\blocation (?:is |s )?(?:at|on|by) the\b`,
    // At a place of danger now: on a bridge, at the lake with stones, streaming from a roof.
    foldKana(
      "(?:橋|鉄橋|歩道橋|屋上|線路|踏切|崖|がけ|海|湖|川|ダム|ベランダの手すり|ベランダの柵|手すり|柵の外|柵の向こう|フェンスの外)(?:の上|の端|のふち|の縁|の近く|の前)?(?:から|に|で)[^.]{0,6}?(?:配信して(?:る|い(?:る|ます))|配信中|いる(?!らし)|います|(?:立って|来て|座って)(?!た|いた)(?:る|い(?:る|ます))?)(?!らし)",
    ),
    String.raw`\b(?:theyre|hes|shes|they are|he is|she is) (?:at|on|by) (?:the|a) (?:lake|river|sea|ocean|beach|bridge|tracks|railway|roof|rooftop|cliff|cliffs|ledge|quarry|dam|pier|canal|reservoir|overpass)\b|\b(?:stones|rocks|weights|bricks) in (?:their|his|her) (?:backpack|bag|pockets?|coat)\b|\b(?:live|streaming) (?:from|on) (?:a|the) (?:bridge|roof|rooftop|cliff|ledge|tracks)\b`,
    // No sound from a locked room ("i cant hear anything in there"), the body giving out
    // (collapsed, slumped, breathing strangely), sitting on a railing with the legs over the side.
    String.raw`\b(?:cant|cannot|can not|dont|do not) hear (?:anything|a thing|a sound|him|her|them)(?: in there| inside| moving)?\b|\b(?:has |have |s |is |are )?(?:collapsed|slumped|passed out|unconscious|not breathing)\b|\bbreathing (?:really |very |so )?(?:weird|strange|funny|slow|shallow|badly)\b|\b(?:sitting|sat|standing|stood) on (?:the|a|his|her|their) (?:balcony )?(?:railing|ledge|window ?sill|window)\b|\blegs (?:are )?(?:over the (?:side|edge|railing)|outside|dangling)\b`,
    // Blood seen now, under a door or on the floor.
    foldKana("血が(?:見え|見えた|流れて|広がって|たまって)"),
    String.raw`\bblood (?:on the|under the|coming from|everywhere|all over|in the)\b`,
    // Cannot be woken.
    String.raw`\b(?:wont|will not|doesnt|does not|cant|cannot) wake(?: up)?(?: properly)?\b|\bcant wake (?:him|her|them)\b`,
    // A plan for tonight said about them: "he's taking his whole bottle of meds tonight".
    foldKana("今夜[^.]{0,8}?(?:死ぬ|決行|終わりにする|終わらせる|実行)"),
    String.raw`\b(?:end(?:ing)? it|do(?:ing)? it|kill(?:ing)? (?:himself|herself|themselves)|die|taking (?:his|her|their|the|all)\b[^.]{0,30}?) tonight\b`,
    // The means gone missing, or used up: 練炭の箱がなくなってる, "the bottle is gone".
    foldKana(
      "(?:練炭|七輪|炭|ロープ|縄|ひも|紐|睡眠薬|眠剤|薬|くすり|包丁|ナイフ|農薬|除草剤)(?:の箱|の瓶|のシート|の袋|の束)?(?:が|も)(?:なくなって|なくなっ|無くなって|消えて|見当たらな)",
    ),
    // ...missing from where it is kept (物置のロープがない, 睡眠薬の袋がいつもの場所にない), used up
    // (空き箱, 空のシート), or taken out (車の鍵とホースを持って出て行きました).
    foldKana(
      "(?:物置|倉庫|車庫|押し入れ|引き出し|棚)の(?:ロープ|縄|練炭|七輪|包丁|睡眠薬|薬|農薬|ホース)(?:の箱|の瓶|の袋)?(?:が|も)(?:ない|無い)|(?:ロープ|縄|練炭|七輪|包丁|睡眠薬|薬|農薬)(?:の箱|の瓶|の袋)?(?:が|も)いつもの(?:場所|ところ)に(?:ない|無い)|空き箱|空箱|空き瓶|空(?:の|っぽの)[^.]{0,4}?(?:シート|瓶|箱)|(?:ホース|練炭|七輪|ロープ|縄|包丁|睡眠薬|猟銃)(?:と|や|を)?[^.]{0,8}?持って(?:出て|出かけ|家を)",
    ),
    String.raw`\b(?:gone out|went out|left|drove off|took off)\b[^.]{0,40}?\b(?:took|taking|with) (?:his|her|their|the) (?:hunting )?(?:rifle|gun|shotgun|rope|hose|pills|meds|charcoal)\b`,
    String.raw`\b(?:the |his |her |their )?(?:bottle|pills|meds|tablets|antidepressants|sleeping pills|rope|belt|cord|charcoal|knife|gun|shotgun|rifle)(?: bottle| box)?(?: (?:in|from) (?:the|his|her|their|my) [a-z]+)? (?:is|are|was|were|s) (?:gone|missing)\b|\bempty (?:pill |medicine |prescription )?(?:bottle|packet|pack|box)s? of (?:his|her|their)\b`,
    // The means shown in a post, a picture or a stream, or taken off camera.
    foldKana(
      "(?:画像|写真|動画|ストーリー|配信)[^.]{0,12}?(?:薬|くすり|錠剤|ロープ|縄|包丁|練炭)[^.]{0,12}?(?:並べ|並ん|積ん|持って|映って|写って|映った|写った|山)|(?:薬|錠剤|ロープ|縄|包丁|練炭|線路|鉄橋|屋上)の(?:写真|画像|動画)(?:を|も|と)?[^.]{0,10}?(?:あげ|上げ|投稿|送っ|載せ|のせ)",
    ),
    String.raw`\b(?:posted|sent|shared|dmed|showed)\b[^.]{0,30}\b(?:pic|picture|photo|image|video|story|snap)\b[^.]{0,30}\b(?:pills|tablets|meds|rope|noose|knife|blade|razor)\b|\bwalked off (?:cam|camera|stream|screen)\b`,
    // Just locked in somewhere with no way in (a bathroom, a garage, a car): not a room kept for years.
    String.raw`\b(?:just )?(?:locked|shut|barricaded) (?:himself|herself|themselves|themself) in (?:the |his |her |their )?(?:bathroom|toilet|garage|car|shed|loo)\b|\bjust locked (?:himself|herself|themselves|themself) in\b`,
    // --- p18other, the eighteenth pass (after round 23): someone else's danger now ---------
    // Seen lying collapsed (窓から中で人が倒れてるように見えます), no answer however often called
    // (何度呼んでも返事がなくて), a door that won't open in a child's kana (どあ あかない), and "it's
    // happening tonight" said of them.
    foldKana(
      "倒れて(?:る|いる|います|おる)|(?:呼んでも|ノックしても|叩いても|たたいても|声をかけても|話しかけても)[^.]{0,6}?(?:返事|反応|応答)(?:が|も)?なく(?:て)?|(?:ドア|扉|戸)(?:も|が)?(?:あかない|開かない|あかへん|開かへん|あきません)",
    ),
    String.raw`\b(?:its|it is|its all|it s) (?:happening|going down|going to happen|gonna happen) tonight\b|\btonight(?:s| is) the night\b|\b(?:her|his|their|the) (?:bedroom |bathroom |room )?door (?:wont|will not|doesnt|does not|cant|cannot) open\b|\bnobody answers\b`,
    // ...and called in kana with no answer (よんでも へんじ しない).
    foldKana(
      "(?:よんでも|のっくしても|こえかけても|こえをかけても)[^.]{0,6}?(?:へんじ|返事|はんのう|反応)(?:が|も)?(?:ない|なく|しない|せん|ありません)",
    ),
  ].join("|"),
  "u",
);

// What explains the silence or the place in daily life, said beside it: asleep, headphones in,
// a flight, a flat battery, a party, a move. Then the sign says nothing about now. Not a laugh
// (young people write "lol" when frightened too) and not a quarrel (one often comes just before
// a crisis).
const NOW_EXPLAINED_RE = new RegExp(
  [
    String.raw`\b(?:asleep|fell asleep|sleeping(?! pills)|headphones|earphones|earbuds|flight|plane|boarding|battery|charger|charging|no signal|wifi|at work|on shift|party|moving|holiday|vacation|trip|(?:often|usually|always|sometimes) (?:doesnt|does not|dont|do not|wont|isnt|is not|ignores|forgets|takes (?:ages|hours|a while))|delayed|running late|traffic|on the train|on the bus)\b`,
    foldKana(
      "寝て(?:る|た|い)|寝落ち|寝た(?:かな|のかな|んかな|んだろ|のだろ|っぽい|みたい|らしい)|ことが多い|ことがある|いつものこと|普段から|反抗期|夜景|花火|撮影|観光|イヤホン|ヘッドホン|充電|電池|圏外|電波|出張|旅行|遅延|遅れて|仕事中|バイト中|飛行機|引っ越|引越",
    ),
  ].join("|"),
  "u",
);

// The other reading of now (round 18's leftovers): someone in crisis who cannot be reached now
// (not answering, phone off, 既読がつかない), a welfare emergency for the supporter. Not when the
// crisis is told as past or as over (去年, "last year", "she's okay now"). "Years" alone is not past: a
// withdrawal "for 5 years" is how many of these reports begin.
const UNREACHABLE_NOW_RE = new RegExp(
  [
    "既読(?:が|も)?(?:つかない|つかん|付かない|つきません|にならない)",
    // ...電話もLINEも出ない: the phone named with another way of reaching them.
    "|電話(?:に|が|も)?(?:[^.]{0,8}?も)?(?:出ない|出ません|出てくれない|でない|つながらない|繋がらない|つながりません)",
    "|連絡(?:が|も)?(?:つかない|取れない|とれない|つきません|取れません)",
    "|(?:返事|応答|返信)(?:が|も)?(?:ない|ありません|ございません|こない|来ない)",
    "|電源(?:が)?(?:切れて|入って(?:い)?ない)|居場所(?:が)?(?:わからない|分からない)",
    "|\\b(?:(?:is |s |are |re )?not|isnt|arent|wont|will not|doesnt|does not|didnt|did not|hasnt|has not|havent|have not) (?:answering|picking up|replying|responding|answer|pick up|reply|respond|answered|picked up|replied|responded)\\b",
    "|\\bno (?:answer|reply|response)\\b|\\bphones? (?:is |s |has been |was )?(?:off|dead|switched off|turned off|going (?:straight )?to voicemail|goes (?:straight )?to voicemail)\\b",
    "|\\b(?:cant|cannot|can not|couldnt) (?:reach|get hold of|contact|get through to) (?:him|her|them)\\b|\\b(?:is |went |gone |now )offline\\b",
  ].join(""),
  "u",
);
// "An hour ago" is how a report of now begins ("texted 'I love you, I'm sorry' an hour ago"); days,
// weeks, months or years ago is past.
const TOLD_AS_PAST_RE =
  /去年|昔|以前|(?<!分|時間|ちょっと|少し|すこし|さっき|直)前に|入院中|無事|大丈夫だった|落ち着いて|\b(?:(?:days?|weeks?|months?|years?|a while|ages) ago|last (?:year|month|week)|used to|recovered|survived|in (?:the )?hospital|(?:is|s|are|re) (?:ok|okay|fine|safe|alright) now|turned up|came home|got back|found (?:him|her|them) safe)\b/u;

// ...nor when the silence has its everyday reason said (a train delayed, a flight, a flat battery,
// asleep, at work): the learned layer's false crises are not made emergencies by it. Not a laugh,
// and not "late" alone ("said goodbye late last night and isn't answering").
const UNREACHABLE_EXPLAINED_RE =
  /遅延|遅れ|運休|電池|充電|圏外|寝て(?:る|た|いる)|仕事中|授業中|運転中|飛行機|機内|\b(?:delay\w*|running late|(?:is|s|be|was) late|plane|flight|flying|boarding|battery|charger|charging|signal|wifi|asleep|sleeping|at work|in class|exam|driving|on (?:the|a) (?:train|bus|plane|tube))\b/u;

/**
 * True when a message already read as a crisis about someone else shows that the danger is now.
 * Read only for such a message: alone, "no answer" or "at the lake" is nobody's emergency.
 */
export function dangerNowForSomeoneElse(normalized: string): boolean {
  if (NOW_EXPLAINED_RE.test(normalized)) return false;
  // The parents or the office not answering a school nurse or a carer, about a plan set for later
  // (p18other, below), says nothing about the one at risk being in danger now.
  const text =
    SET_FOR_LATER_RE.test(normalized) || WITH_THE_WRITER_RE.test(normalized)
      ? normalized.replace(OTHERS_UNREACHABLE_RE, " ")
      : normalized;
  return (
    DANGER_NOW_RE.test(text) ||
    (UNREACHABLE_NOW_RE.test(text) &&
      !TOLD_AS_PAST_RE.test(text) &&
      !UNREACHABLE_EXPLAINED_RE.test(text))
  );
}

// The writer's word that the one they worry about shows no sign of acting on a wish:
// 何かしそうな様子はない, "he hasn't done anything", "no sign she'd do anything".
const NO_SIGN_RE = new RegExp(
  [
    foldKana(
      "(?:何か|なにか)?(?:しそうな|する|しでかしそうな|実行しそうな|行動に移しそうな)(?:様子|気配|感じ|そぶり)(?:は|も)?(?:ない|なく|無い|ありません|なさそう)",
    ),
    foldKana(
      "(?:具体的な)?(?:計画|準備)(?:は|も)?(?:ない|なさそう|ありません|してない|していない)|(?:行動|実行)(?:に)?(?:は)?(?:移して|うつして)(?:い)?(?:ない|ません)",
    ),
    String.raw`\bno (?:sign|signs|indication)s? (?:of |that )?(?:him |her |them )?(?:he |she |they )?(?:doing|acting|trying|planning|hurting|would|will|hed|shed|theyd|is|are)\b`,
    String.raw`\b(?:he|she|they) (?:hasnt|has not|havent|have not|didnt|did not|never) (?:done|tried|acted on) (?:anything|it)\b(?! (?:wrong|bad|to deserve))`,
    String.raw`\b(?:doesnt|does not|dont|do not) (?:seem|think|look) (?:like )?(?:hed|shed|theyd|he would|she would|they would) (?:do|act on|try) (?:anything|it)\b`,
  ].join("|"),
  "u",
);
/** The longest report the "no sign of acting" reading applies to. */
const NO_SIGN_MAX_CHARS = 200;
// What a wish is: said, not a plan, means, farewell, act or preparation.
const WISH_CATEGORIES = new Set([
  "passive-ideation",
  "hopelessness",
  "burden",
  "distress",
  "learned",
]);

/**
 * True when a report about someone else is a wish they said and nothing more (every match, the
 * overruled ones too, is of a wish or the learned layer's), and the writer says there is no sign
 * of acting on it.
 */
export function reportedWishWithNoSign(matches: readonly RiskMatch[], normalized: string): boolean {
  return (
    // A short report only: in a long message the "no sign" may be said of one person and a wish
    // of the writer's own stand elsewhere.
    normalized.length <= NO_SIGN_MAX_CHARS &&
    matches.some((m) => m.level === "crisis") &&
    matches.every((m) => WISH_CATEGORIES.has(m.category)) &&
    NO_SIGN_RE.test(normalized)
  );
}

// Happening now, whoever it is about (the fifteenth pass, after round 20), read only for a message
// already at crisis: an act under way in the body (pills or drink taken and now sleepy, a racing
// heart, numb hands, the room spinning), at a place of danger now in dialect or without a particle
// (いま屋上おる), sitting on a window with the legs outside, a sealed room with a fire lit, someone
// seen taking pills now (いま…飲んでます), the means in hand for tonight.
const ACT_UNDER_WAY_RE = new RegExp(
  [
    // Pills or drink taken in quantity and the body now ("I drink many pill now. I feel very
    // sleepy") are read by the rules (`*.attempt-in-progress.body-after-pills`), so urgent;
    // here "necked the lot", and in Japanese a quantity taken and the body now.
    String.raw`\b(?:necked|downed|swallowed|took) the (?:lot|whole lot)\b`,
    foldKana(
      "(?:全部|ぜんぶ|いっぱい|たくさん|大量|まとめて|[0-9０-９]+錠|一箱|ひと箱|一瓶|ひと瓶)[^.]{0,8}?(?:飲んだ|のんだ|飲んじゃった|のんじゃった|飲みました|飲んでしまった)[^]{0,30}?(?:ねむい|眠い|ねむたい|眠たい|息が(?:くるし|苦し)|いきがくるし|心臓(?:が)?(?:ばくばく|どきどき|バクバク|ドキドキ)|(?:手|足|指)(?:が)?(?:しびれ|痺れ)|吐き気|はきけ|意識が|ふらふら|くらくら|目が回)",
    ),
    // Seen taking them now: いま店の前で買った薬を全部あけて飲んでます.
    foldKana(
      "(?:いま|今|たった今)[^.]{0,24}?(?:薬|くすり|錠剤|睡眠薬)[^.]{0,16}?(?:飲んで(?:る|います|ます)|のんでる)",
    ),
    // A sealed room and a fire lit in it: へや しめきって ひ つけた.
    foldKana(
      "(?:部屋|へや|車|くるま|浴室|風呂場|トイレ)(?:を|の|に)?(?:目張り|めばり|閉め切|しめき|締め切|密閉)[^.]{0,12}?(?:火|ひ|練炭|れんたん|炭|すみ)(?:を|も)?(?:つけ|付け|点け|おこし|起こし|焚い|たい)",
    ),
    // At a place of danger now, in dialect or with the particle left out: いま屋上おる.
    foldKana(
      "(?:いま|今)[^.]{0,4}?(?:屋上|橋の上|駅のほむ|ほむ|線路|崖|鉄橋)(?:に|で)?(?:おる|おります|おんねん|いてる|居る|いる|おるよ)",
    ),
    String.raw`\b(?:i am|im|i)(?: am)? (?:sitting|sat|standing|stood) (?:on|in) (?:the|a|my) (?:window|window ?sill|ledge|railing|balcony railing|edge)\b[^]{0,60}?\blegs (?:are )?(?:outside|over|dangling)\b`,
    // The means in hand, for tonight or now: 薬が目の前にある。今夜, "the rope is in my hand. tonight".
    foldKana(
      "(?:薬|くすり|睡眠薬|ロープ|縄|練炭|包丁|ナイフ|カッター)(?:が|を|は|も)?[^.]{0,6}?(?:目の前|手元|手に|握って|にぎって)[^]{0,30}?(?:今夜|今から|いまから|これから)|(?:今夜|今から|いまから|これから)[^]{0,30}?(?:薬|くすり|睡眠薬|ロープ|縄|練炭|包丁|ナイフ|カッター)(?:が|を|は|も)?[^.]{0,6}?(?:目の前|手元|手に|握って|にぎって)",
    ),
    // A cut bleeding on (the seventeenth pass): きずとまんない, a towel gone red, "the towel is
    // soaked through" beside a cut.
    foldKana(
      "(?:傷|きず(?!な))(?:が|も)?(?:止まらない|とまらない|止まらん|とまらん)|(?:タオル|ティッシュ|シーツ|服|ガーゼ)(?:が|も)?[^.]{0,6}?(?:真っ赤|まっか|血だらけ|血まみれ)",
    ),
    String.raw`\b(?:cut|cuts|cutting|wrist|arm|leg|thigh)\b[^]{0,60}?\b(?:wont stop|will not stop|not stopping|keeps bleeding|still bleeding|soaked through|soaking through)\b|\b(?:towel|towels|bandage|bandages|tissues|sheets?)\b (?:is |are |s )?(?:already |all )?(?:soaked|drenched|red|full of blood)\b`,
    String.raw`\b(?:pills|tablets|rope|noose|knife|blade|razor|gun|charcoal)\b[^.]{0,20}?\b(?:in front of me|in my hands?|next to me|on my lap|right here)\b[^]{0,40}?\b(?:tonight|right now|now|in an hour|in a few minutes)\b|\b(?:tonight|right now)\b[^]{0,40}?\b(?:pills|tablets|rope|noose|knife|blade|razor|gun|charcoal)\b[^.]{0,20}?\b(?:in front of me|in my hands?|next to me|on my lap|right here)\b`,
  ].join("|"),
  "u",
);
// A question what would happen ("if I took all my nan's heart tablets would it be quick",
// 全部飲んだらどうなる): a method asked, not an act done. Nothing under way said beside it.
const HYPOTHETICAL_ACT_RE =
  /\b(?:what )?if (?:i|you|u|someone|somebody|one) (?:took|take|swallowed|swallow|downed|drank|ate|had)\b|(?:飲んだら|のんだら|飲めば|のめば)(?:どう|死|し|楽|確実|何)/u;
const DONE_NOW_RE =
  /\b(?:already|just|i have|ive|ago)\b|(?<!\bif )\bi (?:took|swallowed|downed)\b|(?:もう|さっき|すでに|既に)[^.]{0,8}?(?:飲んだ|のんだ|飲みました)(?!ら)/u;

/** True when a message already read as a crisis shows an act under way or a danger with a moment now. */
export function actUnderWayNow(normalized: string): boolean {
  return ACT_UNDER_WAY_RE.test(normalized);
}

/**
 * True when the only act in a crisis is asked about ("if I took all of them would it be quick"):
 * a method question, which is not under way, unless something done is said beside it.
 */
export function onlyAskedAbout(normalized: string): boolean {
  return HYPOTHETICAL_ACT_RE.test(normalized) && !DONE_NOW_RE.test(normalized);
}

// Violence at home happening now (read only for a message the rules read as danger at home at
// crisis): said as now (いま殴ってくる, "right now"), the door being kicked or broken in, the writer
// hiding or someone fled to them, a weapon out and raging. Not a habit or the past (酔うと, いつも,
// 昨日は, "whenever", "last night"), and not a threat for later ("if I leave he'll kill me").
const VIOLENCE_NOW_RE = new RegExp(
  [
    foldKana(
      "(?:いま|今(?!日|朝|週|月|年|度|回|後|まで|夜)|現在|たった今)[^.]{0,12}?(?:殴|なぐ|蹴|叩|たたい|暴れ|首を絞|首をしめ|包丁|ナイフ|刃物)|(?:ドア|扉|戸|鍵)[^.]{0,8}?(?:蹴られ|(?<!か)けられ|叩かれ|たたかれ|壊され|こわされ|こじ開け)|(?:隠れて|閉じこもって)(?:る|いる|います)|逃げて(?:きた|きました)|(?:鍵(?:を)?(?:かけて|掛けて|しめて|閉めて))[^.]{0,6}?(?:逃げて|隠れて|こもって|避難して)(?:る|いる|います)|(?:ドア|扉|戸)(?:を)?[^.]{0,6}?(?:叩いて|たたいて|蹴って|けって|殴って|ガンガン|どんどん)(?:る|いる|います|くる|きてる)|(?:包丁|ナイフ|刃物|バット|木刀)[^.]{0,10}?持って[^.]{0,16}?(?:上がって|向かって|入って)(?:いった|いきました|行った|行きました)|(?:包丁|ナイフ|刃物|バット)[^.]{0,10}?暴れて(?:る|いる|います)|暴れて(?:る|いる|います)[^.]{0,10}?(?:包丁|ナイフ|刃物|バット)",
    ),
    String.raw`\b(?:right now|rn|at the moment|as we speak|as i type)\b|\b(?:kicking|banging on|smashing|breaking down|trying to (?:get|break) (?:in|through)) (?:my|the|our) (?:bedroom |bathroom |front )?(?:door|window)\b|\b(?:door ?)?frame is (?:cracking|breaking|splitting)\b|\b(?:i am|im) hiding\b|\b(?:locked|hiding|hid) (?:myself )?in (?:the|my) (?:bathroom|toilet|room|bedroom|closet)\b[^]{0,60}?\b(?:hes|shes|theyre|he is|she is|they are) (?:banging|pounding|kicking|hammering) on (?:the|it|my)\b|\b(?:hes|shes|he is|she is|theyre|they are) (?:screaming|shouting|yelling|saying) (?:hell|he will|shell|she will|theyll|they will|hes going to|shes going to|theyre going to) kill\b`,
    // The writer's door held shut against them now (the seventeenth pass): "a chair under the
    // handle", "when he gets the door open", 椅子でドア押さえてる.
    String.raw`\b(?:chair|dresser|desk|wardrobe|bed|bookcase|drawers)\b (?:is )?(?:wedged )?(?:under|against|in front of) (?:the|my) (?:door|handle|door ?handle|doorknob)\b|\bbarricaded (?:myself|the door|my door)\b|\b(?:when|once|if) (?:he|she|they) (?:gets|get) (?:the|my) door open\b`,
    foldKana(
      "(?:椅子|いす|机|タンス|たんす|本棚|ベッド)(?:で|を)[^.]{0,8}?(?:ドア|扉|戸)(?:を)?(?:押さえて|おさえて|ふさいで|塞いで)(?:る|いる|います)|(?:ドア|扉|戸)の前に(?:椅子|いす|机|タンス|たんす|本棚)[^.]{0,6}?(?:置いて|積んで)(?:る|いる|ます)",
    ),
    // --- p18other, the eighteenth pass (after round 23): violence at home now --------------
    // A door banged on while shouting (兄の部屋のドアを叩きながら怒鳴ってる), and "it's now" said as
    // a sentence of its own (今です, いまです, 今起きてる).
    foldKana(
      "(?:ドア|扉|戸)(?:を)?[^.]{0,6}?(?:叩き|たたき|蹴り|けり|殴り)ながら|(?:^|[.!?])(?:今|いま)(?:です|だよ|なんです|なの|起きて(?:る|います))(?=[.!?]|$)",
    ),
  ].join("|"),
  "u",
);
const VIOLENCE_NOT_NOW_RE = new RegExp(
  [
    foldKana(
      "酔うと|よっぱらうと|いつも|毎日|毎晩|たびに|度に|ことがある|昔|子どもの頃|子供の頃|小さい頃|去年|先月|先週|昨日は|ゆうべは",
    ),
    // ...and a threat on a condition ("she'll kill me if i dont give back her charger").
    String.raw`\b(?:whenever|every time|used to|when i was|as a kid|last (?:night|week|month|year)|years ago|if i (?:leave|go|tell|dont|do not)|if you (?:dont|do not)|unless|next (?:week|month))\b`,
  ].join("|"),
  "u",
);

// ...said as now beside the act itself (いま殴ってくる, "hitting mum right now"), which a habit or a
// past said elsewhere in the message does not undo (昨日も殴られた。いま殴ってくる).
const VIOLENCE_SAID_NOW_RE = new RegExp(
  [
    // (今日も叩かれました, 今朝 are the day, not the moment.)
    foldKana(
      "(?:いま|今(?!日|朝|週|月|年|度|回|後|まで|夜)|たった今|さっきから)[^.]{0,12}?(?:殴|なぐ|蹴|叩|たたい|暴れ|首を絞|首をしめ)" +
        // ...or just now, done to the writer (さっき首しめられた).
        "|(?:さっき|たった今|今さっき)[^.]{0,8}?(?:首(?:を)?(?:絞め|しめ)られ|殴られ|なぐられ|蹴られ|けられ|刺され)",
    ),
    // ...or said as going on (p15own's reading of the writer's own, merged here): ドア蹴られてる,
    // "he's kicking my door", "she's hitting me".
    "(?:どあ|扉|戸)(?:を|が|も)?(?:蹴られ|けられ|叩かれ|たたかれ|壊され|こわされ|蹴破られ)(?:てる|ている)",
    String.raw`\b(?:hes|shes|theyre|he is|she is|they are)\b (?:(?:still|now|literally) )?(?:kicking|banging on|breaking down|smashing|hitting|beating|choking|punching|trying to break) (?:(?:in |down )?(?:my|the) (?:bedroom |room )?door|me)\b`,
    String.raw`\b(?:hitting|beating|kicking|punching|choking|strangling|stabbing|attacking|hurting)\b[^.]{0,30}?\b(?:right now|rn|as we speak)\b|\b(?:right now|rn)\b[^.]{0,30}?\b(?:hitting|beating|kicking|punching|choking|strangling|stabbing|attacking|hurting)\b`,
  ].join("|"),
  "u",
);

/** True when danger at home that the rules read as a crisis is happening now. */
export function violenceNow(normalized: string): boolean {
  if (VIOLENCE_SAID_NOW_RE.test(normalized)) return true;
  return VIOLENCE_NOW_RE.test(normalized) && !VIOLENCE_NOT_NOW_RE.test(normalized);
}

// Told as past, with nothing said as now: "i took 40 pills last year and woke up in hospital",
// 去年、薬を全部飲んで入院した. Not urgent, whatever act it names.
const TOLD_PAST_RE = new RegExp(
  [
    foldKana(
      "去年|昨年|おととし|昔|以前|(?:高校|中学|小学校|大学|学生)の(?:時|とき|頃|ころ)|子ども(?:の)?(?:頃|ころ)|何年も前|[0-9一二三四五六七八九十何数]+(?:年|か月|ヶ月|カ月)前",
    ),
    String.raw`\b(?:last (?:year|summer|winter|spring|autumn|fall)|(?:years?|months?) ago|when i was (?:\d+|a kid|younger|in)|in (?:high school|middle school|college|uni)|back in (?:\d+|school|college|uni))\b`,
  ].join("|"),
  "u",
);
const SAID_NOW_RE = new RegExp(
  [
    foldKana("いま|今(?!年|月|週|まで|後|度|回)|さっき|たった今|今夜|今日|今晩|これから|今から"),
    String.raw`\b(?:now|right now|rn|just|tonight|today|this (?:morning|evening|afternoon)|(?:minutes?|an hour|hours?) ago|again)\b`,
  ].join("|"),
  "u",
);

/** True when a crisis is told as past and nothing in the message says it is now. */
export function toldAsPastOnly(normalized: string): boolean {
  return TOLD_PAST_RE.test(normalized) && !SAID_NOW_RE.test(normalized);
}

// The writer's own act set up and timed for now (the sixteenth pass, after
// round 21), read only for the writer's own message already at crisis: the room sealed and
// tonight said (目張りも終わった。今夜), pills counted out for tonight, on a roof or a building now in
// learners' words ("I am in the rooftop of my apartment now", いま会社のビルの上にいます). A rope hung
// with "now" and waking up after pills are rules of their own (`*.attempt-in-progress.*`).
const OWN_ACT_SET_NOW_RE = new RegExp(
  [
    foldKana(
      "(?:目張り|めばり)(?:も|は|が)?(?:終わった|おわった|済んだ|すんだ|した|完了)[^]{0,30}?(?:今夜|こんや|今から|いまから|これから|今日で)",
    ),
    String.raw`\b(?:pills|tablets|meds)\b[^.]{0,16}?\b(?:counted|lined up|laid out|sorted|set out)\b[^]{0,60}?\b(?:tonight|now)\b|\b(?:tonight|right now)\b[^]{0,40}?\b(?:pills|tablets|meds)\b[^.]{0,16}?\b(?:counted|lined up|laid out|sorted|set out)\b`,
    String.raw`\b(?:i am|im) (?:in|on|at|up on) (?:the|a|my) (?:rooftop|roof)\b[^.]{0,30}?\bnow\b`,
    foldKana(
      "(?:いま|今)[^.]{0,10}?(?:ビル|マンション|建物|団地|病院|学校)の(?:上|屋上)(?:に|で)(?:いる|います|来た|きた|来ました|立って)",
    ),
    // The seventeenth pass (after round 22). At the water or on a bridge now, in dialect too:
    // いま港の防波堤の先におる, 橋の真ん中でチャリ止めてる; "walked out to the end of the pier",
    // "stopped halfway across the bridge"; stones put in the pockets.
    foldKana(
      "(?:防波堤|堤防|桟橋|埠頭|岸壁|突堤|崖|橋|鉄橋)(?:の)?(?:先|端|先端|真ん中|まんなか|上|ふち|縁)(?:に|で|まで)[^.]{0,10}?(?:おる|おります|いる|います|来た|きた|来ました|(?:立って|座って|止めて|とめて|止まって)(?:る|いる|います|ます))|ポケット(?:に|へ)[^.]{0,6}?(?:石|いし)(?:を)?(?:詰め|つめ|入れ|いれ)",
    ),
    String.raw`\b(?:walked|went|am|im|i am|standing|sitting|sat|stood)\b (?:out )?(?:to |at |on )?the end of the (?:pier|jetty|breakwater|dock|wharf)\b|\b(?:filled|stuffed|loaded|put|putting|filling) (?:my )?(?:coat |jacket )?pockets (?:with|full of) (?:stones|rocks)\b|\b(?:stones|rocks) in my (?:coat |jacket )?pockets\b|\b(?:stopped|pulled over|parked|standing|sitting|sat|stood|i am|im)\b[^.]{0,16}?\b(?:halfway across|in the middle of) (?:the|a) bridge\b`,
    // The saved pills set out with water, or counted over: 貯めてた薬ぜんぶ机に出して、水も用意した;
    // "the pills are right here next to me and I've counted them twice".
    foldKana(
      "(?:薬|くすり|錠剤|睡眠薬)[^.]{0,10}?(?:机|テーブル|床|目の前|枕元|ベッド)(?:に|の上に)(?:全部|ぜんぶ|みんな)?(?:出して|並べて|出した|並べた|広げて|広げた)[^]{0,30}?(?:水|みず)(?:も|を)?(?:用意|準備|くんで|汲んで|持って|置いて)(?![^]{0,40}(?:寝る前の分|朝の分|夜の分|一週間分|1週間分|ピルケース|仕分け|飲み忘れ|お薬カレンダー|処方|薬局|サプリ|ビタミン))",
    ),
    String.raw`\b(?:pills|tablets|meds)\b[^.]{0,30}?\b(?:right here|next to me|in front of me|on my lap|beside me)\b[^]{0,40}?\bcounted (?:them|it|out)\b(?![^]{0,60}\b(?:organi[sz]er|weekly|dosette|pharmacy|refill|prescription|for the week|vitamins?|supplements?)\b)|\bcounted (?:the |my |all the |all my )?(?:[a-z]+ )?(?:pills|tablets|meds|them) (?:twice|again|three times)\b(?![^]{0,60}\b(?:organi[sz]er|weekly|dosette|pharmacy|refill|prescription|for the week|vitamins?|supplements?)\b)|\b(?:pills|tablets)\b[^.]{0,30}?\b(?:laid out|lined up|set out|out on the (?:desk|table|bed))\b[^]{0,40}?\b(?:glass|bottle) of water\b(?![^]{0,60}\b(?:organi[sz]er|weekly|dosette|pharmacy|refill|prescription|for the week|vitamins?|supplements?)\b)(?<!\b(?:organi[sz]er|weekly|dosette|pharmacy|refill|prescription|for the week|vitamins?|supplements?)\b[^]{0,120})`,
    // A blade in hand now: いま手に持ってるカッター, "I've got the razor out".
    foldKana(
      "(?:いま|今)[^.]{0,6}?(?:手に持って|握って|にぎって|手にして)(?:る|いる|ます)(?:カッター|ナイフ|剃刀|かみそり|包丁|刃)|(?:カッター|ナイフ|剃刀|かみそり|包丁)(?:を)?(?:いま|今)?(?:手に持って|握って|にぎって)(?:る|いる|ます)",
    ),
    String.raw`\b(?:i have got|ive got|i have|got|holding|i am holding|im holding|gripping) (?:the|a|my) (?:razor|blade|knife|box cutter|cutter|razor blade)s? (?:out|in my hand|in hand)\b|\b(?:razor|blade|knife|cutter) is in my hand\b|\b(?:razor|blade|knife|cutter) in my hand (?:now|right now)\b`,
    // Charcoal in the car for tonight: 練炭と七輪…いま車の後ろに積んである。今夜.
    foldKana(
      "(?:練炭|七輪|炭)[^]{0,40}?(?:車|くるま)(?:の)?[^.]{0,8}?(?:積んで|積んだ|載せて|のせて|乗せて|入れて|ある)[^]{0,30}?(?:今夜|今晩|今から|いまから|これから)",
    ),
    String.raw`\bcharcoal\b[^]{0,60}?\b(?:in|into) (?:the |my )?(?:car|boot|trunk|back seat|back of (?:the|my) (?:car|van))\b[^]{0,60}?\b(?:tonight|right now|now)\b`,
    // Insulin or dialysis stopped and the body failing now: 吐き気, "throwing up".
    foldKana(
      "(?:インスリン|透析)[^.]{0,16}?(?:打ってない|打っていない|やめた|止めた|行ってない|行っていない)[^]{0,40}?(?:吐き気|吐いて|はいて|吐いた|だるい|意識|息が苦し|いきがくるし|ふらふら|動けない)",
    ),
    String.raw`\b(?:stopped|quit|havent (?:taken|done|had)|have not (?:taken|done|had)|not taken|not taking|skipped|skipping)\b[^.]{0,20}?\b(?:insulin|dialysis)\b[^]{0,60}?\b(?:throwing up|vomiting|puking|cant keep (?:anything|water|food) down|breathing (?:fast|weird|hard|funny)|confused|cant stand up|so weak)\b`,
  ].join("|"),
  "u",
);

/** True when the writer's own crisis shows the act set up for now. */
export function ownActSetNow(normalized: string): boolean {
  return (
    OWN_ACT_SET_NOW_RE.test(normalized) ||
    ownLastActNow(normalized) ||
    // p19now (the nineteenth pass), below.
    (OWN_LEAVING_TONIGHT_RE.test(normalized) && !LEAVING_EXPLAINED_RE.test(normalized))
  );
}

// ------------------------------------------------------------------------------------------------
// The writer's own, now (the eighteenth pass, p18own, after round 23), read only for the writer's
// own message already at crisis: "this is my last message" with an apology or thanks (not "for
// today", not before sleep); on the roof of a building now; a voice commanding the act for now;
// ready and gone by morning; a letter left and leaving tonight; and a bare reply "yes. all of
// them. an hour ago". Bleeding in a bath, a high place "now, the last time" and the cold "not
// going back in" are rules of their own (`*.attempt-in-progress.*`), so urgent by category.
const OWN_LAST_ACT_NOW_RE = new RegExp(
  [
    // The last message, with an apology or thanks: これでさいごのメッセージにします…ごめんなさい.
    foldKana(
      "(?:これで|これが)(?:最後|さいご|最期)の(?:メッセージ|めっせーじ|連絡|書き込み|言葉|ことば)(?:に(?:します|する|なります|なる)|です|だ|(?=$|[.,!]))(?<=(?:ごめん|ありがとう|すみません|申し訳|さようなら|さよなら)[^]{0,80})(?![^]{0,30}(?:おやすみ|寝る|ねる|また明日|今日は|今年|今週|今月|退会|このアカウント|グループ))|(?:ごめん|ありがとう|すみません|申し訳|さようなら|さよなら)[^]{0,80}?(?:これで|これが)(?:最後|さいご|最期)の(?:メッセージ|めっせーじ|連絡|書き込み|言葉|ことば)(?:に(?:します|する|なります|なる)|です|だ|(?=$|[.,!]))(?![^]{0,30}(?:おやすみ|寝る|ねる|また明日|今日は|今年|今週|今月|退会|このアカウント|グループ))",
    ),
    String.raw`\b(?:this is|this will be|this ll be|thats|that is) (?:my|the) (?:last|final) (?:message|text|post|msg)\b(?! (?:for|before|til|till|until|of the|today|tonight))(?<=\b(?:sorry|thank you|thanks|goodbye|bye|forgive me)\b[^]{0,160})|\b(?:sorry|thank you|thanks|forgive me)\b[^]{0,160}?\b(?:this is|this will be|thats|that is) (?:my|the) (?:last|final) (?:message|text|post|msg)\b(?! (?:for|before|til|till|until|of the|today|tonight))`,
    // On the roof of a building now: "on the roof of my building rn".
    String.raw`\b(?:on|up on|at|sat on|sitting on|standing on) (?:the )?(?:roof|rooftop|top) of (?:my|the|our|this|a) (?:building|block|flats?|apartment|tower|car park|parking garage|hotel|office|school|hospital)\b[^.]{0,24}?\b(?:rn|right now|now)\b`,
    // A voice commanding the act for now: "the voice says tonight", 幻聴が今夜だって.
    String.raw`\bvoices?(?: in my head)? (?:says?|is saying|keeps? saying|are saying|tells? me|is telling me|are telling me|keeps? telling me|wants? me)(?: me)?(?: to [a-z]+(?: [a-z]+)?)? (?:tonight|now|right now)\b`,
    foldKana(
      "(?:声|幻聴)(?:が|は|も)[^.]{0,16}?(?:今夜|今晩|今すぐ|いますぐ)[^.]{0,14}?(?:言って|言う|いう|命令|やれ|しろ|死ね|来い|だって|って)",
    ),
    // Ready, and gone by morning: 準備できた。朝になったらもういない; "all set. gone by sunrise".
    foldKana(
      "(?:準備|用意|支度|じゅんび)(?:が|は|も)?(?:全部|ぜんぶ|すべて|全て|もう)?(?:できた|出来た|できました|整った|終わった|済んだ)[^]{0,40}?(?:朝|夜明け)(?:に|には|になったら|になれば|が来たら|まで)?(?:は|に)?(?:もう)?(?:いない|おらん|いません|この世に|生きて(?:ない|いない)|いなくなって)(?<!(?:旅行|出張|引っ越|引越|出発|始発|早朝|フライト|飛行機|夜行バス|キャンプ|合宿|遠征|帰省|登山|釣り|試験|テスト|仕事|バイト|荷造り)[^]{0,100})(?![^]{0,30}(?:旅行|出張|出発|始発|早朝|飛行機|鍵|留守|お土産|出かけ))",
    ),
    String.raw`\b(?:ready|all set|everything is (?:ready|set|in place|sorted|done)|everythings (?:ready|set|in place|sorted|done)|its all (?:ready|set|sorted))\b[^]{0,60}?\b(?:gone|(?:wont|will not) be (?:here|around|alive)|dead) (?:by|before) (?:morning|sunrise|dawn|daylight|the morning|first light)\b(?<!\b(?:trip|flight|plane|train|bus|coach|packed|packing|holiday|camp\w*|shift|work|road trip|early start|leaving early|airport|ferry|move|moving|exam|hike|hiking)\b[^]{0,160})(?![^]{0,40}\b(?:trip|flight|airport|holiday|shift|work|back (?:on|by|in)|see you)\b)`,
    // A letter left, and leaving tonight: 夫に手紙を残しました。今夜…家を出ます.
    foldKana(
      "(?:手紙|置き手紙|遺書)(?:を|も)?(?:残し|置い|書い|のこし|用意し)[^]{0,40}?(?:今夜|今晩|今から|これから)[^.]{0,20}?(?:家を出|いえをで|出ていき|出て行き|出ます|行きます|いきます)",
    ),
    String.raw`\b(?:left|wrote|written|writing) (?:a |the )?(?:letter|note)s?\b[^]{0,80}?\btonight\b[^.]{0,30}?\b(?:im leaving|i am leaving|i leave|i go|im going|i am going|walking out|im off)\b`,
    // A bare reply, something taken in quantity and when: "yes. all of them. about an hour ago".
    String.raw`^(?:yes|yeah|yep|yup|ya|yea)[.,!]* ?(?:all of them|all|every one|every single one|the lot|the whole (?:box|bottle|pack|packet|lot))[.,!]* ?(?:about |around |like |maybe |roughly |nearly )?(?:an hour|half an hour|(?:\d+|a few|few|ten|twenty|thirty|forty) (?:mins?|minutes|hours?)) ago[.!]*$`,
    foldKana(
      "^(?:はい|うん)[.,]?(?:全部|ぜんぶ|全て|すべて|みんな)[.,]?(?:[0-9０-９]+|一|ひと|二|三|半)?(?:時間|分)(?:くらい|ほど|ぐらい)?前[.!]*$",
    ),
  ].join("|"),
  "u",
);

/** True when the writer's own crisis says its last act is now (the eighteenth pass). */
export function ownLastActNow(normalized: string): boolean {
  return OWN_LAST_ACT_NOW_RE.test(normalized);
}

// --- p18other, the eighteenth pass (after round 23): whose silence -------------------------
// Those a supporter by role calls about someone (保護者とは連絡がつきません, "parents aren't picking
// up", the office, the care manager) not answering: the one at risk is not the one unreachable, so
// it is no sign that their danger is now (a pupil with a plan for the weekend, seen today). Read only
// with a plan set for later (週末に, "this weekend", 来週); a goodbye sent and the parents not
// answering stays urgent.
const OTHERS_UNREACHABLE_RE = new RegExp(
  [
    foldKana(
      "(?:保護者|親御さん|ご家族|ご両親|家族の方|事業所|学校|ケアマネ(?:ジャー)?|管理会社|緊急連絡先|身元保証人|保証人)(?:さん|の方)?(?:と|に|とは|には|にも|とも|も|が|は)[^.]{0,8}?(?:連絡(?:が|も)?(?:つかない|つきません|取れない|とれない|取れません|つかん)|電話(?:に|が|も)?(?:出ない|出ません|出てくれない|つながらない|繋がらない|つながりません))",
    ),
    String.raw`\b(?:(?:her|his|their|the) )?(?:parents|guardians?|next of kin|emergency contacts?|care manager|social worker|case worker|agency|office) (?:are |is |s |re )?(?:still )?(?:not|arent|isnt|wont|will not|didnt|did not|havent|have not|hasnt|has not) (?:picking up|answering|replying|responding|pick up|answer|reply|respond|picked up|answered|replied|responded|got back)\b|\b(?:cant|cannot|can not|couldnt) (?:reach|get hold of|get through to|contact) (?:her|his|their|the) (?:parents|guardians?|next of kin|emergency contacts?)\b`,
  ].join("|"),
  "gu",
);
const SET_FOR_LATER_RE = new RegExp(
  [
    foldKana(
      "週末|土曜|日曜|来週|来月|明日|あした|あす|連休|[0-9０-９]+日後|誕生日に|(?:卒業|テスト|試験|面談)(?:の)?(?:後|あと|が終わったら)",
    ),
    String.raw`\b(?:this|next|at the) weekend\b|\b(?:on|this|next) (?:saturday|sunday|friday)\b|\btomorrow\b|\bnext (?:week|month)\b|\bafter (?:the|her|his|their) (?:exams?|holidays?|birthday)\b`,
  ].join("|"),
  "u",
);
// ...or with the writer, seen there today (保健室に来た, 見せてくれて, "showed me", "in my office").
const WITH_THE_WRITER_RE = new RegExp(
  [
    foldKana(
      "保健室|見せて(?:くれ|き)|(?:相談|話)に来(?:た|て|ました)|目の前|いま一緒に|今一緒に|隣に座って",
    ),
    String.raw`\bshowed me\b|\bcame to (?:see me|my office|the office|the nurses? office|the sick bay)\b|\bin (?:my|the) (?:office|sick bay|nurses? office|medical room)\b|\b(?:sitting|sat|is|s) (?:here )?with me (?:now|right now)\b`,
  ].join("|"),
  "u",
);

// --- p19now, the nineteenth pass (after round 24): the writer's own, leaving tonight -------
// Read only for the writer's own message already at crisis: going out tonight (or when it is
// dark) and not coming back, 夜になったら出かけて、もう戻りません, "going out tonight and I won't be
// back" (the bills settled before it are what `*.plan.bills-paid-not-returning` reads). The
// moment is tonight: the emergency number first.
const OWN_LEAVING_TONIGHT_RE = new RegExp(
  [
    foldKana(
      "(?:今夜|こんや|今晩|こんばん|夜になったら|よるになったら|夜に|暗くなったら|これから|今から|いまから)[^.]{0,20}?(?:出かけ|でかけ|出て|でて|出ます|行き|いき|行って)[^.]{0,12}?(?:もう|二度と|にどと)?(?:戻りません|戻らない|もどらない|もどりません|帰りません|帰らない|かえらない|かえりません|帰ってこない|戻ってこない)",
    ),
    String.raw`\b(?:tonight|this evening|when its dark|after dark)\b[^.]{0,50}?\b(?:not (?:be )?coming back|wont be (?:coming )?back|will not be (?:coming )?back|never coming back|not returning|wont come home|not coming home)\b(?! (?:till|until|to this|here)\b)`,
  ].join("|"),
  "u",
);
// ...not a trip, a move, a night out or a shift said beside it (引っ越し, 飲み会, "moving out", "party").
const LEAVING_EXPLAINED_RE = new RegExp(
  [
    foldKana(
      "旅行|帰省|出張|引っ越|引越|実家|遠征|キャンプ|泊まり|夜勤|飲み会|留学|転勤|新居|退去|合宿|オール",
    ),
    String.raw`\b(?:trip|holiday|moving|move out|moved|flight|travel\w*|night shift|shift|party|club|festival|sleepover|staying at|camping|new (?:place|flat|house|job)|lease|deposit|abroad|overseas|late|till|until)\b`,
  ].join("|"),
  "u",
);
