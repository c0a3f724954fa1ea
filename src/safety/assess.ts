/**
 * The risk check as the core sees it: the rules (precise), the learned layer (recall: raises
 * what the rules do not know to at least `concern`), the subject (the writer or someone else),
 * urgency (happening now) and the fading score over the last messages of the conversation.
 */
import {
  assessRules,
  effectiveMatches,
  isLocalOverride,
  normalizeMessage,
  overrideKind,
  WARNING_SIGNS,
} from "./check.js";
import { defaultRiskModel, type Evidence, type RiskModel } from "./learned/index.js";
import { levelRank } from "./rule-types.js";
import { WHEN } from "./rules/ja/patterns.js";
import { subjectOf, writersOwnRisk } from "./subject.js";
import type { RiskAssessment, RiskCheck, RiskLevel, RiskMatch, RiskTrace } from "./types.js";
import {
  actUnderWayNow,
  dangerNowForSomeoneElse,
  onlyAskedAbout,
  ownActSetNow,
  reportedWishWithNoSign,
  toldAsPastOnly,
  violenceNow,
} from "./urgency.js";

/** Id of the synthetic match when the learned layer raised the level. */
export const LEARNED_RULE_ID = "any.learned.score";
/** Id of the synthetic match when signs across the last messages raised the level. */
export const CONTEXT_RULE_ID = "any.context.recent-messages";

/** The warning-sign category of a message the learned layer reads as a crisis. */
const LEARNED_SIGN = "learned-crisis";
/** A bare act set for a time, read only in the context of earlier messages. */
const TIMED_ACT = [
  new RegExp(
    `^(?:${WHEN})(?:の)?(?:うちに|中に|こそ)?[、,]?\\s*(?:やる|やります|やるわ|やるよ|決行|実行|終わらせる|終わりにする)[。.!！]*$`,
  ),
  /^(?:(?:i'?m |im |gonna |going to |i'?ll |will )?(?:do(?:ing)? it|end it|go through with it) tonight|tonight(?:'s| is) the night|it(?:'s| is|s) tonight)[.!]*$/i,
];
/**
 * A bare act said as done ("もう飲んだ", "took them"), read only in the context of earlier
 * messages: alone it is someone's medicine, after means at hand it is an overdose taken. Only
 * swallowing and cutting: "done" or "did it" also answer "could you put them away?". It may
 * follow a yes or a no, since it often answers the bot's direct question: "いいえ。もう飲んだ"
 * to "are you thinking about suicide right now?" is not thinking of it because it is done.
 */
