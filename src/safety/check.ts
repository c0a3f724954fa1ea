import { guardLookarounds } from "./guard.js";
import { forRules, normalizeForRisk } from "./normalize.js";
import { GateSet, literalGate, TextUnits } from "./prefilter.js";
import {
  CONTEXT_CHARS,
  levelRank,
  type MatchContext,
  type OverrideKind,
  type OverrideRule,
  type RiskRule,
  unknownRuleIds,
} from "./rule-types.js";
import { COMMON_OVERRIDES } from "./rules-common.js";
import { EN_OVERRIDES, EN_RULES } from "./rules-en.js";
import { JA_OVERRIDES, JA_RULES } from "./rules-ja.js";
import type { RiskAssessment, RiskLevel, RiskMatch } from "./types.js";

/**
 * Longest normalised text scanned whole. Every channel caps a message well below this
 * (LINE 5,000, Telegram 4,096 characters). A longer text is a paste: its head and tail are
 * scanned whole, and its middle only in windows around words that any rule needs.
 */
export const MAX_SCAN_CHARS = 20_000;
const HEAD_CHARS = 16_000;
const TAIL_CHARS = MAX_SCAN_CHARS - HEAD_CHARS;
/** Longest input normalised at all; past it only the head and the tail are read. */
const MAX_INPUT_CHARS = 100_000;
const WINDOW_RADIUS = 300;
const MAX_WINDOWS = 48;
// A word or character that every rule's match contains one of; it only decides where the
// middle of a huge text is worth scanning, so it may be loose but must not be narrow.
export const ANCHOR_RE = new RegExp(
  [
    "死|消え|生き|生ま|産ま|殺|燃や|火を|自殺|自傷|遺書|飛|首|薬|剤|錠|練炭|いな|居な|終わ|終え|殴|叩|蹴",
    "|暴|虐待|さよ|ばいばい|ありがと|お世話|最後|りすか|あむか|れぐか|ろぷ|縄|紐|ひも|目が|眠|逝|来世",
    "|あの世|意味|価値|仕方|しかた|無駄|むだ|つら|辛|しんど|苦|くるし|限界|無理|むり|だめ|駄目|助け",
    "|たすけ|疲れ|つかれ|楽|迷惑|荷物|重荷|希望|夢|どうでも|詰|屋上|線路|橋|崖|血|切|傷|包丁|ないふ|しめき|目張|めばり",
    "|刃物|凶器|怖|身辺|大事|大切|全部|会えな|探さな|必要|嫌い|人生|将来|未来|もう|od|おばどず|dv",
    "|天国|黄泉|向こう|行きた|いきた|決行|実行|けり|決着|樹海|片道|帰り|一歩|1歩|吸い込|引き込|引き寄せ",
    "|べらんだ|窓|びる|まんしょん|階から|階の|高い所|高いところ|歩道橋|非常階段|団地|鉄橋|高架|下見|下調べ",
    "|落ち着く|安心す|安心で|ほっとす|部屋に|部屋の中|自室|枕元|布団|べっど|かみそり|剃刀|だいじ|たいせつ",
    "|手紙|めっせじ|宛|のとを|消し|削除|消去|退会|貯金|預金|お金|財産|ぱすわど|暗証|ろぐいん|あかうんと",
    "|不孝|先立|最期|ごめん|おやすみ|踏切|ほむ|欄干|柵|手すり|ふぇんす|体重|駅|鍵|かぎ|閉じ込|出して|出させ",
    "|行かせ|食べさせ|与えられ|締め|絞め|しめられ|刺|手をあげ|手を上げ|手を出|寝て|寝れ|寝ら|ねれ|ねむ|一睡",
    "|食べ|食っ|食事|食欲|口にし|喉を|のどを|たのしく|感じな|感じられな|心が動|見えな|見えん|みえな|見えへ",
    "|見えず|真っ暗|まっくら|まっ暗|変わら|変わん|報われ|うまくいか|どうにも|手遅れ|取り返し|続けられ",
    "|続けてられ|続けていけ|耐え|たえられ|どうせ|負担|穀潰し|ごくつぶし|ごく潰し|厄介|やっかい|存在|そんざい",
    "|なかったこと|消し去|きつい|きつす|きつ過|きつか|噛|つねっ|掻|かきむし|引っか|ひっか|痛めつけ|押しつ",
    "|押し付|押しあ|押し当|腕|うで|手首|てくび|太もも|ふともも|肌|脚|手の甲|来な|こなけ|こなき|こない",
    "|こなかっ|こなくて|打ちつ|打ち付|ぶつけ|なわ|先に|亡くな|どあのぶ|道具|揃え|そろえ|準備|用意",
    "|後を追|後追|を向け|向けられ|突きつけ|振り回|振り上げ|車庫|がれじ|物置|山奥|浴室|風呂場|車の中|えんじん|心臓|息が止|息がとま|通帳|印鑑|実印",
    "|保険証書|逃げ|情けな|いんすりん|透析|通過|止まらない|とまらない|動脈|どうみゃく|権利証|思い残|思いのこ|心残り|やり残|未練|身軽|亡き|投げ|追い出|締め出|閉め出|放り出|手をかけ",
    "|手を掛け|何をするか|何をしでかす|何をしてしまうか|変わるとは|変わる気|このまま|そっち|あっち|そちら",
    "|あちら|同じところ|同じとこ|同じ場所|役目|役割|出番|受取人|遺影|会うこと|会えること|お会いすること",
    "|話すこと|話せること|連絡すること|突き飛ば|押し倒|髪を|胸ぐら|ここからなら|ここでなら|ここからだったら",
    "|ここでだったら|猟銃|銃|らいふる|散弾|戻らない|もどらない|戻れない|帰らない|かえらない|見つけても|みつけても|見つけた|みつけた|発見し|発見者|見つけてくれ|みつけてくれ|見つけてほし",
    "|発見して|気づいても|気づいてくれ|気づいてほし|部屋のまま|忘れて|熱湯|灯油|やけど|引きずら|いざという",
    "|初期化|残ってない|残ってません|区切り|けじめ|片を|かたを|高さ|何めとる|何階|さいなら|匂|臭|におい|返事|反応|応答",
    "|安心して|開けないで|あけないで|開けずに|入らないで|物音|音も|電話に出|連絡が|連絡と|新聞|郵便|ぽすと|督促|取り立|催促|借金|震え|言えな|話せな|打ち明け|さびし|寂し|淋し|孤独|ぼっち|涙|泣|立ち直|壊れそ|潰れそ|参っちゃ|おかしくなりそ|その先|この先|から先|月末|来月|来週|来年|追いた|追お|追う|連れて|つれて|心中|服|荷物|心置き|まとめて|一気に|いっきに|ありったけ|捨てて|すてて|処分して|ほとんど|大半|あらかた|遺言|ゆいごん|えんでぃんぐのと",
    "|毎年|別にいい|行けなく|いけなく|言えて|言い出せ|舌打ち|ため息|溜息|溜め息|嫌味|聞こえよがし|sigh|mutter|grumbl|tutting|cried|crying|tears|christmas|xmas|birthday|another",
    "|お別れ|おわかれ|おさらば|のそば|の側|のもと|の元|遠く|とおく|遠い|みじめ|惨め|安全|年を越|年越し|迎える|ashamed|disappoint|intend|intention|thats where|that is where|thats the place|that is the place|thats when|its when|floor|gas|fumes|balcony|terrace|fire escape|step back|step away|my day|my date|tylenol|paracetamol|acetaminophen|codeine|ibuprofen|weight|grown|hold a|hold my|holding me|hold me|euthan|put to sleep|put down|keeping me|tying me|kill|die|dying|dead|death|suicid|safe|alive|harm|hurt|cut|burn|pill|meds|medic|tablet|overdos|noose",
    "|rope|jump|bridge|roof|edge|ledge|track|end|goodbye|bye|farewell|so long|burden|better|rather",
    "|point|reason|live|living|life|exist|wake|sleep|hope|disappear|vanish|hang|bleed|blood|stitch",
    "|knife|gun|weapon|razor|blade|exit bag|hit|beat|kick|punch|slap|chok|strangl|stab|abus|attack|threat|lock|push|shov",
    "|throw|threw|rape|touch|grab|drag|whip|sorry|last|final|gone|help|save me|hate|worth|tired",
    "|sick|exhausted|done|over|finished|cant|cannot|can not|unable|note|affairs|giving away|gave away",
    "|tell|hear from|doorbell|cancelled|canceled|insulin|express|plan|decided|lethal|fatal|deadly|dose|how many|how much|how long|how high",
    "|painless|way|method|relapse|scar|self|not ok|not okay|empty|numb|broken|failure|trapped|nobody",
    "|no one|noone|notice|care|miss|lol|thinking|thought|saving|stockpil|collect|enough|took|taken",
    "|swallow|ate|downed|unconscious|breathing|respond|gone|wish|want|ready|deserve|need|long|prefer",
    "|scared|afraid|kys|thank|without me|waste|front of|useless|garbage|trash|pathetic|disgusting",
    "|unlovable|like nothing|do it|doing it|through with it|the night|the day|the date|a date",
    "|coming back|coming home|come back|come home|one way|garage|exhaust|charcoal|letter|rehom",
    "|new home|gave|giving|given|before i|forever|rail|parapet|barrier|cliff|bang|bash|slam|smash",
    "|scratch|pinch|biting|throat|neck|shoot|murder|break|smother|drown|poison|rifle|pistol|firearm",
    "|slept|eaten|eat|awake|out of bed|fading|person|human|not real|crying|pretend|change|future",
    "|gave up|given up|giving up|give up|waking|respawn|uninstall|irl|crush|train|wrist|suffocat",
    "|monoxide|slit|wondering|imagin|pictur|clean|not here|not around|here anymore|too much|too hard",
    "|heavy|unbearable|happen|quick|fast|easier|easiest|painful|surer|surest|reliable|certain",
    "|effective|messy|going back|going home|again|fade|go too|shall go|ill go|will go|to go|i go|follow",
    "|capsules|sitting in|sat in|sit in|lying in|afterwards|body|returned|password|further|deeper|harder",
    "|worse|bigger|more than|time t|time in|bandage|plaster|dressing|every night|every day|struck|strik",
    "|batter|thump|smack|whack|throttl|bit me|pinned|pillow|close to|shak|stop|chucked|me out|down|drop",
    "|帰ら|帰って|帰りの|戻ら|戻って|くろぜっと|たおる|べると|てぷ|目張り|せぶでた|電源|止血",
    "|りせっと|ろぐあうと|あんいんすとる|強制終了|reset",
    "|keep walking|keep swimming|keep going|dialysis|insulin|turning back|turn back",
    "|tie|attach|secure|fix|log off|logging off|logged off|log out|logging out|logged out|sign off",
    "|signing off|sign out|signing out|ever|if i|lost|drug|chemical|knot|height|building|be here",
    "|being here|be around|being around|make it|surviv|matters|god|lord|jesus|heaven|covered|insurance",
    "|payout|engine|motor|together|no return|not coming back|not going back|one way|rails|left|nowhere|out of|other side|next life|see ya|see you|see u|お迎え|長生き|十分生き|じゅうぶん生き",
    "|next time|funeral|hung|tied|tested|holds|held|育て方|しつけ|葬式|葬儀|告別式|水を|水も|手をつけ|手を付け",
    "|農薬|がそりん|しんな|ほす|だむ|岬|誰にも|だれにも|解約|解除|位置情報|居場所|現在地|gps|意識|ぐったり|呼んでも",
    "|hose|flies|express|freight|login|pins|details|equation|picture|friend",
    // What welfare reports about someone else hold (rules/*/someone-else.ts).
    "|倒れ|無言|聞こえ|既読|譲|answer|stench|collapsed|fainted|drive|steer|crash|thud|thump",
    // Tenth pass (en): tears blamed on oneself, an urge to self-harm back, weeks without a soul,
    // a life seen through glass.
    "|cries|sobs|weeps|wept|urge|craving|talked to|spoken to|spoke to|a soul|another human|real person|glass",
    // Eleventh pass (en): days of silence behind a door, food and water refused, years alone,
    // debts and gambling hidden, a house gone quiet, a note so the police find one.
    "|days|nights|food|water|conversation|chat|talk|bad |like this|this way|so low|top of|bad day|debt|bailiff|creditor|gambl|betting|casino|slots|pokies|wardrobe|closet|quiet|silent|find|police|999|911|cops",
    // Twelfth pass (someone else): shut in with the means, a weapon carried at someone, a
    // farewell from up high in any language.
    "|お別れ|おわかれ|じゃあね|元気でね|閉じこも|閉じ籠|立てこも|立て籠|こもっ|籠も|籠っ|握って|持って|構えて|addio|adios|adieu|ciao|sayonara|annyeong|coming at|going at|went at|going after|went after|get into|get at|machete|hammer|axe|bat|crowbar|cleaver|bokken|sword",
    // Tenth pass (ja): walking into water, the days of mourning after which one follows.
    "|歩いて|入って|はいって|四十九日|一周忌|三回忌|通夜|納骨|火葬|見送った|看取った|逝った",
    // Fourteenth pass (someone else, now): a farewell and a place of danger or silence.
    "|love you|river|lake|stones in|rocks in|offline|knock",
    // Fourteenth pass (own): too low to bathe, a time and a place said bare, a game's last save
    // or its end (continue, game over) said of a life.
    "|風呂|ふろ|しゃわ|歯磨き|歯みがき|はみがき|着替え|大丈夫|平気|数え|こんていにゅ|げむおば|げむせっと|overpass|viaduct|flyover|tower|pier|quarry|save",
    // Fifteenth pass (own): a day made one's last, a letter left on the desk, a height asked,
    // a room sealed and a fire lit.
    "|命日|書き置|how tall|how far down|sealed|lit it|lit the|lit a",
    // Seventeenth pass (own): a cut in kana, weighted for the water, traces deleted as an exit.
    "|きず|ぽけっと|りゅっく|かばん|重り|おもり|pocket|backpack|deleted|exit",
    // Seventeenth pass (distress): a house gone silent, the wish to talk owned, talk keeping one
    // in, days of talking to no one again.
    "|静か|しずか|話したかっ|喋りたかっ|しゃべりたかっ|はなしたかっ|出られ|でられ|出にく|出れ|誰とも|だれとも",
    // Eighteenth pass (own, p18own): the cold, a voice, a child handed on just in case, ways
    // looked up, a god returned to.
    "|minus|freezing|below zero|sub zero|subzero|snow|icy|frost|guardian|custody|just in case|voice",
    "|寒|さむ|凍え|氷点下|吹雪|幻聴|声が|声は|もしも|万が一|念のため|手段|方法|やり方|神様|主の",
    // Nineteenth pass (distress, p19calm): a family carer worn out, mocked online, empty
    // inside, a rash act feared or denied in a vent.
    "|介護|看病|介助|看て|晒|さらさ|加工|こら|ねたに|笑いもの|悪口|陰口|叩かれ|笑われ|行けな|いけな|空っぽ|からっぽ|空虚|虚し|むなし|caring for|looking after|carer|caregiver|meme|selfie|mocking|making fun|stupid|dumb|rash|drastic|vent|rant",
  ].join(""),
  "g",
);
/**
 * Warning signs that, two or more of different kinds in one message, make a crisis even
 * when each alone is only a concern ("thank you for everything" plus "I'm a burden").
 * Distress alone ("つらい", "I'm not okay") does not count towards it.
 */
