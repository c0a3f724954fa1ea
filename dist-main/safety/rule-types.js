import { foldKana } from "./normalize.js";
/**
 * A reading of a match's context that several overrides ask for (past ideation is asked by the
 * override that lowers to none and by the one that lowers to concern): worked out once a match.
 */
export function perMatch(read) {
    const seen = new WeakMap();
    return (ctx) => {
        if (seen.has(ctx))
            return seen.get(ctx);
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
export function en(source) {
    return new RegExp(source.replace(/ /g, " ?"), "g");
}
/** Compile a Japanese pattern, written with katakana and ー, into the normalised kana form. */
export function ja(source) {
    return new RegExp(foldKana(source), "gu");
}
/** Alternatives for a regular expression from a list of literal-ish sources. */
export function anyOf(parts) {
    return `(?:${parts.join("|")})`;
}
/** Numeric rank of a level, for comparing and taking the highest. */
export function levelRank(level) {
    return level === "crisis" ? 2 : level === "concern" ? 1 : 0;
}
/** An `appliesTo` that accepts rules of the given categories. */
export function inCategories(...categories) {
    return (rule) => categories.includes(rule.category);
}
/** Rules that speak of the person's own ideation or acts (what idioms and games can overrule). */
export const IDEATION_LIKE = inCategories("passive-ideation", "hopelessness", "burden", "plan", "means", "method-question", "preparation", "self-harm", "attempt-in-progress");
/** An `appliesTo` that accepts the given rule ids. */
export function ruleIds(...ids) {
    const applies = (rule) => ids.includes(rule.id);
    return Object.assign(applies, { ruleIds: ids });
}
/**
 * The rule ids that overrides name but no rule has: a typo there would silently switch an
 * override off, so the risk check refuses to load with any (see `check.ts`).
 */
export function unknownRuleIds(rules, overrides) {
    const known = new Set(rules.map((rule) => rule.id));
    return overrides.flatMap((override) => {
        const named = override.appliesTo?.ruleIds ?? [];
        return named.filter((id) => !known.has(id)).map((id) => `${override.id} -> ${id}`);
    });
}
/** The text of the clause before the match: back to the last sentence or clause mark. */
export function clauseBefore(ctx) {
    const cut = Math.max(ctx.before.lastIndexOf("."), ctx.before.lastIndexOf(","));
    return ctx.before.slice(cut + 1);
}
/** The text of the sentence before the match. */
export function sentenceBefore(ctx) {
    return ctx.before.slice(ctx.before.lastIndexOf(".") + 1);
}
/** The text of the sentence after the match. */
export function sentenceAfter(ctx) {
    const end = ctx.after.indexOf(".");
    return end < 0 ? ctx.after : ctx.after.slice(0, end);
}
/**
 * A short message, all of it in the override's view. An override of kind idiom, game or
 * everyday also keeps the learned layer from raising the message, so the narrower ones (a
 * haircut, a horror film, a game's "心が死んだ", a fan's grief) hold only where nothing else is
 * said.
 */
export function shortMessage(ctx) {
    return ctx.before.length + ctx.after.length <= SHORT_MESSAGE_CHARS;
}
const SHORT_MESSAGE_CHARS = 80;
//# sourceMappingURL=rule-types.js.map