const DONE_ACT = [
  /^(?:(?:はい|うん|ええ|いいえ|いや|ううん|いえ)[、,.。!！…]*\s*)?(?:(?:もう|さっき|いま|今|たった今|すでに|既に)[、,]?\s*)?(?:(?:全部|ぜんぶ|みんな)[、,]?\s*)?(?:飲んだ|のんだ|飲んじゃった|のんじゃった|飲んでしまった|飲んでもうた|飲みました|飲んでしまいました|切った|切っちゃった|切りました)(?:よ|わ|の|です|から|し|けど)?[。.!！…]*$/u,
  /^(?:(?:yes|yeah|yep|yup|no|nope|nah)[,.!…]*\s*)?(?:i |ive |i've |i have )?(?:already |just )?(?:took|taken|swallowed|downed) (?:them|it|all of them|them all|the lot|the pills|the tablets)(?: already| all)?(?:[,.]?\s*(?:about |like |around |maybe )?(?:an|a|one|two|half an|\d+) (?:hour|hours|hr|hrs|minutes|mins) ago)?[.!]*$/i,
];
/**
 * A yes with a time now (p19now, the nineteenth pass, after round 24), read only in the context
 * of a crisis in the last messages: "yes. tonight.", はい。今夜です。, "yeah right now", うん、今から. It
 * answers the bot's direct question ("are you thinking about suicide right now?") with the
 * moment: the emergency answer, not the listening one. Alone it is nothing; "no. tonight" is not
 * this; a time later than today ("yes, next week") is a plan the yes already answers.
 */
const TIMED_YES = [
  new RegExp(
    `^(?:(?:はい|うん|ええ|そう|そうです|そうだよ|そうだ)[、,.。!！…]*\\s*)?(?:${WHEN}|今すぐ|いますぐ|今から|いまから|これから|もうすぐ|この後|このあと|あとで)(?:の)?(?:うちに)?(?:です|だよ|だ|かな|にする|にします|のつもり|のつもりです|やる|します|死ぬ|しぬ)?[。.!！…]*$`,
    "u",
  ),
  /^(?:(?:yes|yeah|yep|yup|ya|yea|yh|mhm|uh huh|i am|im)[,.!…]*\s*)?(?:(?:its |it is |its gonna be |probably |planning on |planning for |maybe )?(?:tonight|right now|now|today|this (?:evening|afternoon|morning)|soon|in (?:an|a few|a couple of|\d+) (?:hour|hours|minutes|mins)))(?: i think)?[.!…]*$/i,
];
/** Signs of means at hand: a plan with a time after one of these is a danger with a moment. */
const MEANS_SIGNS = new Set(["means", "preparation", "method-question"]);
/** How long, and over how many messages, earlier signs still count. */
export const CONTEXT_WINDOW_MS = 30 * 60 * 1000;
export const CONTEXT_MESSAGES = 5;
/** An earlier sign counts half as much after this long. */
const HALF_LIFE_MS = 15 * 60 * 1000;
/** Below this weight an earlier message no longer adds its signs (its evidence still fades in). */
const SIGN_WEIGHT = 0.3;
/** Shortest normalised text the learned layer may raise to concern, and to crisis. */
const MODEL_MIN_CHARS = 4;
const MODEL_CRISIS_MIN_CHARS = 8;
// Happening now: an act under way, bleeding that will not stop, standing at a height.
const URGENT_RE = new RegExp(
  [
    "(?:いま|今|さっき|たった今|今さっき)[^.]{0,14}(?:飲んだ|のんだ|飲みました|切った|切ってる|切りました|飛ぶ|飛び降り)",
    "|血[がは]?(?:止まら|とまら|止まん|とまん)",
    "|(?:橋|屋上|線路|ほむ|ホーム|崖|べらんだ|ベランダ|歩道橋|鉄橋)(?:の上|の端|のふち|の縁)?(?:に|で)(?:いる|います|来てる|来た|来ました|立って)",
    "|\\bjust (?:took|swallowed|downed|drank|cut)\\b|\\b(?:took|swallowed|downed) (?:all|the whole|every)",
    // Said as done, in a message already read as a crisis: "ive taken them already", 全部飲んだ.
    "|\\b(?:already (?:took|taken|swallowed)|(?:took|taken|swallowed) (?:them|it) already)\\b",
    "|(?:もう|全部|ぜんぶ|すでに)[^.]{0,6}(?:飲んだ|のんだ|飲んじゃった|飲みました)(?!ら)",
    "|\\bcant (?:make it |get it to )?stop (?:the )?bleeding|\\bwont stop bleeding|lot of blood",
    "|\\b(?:im|i am) (?:on|at) (?:the|a|my) (?:roof|bridge|ledge|edge|overpass|tracks|platform|cliff)",
    "|\\bon (?:the|a|my) (?:roof|bridge|ledge|overpass|railing)\\b[^.]{0,20}\\blooking down",
    "|\\bstanding on (?:the|a) (?:roof|bridge|ledge|edge|overpass|tracks|railing)",
  ].join(""),
  "u",
);

// A clause that turns after a negation: "not suicidal, but...", "死ぬ気はないけど…".
const CONTRAST_RE = /\b(?:but|though|although|except|still)\b|けど|けれど|でも|だけど|ただ|のに/u;

/** Settings of the composed check; tests use them to run the rules alone. */
export interface RiskCheckOptions {
  /** The learned layer; `null` runs the rules alone. Default: the committed model. */
  model?: RiskModel | null;
}

function fade(trace: RiskTrace, now: Date): number {
  const age = now.getTime() - Date.parse(trace.at);
  if (!(age >= 0) || age > CONTEXT_WINDOW_MS) return 0;
  return trace.weight * 0.5 ** (age / HALF_LIFE_MS);
}

function raise(assessment: RiskAssessment, level: RiskLevel, rule: string, category: string): void {
  if (levelRank(level) <= levelRank(assessment.level)) return;
  assessment.level = level;
  // One synthetic rule is listed once, at the level it reached (concern, then crisis).
  const earlier = assessment.matches.find((match) => match.rule === rule);
  if (earlier) Object.assign(earlier, { level, category });
  else assessment.matches.push({ rule, level, category });
}

/** What the rules make of a message, and what they leave the learned layer to decide. */
interface RulesReading {
  assessment: RiskAssessment;
  counted: RiskMatch[];
  familyAttempt: boolean;
  /** The learned layer may raise the message to concern, and to crisis. */
  mayConcern: boolean;
  mayCrisis: boolean;
  /** The learned layer may mark the message a warning sign for the messages after it. */
  maySign: boolean;
  /** The rules explained the risk words away (an idiom, a game, a title). */
  explained: boolean;
}

// A quotation in single quotes with an apostrophe inside ('keep these, I won't need them after
// tonight') is not paired by the normaliser, which reads the first apostrophe as its end; whose
// words they are is read on the text with the apostrophes inside words taken out first.
const QUOTE_WITH_APOSTROPHE_RE = /(?:^|[\s(「,.:;])['‘][^'‘’\n]*\p{L}['’]\p{L}/u;
const APOSTROPHE_IN_WORD_RE = /(?<=\p{L})['’](?=\p{L})/gu;

// ...and a quotation longer than the normaliser pairs (80 characters: 'thank you for trying, I'm
// going to end it tonight, please tell my mum it's not her fault.') is marked as one here, for
// whose danger only (the normaliser's own reading feeds the learned layer and stays as it is).
const SINGLE_QUOTED_RE = /(^|[\s(,.:;])['‘]([^'‘’\n]{1,240})['’](?=$|[\s.,!?;:)])/gu;

function subjectView(text: string, normalized: string): string {
  if (typeof text !== "string" || !QUOTE_WITH_APOSTROPHE_RE.test(text)) return normalized;
  return normalizeMessage(
    text.replace(APOSTROPHE_IN_WORD_RE, "").replace(SINGLE_QUOTED_RE, "$1「$2」"),
  );
}

function readByRules(normalized: string, subjectText = normalized): RulesReading {
  const rules = assessRules(normalized);
  const counted = effectiveMatches(rules);
  const thirdParty = rules.overrides.some((id) => overrideKind(id) === "third-party-worry");
  const familyAttempt = counted.some((m) => m.rule.endsWith(".family-attempt"));
  const subject = subjectOf(subjectText, thirdParty, rules.dangerAtHome, familyAttempt);
  const assessment: RiskAssessment = { ...rules, subject };
  // About someone else: the danger the message describes, before the override that said
  // "the writer is not the one at risk" lowered it.
  if (subject === "other") {
    for (const m of rules.matches) {
      if (m.overruledBy && overrideKind(m.overruledBy) === "third-party-worry") {
        if (levelRank(m.level) > levelRank(assessment.level)) assessment.level = m.level;
      }
    }
  }
  // An idiom, a game or a title the rules recognised is not for the model to overturn; after
  // a negation ("not suicidal, but...") it may still ask, never more.
  const kinds = rules.overrides.map(overrideKind);
  const explained = kinds.some(
    (k, i) =>
      k !== undefined &&
      k !== "third-party-worry" &&
      k !== "negation" &&
      !isLocalOverride(rules.overrides[i] ?? ""),
  );
  // "I'm not going to kill myself" is answered by the rules; "not X, but Y" may hide a Y.
  const negated = kinds.includes("negation") && CONTRAST_RE.test(normalized);
  const negatedOnly = kinds.includes("negation") && !negated;
  const maySign = !explained && !negatedOnly && /[\p{L}\p{N}]/u.test(normalized);
  // A word or two ("やめる", "もどりました") carries too little for the model alone.
  const mayConcern = maySign && normalized.length >= MODEL_MIN_CHARS;
  const mayCrisis = mayConcern && !negated && normalized.length >= MODEL_CRISIS_MIN_CHARS;
  return { assessment, counted, familyAttempt, mayConcern, mayCrisis, maySign, explained };
}

/**
 * For choosing the learned layer's thresholds on the check as a whole: the level the rules
 * give a message alone, and whether the learned layer may raise it to concern and to crisis.
 */
export function learnedGate(text: string): {
  rules: RiskLevel;
  mayConcern: boolean;
  mayCrisis: boolean;
} {
  const normalized = normalizeMessage(text);
  const reading = readByRules(normalized, subjectView(text, normalized));
  return {
    rules: reading.assessment.level,
    mayConcern: reading.mayConcern,
    mayCrisis: reading.mayCrisis,
  };
}

/** Builds the composed risk check. */
export function createRiskCheck(options: RiskCheckOptions = {}): RiskCheck {
  const modelOf = () => (options.model === undefined ? defaultRiskModel() : options.model);
  return (text, _localeHint, context) => {
    const normalized = normalizeMessage(text);
    const view = subjectView(text, normalized);
    const { assessment, counted, familyAttempt, mayConcern, mayCrisis, maySign, explained } =
      readByRules(normalized, view);
    const signs = new Set(
      counted.filter((m) => WARNING_SIGNS.has(m.category)).map((m) => m.category),
    );
    // "今夜やる", "doing it tonight": too bare to mean anything alone, a plan after means.
    if (context && TIMED_ACT.some((pattern) => pattern.test(normalized))) signs.add("plan");
    const doneAct = context !== undefined && DONE_ACT.some((pattern) => pattern.test(normalized));
    const timedYes = context !== undefined && TIMED_YES.some((pattern) => pattern.test(normalized));

    const model = modelOf();
    let evidence: Evidence = { risk: 0, crisis: 0, n: 0 };
    if (model && maySign) {
      evidence = model.read(normalized);
      const p = model.score(evidence);
      assessment.score = Math.round(p.risk * 1000) / 1000;
      if (p.risk >= model.thresholds.concern) {
        // A message the model reads as crisis-like is a warning sign for the messages after
        // it, even when it is too short to be called a crisis alone ("今夜やる").
        if (p.crisis >= model.thresholds.crisis) signs.add(LEARNED_SIGN);
        if (mayConcern) raise(assessment, "concern", LEARNED_RULE_ID, "learned");
        if (mayCrisis && p.crisis >= model.thresholds.crisis) {
          raise(assessment, "crisis", LEARNED_RULE_ID, "learned");
        }
      }
    } else if (model && /[\p{L}\p{N}]/u.test(normalized)) {
      // Explained by the rules (an idiom, a game): scored for the record and for the
      // messages after it, never raised.
      evidence = model.read(normalized);
      assessment.score = Math.round(model.score(evidence).risk * 1000) / 1000;
    }

    // A wish reported about someone, and the writer's word that there is no sign of acting on
    // it: the supporter's answer without the crisis alarm. Context may still raise it.
    const noSignOfActing =
      assessment.subject === "other" &&
      assessment.level === "crisis" &&
      reportedWishWithNoSign(assessment.matches, normalized) &&
      // ...and no wish of the writer's own said beside it.
      !writersOwnRisk(view);
    if (noSignOfActing) {
      assessment.level = "concern";
      for (const m of assessment.matches) if (m.rule === LEARNED_RULE_ID) m.level = "concern";
    }

    let escalated = false;
    if (context && model) {
      let joined: Evidence = { ...evidence };
      const earlier = new Set<string>();
      let answered = 0;
      // Whether any earlier message still counts: without one, the joined score is this
      // message's own, and a wish with no sign of acting stays where it was put.
      let earlierCounts = false;
      for (const trace of context.recent.slice(-CONTEXT_MESSAGES)) {
        const w = fade(trace, context.now);
        if (w <= 0) continue;
        joined = {
          risk: joined.risk + w * trace.evidence[0],
          crisis: joined.crisis + w * trace.evidence[1],
          n: joined.n + w * trace.evidence[2],
        };
        if (w >= SIGN_WEIGHT) for (const sign of trace.signs) earlier.add(sign);
        answered = Math.max(answered, levelRank(trace.level ?? "none"));
        earlierCounts = true;
      }
      // Context adds up signs, but only a message that shows something itself is raised:
      // "ok" after a hard moment is not a new crisis.
      const own = model.score(evidence).risk;
      const showsSomething =
        assessment.level !== "none" ||
        (own >= model.thresholds.concern / 2 && !explained && normalized.length >= MODEL_MIN_CHARS);
      // A crisis already answered is not answered again for every message after it: context
      // raises only past the highest level the last messages were given.
      const raiseTo = (level: RiskLevel, category: string) => {
        if (level === "crisis" && noSignOfActing && !earlierCounts) return;
        if (levelRank(level) > answered) raise(assessment, level, CONTEXT_RULE_ID, category);
      };
      // Means or preparations earlier, and now a plan set for a time ("ロープ買った" ...
      // "今夜やる") or the act said as done ("薬が目の前にある" ... "もう飲んだ"): the danger
      // has a moment now. That is answered again, as urgent, even right after a crisis answer.
      const meansEarlier = [...MEANS_SIGNS].some((sign) => earlier.has(sign));
      // An act said as done needs less before it: any crisis in the last messages, or a plan.
      const crisisEarlier =
        meansEarlier ||
        answered >= levelRank("crisis") ||
        earlier.has(LEARNED_SIGN) ||
        earlier.has("plan");
      if ((meansEarlier && signs.has("plan")) || (doneAct && crisisEarlier)) {
        assessment.level = "crisis";
        assessment.matches.push({
          rule: CONTEXT_RULE_ID,
          level: "crisis",
          category: doneAct ? "act-after-means" : "plan-after-means",
        });
        escalated = true;
      } else if (timedYes && (crisisEarlier || answered >= levelRank("concern"))) {
        // p19now: "yes. tonight." after a crisis or a concern, each answered with the direct
        // question "are you thinking about suicide right now?".
        assessment.level = "crisis";
        assessment.matches.push({ rule: CONTEXT_RULE_ID, level: "crisis", category: "timed-yes" });
        escalated = true;
      }
      if (showsSomething) {
        const all = new Set([...earlier, ...signs]);
        if (all.size >= 2) {
          raiseTo("crisis", "several-warning-signs");
        }
        const p = model.score(joined);
        if (p.risk >= model.thresholds.concern) {
          raiseTo("concern", "learned");
          if (p.crisis >= model.thresholds.crisis) raiseTo("crisis", "learned");
        }
      }
    }

    assessment.urgent =
      assessment.level === "crisis" &&
      // A crisis told as past, with nothing said as now, is not urgent.
      !toldAsPastOnly(normalized) &&
      (familyAttempt ||
        escalated ||
        // An act asked about ("if I took all of them would it be quick") is not under way.
        ((counted.some((m) => m.category === "attempt-in-progress") ||
          URGENT_RE.test(normalized)) &&
          !onlyAskedAbout(normalized)) ||
        // The body giving out after pills, at a place now in dialect, the means in hand tonight,
        // and violence at home now (urgency.ts; danger at home keeps its police-first answer).
        actUnderWayNow(normalized) ||
        // The writer's own act set up for now (urgency.ts).
        (assessment.subject === "self" && ownActSetNow(normalized)) ||
        (assessment.dangerAtHome && violenceNow(normalized)) ||
        // Someone else's crisis with a sign that it is now (urgency.ts): the supporter gets the
        // emergency numbers first. Violence at home keeps its police-first answer.
        (assessment.subject === "other" &&
          !assessment.dangerAtHome &&
          dangerNowForSomeoneElse(normalized)));
    if (!context) return assessment;
    const trace: RiskTrace = {
      at: context.now.toISOString(),
      level: assessment.level,
      signs: [...signs],
      evidence: [round(evidence.risk), round(evidence.crisis), evidence.n],
      weight: 1,
    };
    return { ...assessment, trace };
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The risk check with the committed model: what the composition root wires into the core. */
export const assessRisk: RiskCheck = createRiskCheck();