export const WARNING_SIGNS: ReadonlySet<string> = new Set([
  "passive-ideation",
  "hopelessness",
  "burden",
  "plan",
  "means",
  "method-question",
  "preparation",
  "farewell",
  "attempt-in-progress",
  "self-harm",
]);
/** Id of the synthetic match that records the escalation. */
export const ESCALATION_RULE_ID = "any.escalation.several-warning-signs";
/** Matches of one rule looked at; more of the same phrase adds nothing. */
const MAX_HITS_PER_RULE = 16;

/** Every rule, both languages: messages mix them, so all run whatever the locale. */
export const RISK_RULES: readonly RiskRule[] = [...JA_RULES, ...EN_RULES];

// Rules of a language run only when the normalised text holds that language's script: half the
// work for a message in one language, and mixed messages still get both. Japanese rules read
// kana and kanji (romaji is turned into kana by the normaliser); English rules read Latin
// letters (meaningful emoji become English words).
const JAPANESE_SCRIPT_RE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_SCRIPT_RE = /[a-z]/;

// Most rules hold none of their literals in a given message: the keys the message holds find
// the few that may match, and their regular expressions alone run (see prefilter.ts).
const GATES = new Map(RISK_RULES.map((rule) => [rule, literalGate(rule.pattern)]));
const gated = (rules: readonly RiskRule[]) => new GateSet(rules, (rule) => GATES.get(rule));
const JA_GATED = gated(JA_RULES);
const EN_GATED = gated(EN_RULES);
const ALL_GATED = gated(RISK_RULES);
const TEXT_UNITS = new TextUnits();

