import { foldKana } from "./normalize.js";
import type { RiskLevel } from "./types.js";

/** The content guide's risk categories, plus the concern-only ones the rules add. */
export type RiskCategory =
  | "passive-ideation"
  | "hopelessness"
  | "burden"
  | "plan"
  | "means"
  | "method-question"
  | "preparation"
  | "farewell"
  | "attempt-in-progress"
  | "self-harm"
  | "danger-at-home"
  | "distress"
  /** Not a rule's category: several warning signs at concern level, together a crisis. */
  | "several-warning-signs";

/** One pattern of the risk check, matched against normalised text. */
export interface RiskRule {
  /** `<lang>.<category>.<name>`; stable, logged, never holds message text. */
  id: string;
  level: RiskLevel;
  category: RiskCategory;
  /** A global regular expression over the output of `normalizeForRisk`. */
  pattern: RegExp;
  /**
   * False when the pattern carries its own negation ("don't want to live", 生きたくない),
   * so a negation in front of it must not cancel it.
   */
  negatable?: boolean;
}

/** Why an override lowers a match; the second segment of an override id. */
export type OverrideKind =
  | "negation"
  | "idiom"
  | "game"
  | "object"
  | "title"
  | "past-ideation"
  | "third-party-worry"
  | "bereavement"
  | "everyday";

/** What an override sees around one match of a rule, all normalised and bounded. */
export interface MatchContext {
  /** Up to CONTEXT_CHARS of text before the match, across sentence ends. */
  before: string;
  match: string;
  /** Up to CONTEXT_CHARS of text after the match, across sentence ends. */
  after: string;
  /** The sentence that holds the match (bounded like `before` and `after`). */
  sentence: string;
}

/** A rule that lowers the level of a match in its context: an idiom, a negation... */
export interface OverrideRule {
  /** `<lang>.<kind>.<name>`. */
  id: string;
  kind: OverrideKind;
  /** The level a match drops to when this override holds. */
  lowersTo: RiskLevel;
  /** Which rules it may overrule; all rules when absent. */
  appliesTo?: (rule: RiskRule) => boolean;
  test: (ctx: MatchContext) => boolean;
  /**
   * True when the override explains only its match ("this essay on the somme is killing me"),
   * not the message: the learned layer still reads the rest of it, so a long message keeps
   * whatever else it says. Overrides without it also keep the learned layer from raising.
   */
  local?: boolean;
}

/**
 * A reading of a match's context that several overrides ask for (past ideation is asked by the
 * override that lowers to none and by the one that lowers to concern): worked out once a match.
 */
export function perMatch<T>(read: (ctx: MatchContext) => T): (ctx: MatchContext) => T {
  const seen = new WeakMap<MatchContext, T>();
  return (ctx) => {
    if (seen.has(ctx)) return seen.get(ctx) as T;
    const value = read(ctx);
    seen.set(ctx, value);
    return value;
  };
}

/** How far either side of a match an override may look. */
export const CONTEXT_CHARS = 120;

/**
 * Compile an English pattern: a space in the source also matches no space, since letters
 * spaced out by a person ("k i l l m y s e l f") come back glued together.
 */
export function en(source: string): RegExp {
  return new RegExp(source.replace(/ /g, " ?"), "g");
}

/** Compile a Japanese pattern, written with katakana and ー, into the normalised kana form. */
export function ja(source: string): RegExp {
  return new RegExp(foldKana(source), "gu");
}

/** Alternatives for a regular expression from a list of literal-ish sources. */
export function anyOf(parts: readonly string[]): string {
  return `(?:${parts.join("|")})`;
}

/** Numeric rank of a level, for comparing and taking the highest. */
export function levelRank(level: RiskLevel): number {
  return level === "crisis" ? 2 : level === "concern" ? 1 : 0;
}

/** An `appliesTo` that accepts rules of the given categories. */
export function inCategories(...categories: RiskCategory[]): (rule: RiskRule) => boolean {
  return (rule) => categories.includes(rule.category);
}

/** Rules that speak of the person's own ideation or acts (what idioms and games can overrule). */
export const IDEATION_LIKE = inCategories(
  "passive-ideation",
  "hopelessness",
  "burden",
  "plan",
  "means",
  "method-question",
  "preparation",
  "self-harm",
  "attempt-in-progress",
);

/** An `appliesTo` that accepts the given rule ids. */
export function ruleIds(...ids: string[]): RuleIdFilter {
  const applies = (rule: RiskRule) => ids.includes(rule.id);
  return Object.assign(applies, { ruleIds: ids });
}

/** An `appliesTo` that names rule ids: they are checked against the rules at load. */
export type RuleIdFilter = ((rule: RiskRule) => boolean) & { readonly ruleIds: readonly string[] };

/**
 * The rule ids that overrides name but no rule has: a typo there would silently switch an
 * override off, so the risk check refuses to load with any (see `check.ts`).
 */
export function unknownRuleIds(
  rules: readonly RiskRule[],
  overrides: readonly OverrideRule[],
): string[] {
  const known = new Set(rules.map((rule) => rule.id));
  return overrides.flatMap((override) => {
    const named = (override.appliesTo as Partial<RuleIdFilter> | undefined)?.ruleIds ?? [];
    return named.filter((id) => !known.has(id)).map((id) => `${override.id} -> ${id}`);
  });
}

/** The text of the clause before the match: back to the last sentence or clause mark. */
export function clauseBefore(ctx: MatchContext): string {
  const cut = Math.max(ctx.before.lastIndexOf("."), ctx.before.lastIndexOf(","));
  return ctx.before.slice(cut + 1);
}

/** The text of the sentence before the match. */
export function sentenceBefore(ctx: MatchContext): string {
  return ctx.before.slice(ctx.before.lastIndexOf(".") + 1);
}

/** The text of the sentence after the match. */
export function sentenceAfter(ctx: MatchContext): string {
  const end = ctx.after.indexOf(".");
  return end < 0 ? ctx.after : ctx.after.slice(0, end);
}

/**
 * A short message, all of it in the override's view. An override of kind idiom, game or
 * everyday also keeps the learned layer from raising the message, so the narrower ones (a
 * haircut, a horror film, a game's "心が死んだ", a fan's grief) hold only where nothing else is
 * said.
 */
export function shortMessage(ctx: MatchContext): boolean {
  return ctx.before.length + ctx.after.length <= SHORT_MESSAGE_CHARS;
}
const SHORT_MESSAGE_CHARS = 80;