/** The rules that may match a text: its languages' rules that its literals do not rule out. */
function rulesFor(text: string): readonly RiskRule[] {
  const japanese = JAPANESE_SCRIPT_RE.test(text);
  const latin = LATIN_SCRIPT_RE.test(text);
  const set = japanese && latin ? ALL_GATED : japanese ? JA_GATED : latin ? EN_GATED : undefined;
  if (set === undefined) return [];
  TEXT_UNITS.mark(text);
  return set.select(TEXT_UNITS);
}
/** Every override, in the order they are tried (the first that lowers most wins). */
export const RISK_OVERRIDES: readonly OverrideRule[] = [
  ...COMMON_OVERRIDES,
  ...JA_OVERRIDES,
  ...EN_OVERRIDES,
];

// An override that names a rule id no rule has would never apply: stop at load instead.
const UNKNOWN_RULE_IDS = unknownRuleIds(RISK_RULES, RISK_OVERRIDES);
if (UNKNOWN_RULE_IDS.length > 0) {
  throw new Error(`risk overrides name unknown rule ids: ${UNKNOWN_RULE_IDS.join(", ")}`);
}

function boundInput(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const head = Math.floor(MAX_INPUT_CHARS * 0.8);
  return `${text.slice(0, head)}\n${text.slice(text.length - (MAX_INPUT_CHARS - head))}`;
}

/** The stretches of normalised text to scan: all of it, or head, tail and windows. */
function scanSegments(text: string): string[] {
  if (text.length <= MAX_SCAN_CHARS) return [text];
  const middleEnd = text.length - TAIL_CHARS;
  const segments = [text.slice(0, HEAD_CHARS)];
  let window: [number, number] | undefined;
  ANCHOR_RE.lastIndex = HEAD_CHARS;
  for (let m = ANCHOR_RE.exec(text); m !== null && m.index < middleEnd; ) {
    const from = Math.max(HEAD_CHARS, m.index - WINDOW_RADIUS);
    const to = Math.min(middleEnd, m.index + WINDOW_RADIUS);
    if (window !== undefined && from <= window[1]) {
      window[1] = to;
    } else {
      if (window !== undefined) segments.push(text.slice(window[0], window[1]));
      if (segments.length > MAX_WINDOWS) break;
      window = [from, to];
    }
    // Inside the current window further anchors change nothing: skip to its edge.
    ANCHOR_RE.lastIndex = Math.max(m.index + 1, to - WINDOW_RADIUS);
    m = ANCHOR_RE.exec(text);
  }
  if (window !== undefined && segments.length <= MAX_WINDOWS) {
    segments.push(text.slice(window[0], window[1]));
  }
  ANCHOR_RE.lastIndex = 0;
  segments.push(text.slice(middleEnd));
  return segments;
}

function contextAt(text: string, start: number, end: number): MatchContext {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const sentenceStart = before.lastIndexOf(".") + 1;
  const sentenceEnd = after.indexOf(".");
  return {
    before,
    match: text.slice(start, end),
    after,
    sentence:
      before.slice(sentenceStart) +
      text.slice(start, end) +
      (sentenceEnd < 0 ? after : after.slice(0, sentenceEnd)),
  };
}

interface Verdict {
  level: RiskLevel;
  overruledBy?: string;
}

// The overrides that may overrule each rule, in their order: `appliesTo` reads only the rule,
// so it is asked once a rule at load instead of once an override at every hit.
const overridesOf = (rule: RiskRule) =>
  RISK_OVERRIDES.filter((override) => !override.appliesTo || override.appliesTo(rule));
const OVERRIDES_OF = new Map(RISK_RULES.map((rule) => [rule, overridesOf(rule)]));

function judgeHit(rule: RiskRule, ctx: MatchContext): Verdict {
  let verdict: Verdict = { level: rule.level };
  for (const override of OVERRIDES_OF.get(rule) ?? overridesOf(rule)) {
    if (levelRank(override.lowersTo) >= levelRank(verdict.level)) continue;
    if (!override.test(ctx)) continue;
    verdict = { level: override.lowersTo, overruledBy: override.id };
    if (verdict.level === "none") break;
  }
  return verdict;
}

// Each rule's pattern as it is run: the same matches, its opening lookarounds tried only where
// its first piece matches (see guard.ts).
const RUNNERS = new Map(RISK_RULES.map((rule) => [rule, guardLookarounds(rule.pattern)]));

// The hit that keeps the most risk stands for the rule: one negated "want to die" does
// not cancel another one later in the message.
function judgeRule(rule: RiskRule, segments: readonly string[]): Verdict | undefined {
  const pattern = RUNNERS.get(rule) ?? rule.pattern;
  let best: Verdict | undefined;
  for (const text of segments) {
    pattern.lastIndex = 0;
    for (let hits = 0; hits < MAX_HITS_PER_RULE; hits++) {
      const m = pattern.exec(text);
      if (m === null) break;
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const verdict = judgeHit(rule, contextAt(text, m.index, m.index + m[0].length));
      if (best === undefined || levelRank(verdict.level) > levelRank(best.level)) best = verdict;
      if (verdict.overruledBy === undefined) {
        pattern.lastIndex = 0;
        return best;
      }
    }
  }
  pattern.lastIndex = 0;
  return best;
}

/** Normalises a message the way the rules read it (bounded first: a paste cannot stall it). */
export function normalizeMessage(text: string): string {
  return normalizeForRisk(boundInput(typeof text === "string" ? text : ""));
}

/**
 * The rules alone: match every rule of both languages on normalised text, let negation,
 * idiom, game, title, past-ideation, third-party and bereavement overrides lower each match
 * in its context, and take the highest level left. Pure, deterministic and bounded in time.
 */
export function assessRules(normalizedText: string): RiskAssessment {
  // The rules are written in plain verb endings and kanji; polite endings, kana spellings and
  // English farewells inside Japanese are folded for them only (see `forRules`).
  const normalized = forRules(normalizedText);
  const matches: RiskMatch[] = [];
  const overrides: string[] = [];
  let level: RiskLevel = "none";
  let dangerAtHome = false;
  if (normalized.length === 0) return { level, matches, overrides, dangerAtHome };

  const segments = scanSegments(normalized);
  const warningSigns = new Set<string>();
  for (const rule of rulesFor(normalized)) {
    const verdict = judgeRule(rule, segments);
    if (verdict === undefined) continue;
    const match: RiskMatch = { rule: rule.id, level: rule.level, category: rule.category };
    if (verdict.overruledBy !== undefined) {
      match.overruledBy = verdict.overruledBy;
      if (!overrides.includes(verdict.overruledBy)) overrides.push(verdict.overruledBy);
    }
    matches.push(match);
    if (levelRank(verdict.level) > levelRank(level)) level = verdict.level;
    if (rule.category === "danger-at-home" && verdict.level !== "none") dangerAtHome = true;
    if (verdict.overruledBy === undefined && WARNING_SIGNS.has(rule.category)) {
      warningSigns.add(rule.category);
    }
  }
  if (level === "concern" && warningSigns.size >= 2) {
    level = "crisis";
    matches.push({ rule: ESCALATION_RULE_ID, level: "crisis", category: "several-warning-signs" });
  }
  return { level, matches, overrides, dangerAtHome };
}

/** The kind of an override id (`ja.third-party-worry.someone-else` → `third-party-worry`). */
export function overrideKind(id: string): OverrideKind | undefined {
  const kind = id.split(".")[1];
  const kinds: readonly string[] = [
    "negation",
    "idiom",
    "game",
    "object",
    "title",
    "past-ideation",
    "third-party-worry",
    "bereavement",
    "everyday",
  ];
  return kind !== undefined && kinds.includes(kind) ? (kind as OverrideKind) : undefined;
}

/**
 * True when the message is worry about someone else at risk (a friend, a son): the person
 * writing is not in crisis, but should be offered the supporter information.
 */
export function isThirdPartyWorry(assessment: RiskAssessment): boolean {
  return assessment.overrides.some((id) => overrideKind(id) === "third-party-worry");
}

const LOWERS_TO = new Map(RISK_OVERRIDES.map((o) => [o.id, o.lowersTo]));
const LOCAL_OVERRIDES = new Set(RISK_OVERRIDES.filter((o) => o.local === true).map((o) => o.id));

/** True when an override explains only its match, not the whole message (see `local`). */
export function isLocalOverride(id: string): boolean {
  return LOCAL_OVERRIDES.has(id);
}

/**
 * The matches that still count after overrides, at any level above none: what the
 * assessment's level rests on.
 */
export function effectiveMatches(assessment: RiskAssessment): RiskMatch[] {
  return assessment.matches.filter(
    (m) => m.overruledBy === undefined || LOWERS_TO.get(m.overruledBy) !== "none",
  );
}
