/**
 * A campaign's greeting is content like every other text the bot says: the content guide's
 * banned phrases and exclamation marks are refused, and it stays short enough for a phone.
 */
import { bannedPhrases, exclamation } from "../content/banned-phrases.js";
/** Longest greeting, in characters: two short sentences. */
export const MAX_GREETING_LENGTH = 120;
/** What is wrong with a greeting in `locale`, one line a problem; empty when it is fine. */
export function greetingProblems(text, locale) {
    const problems = [];
    if (text.length > MAX_GREETING_LENGTH) {
        problems.push(`longer than ${MAX_GREETING_LENGTH} characters (a phone screen, not a letter)`);
    }
    if (/[<>]/.test(text))
        problems.push("no markup: < and > are not allowed");
    for (const banned of [...(bannedPhrases[locale] ?? []), exclamation]) {
        if (banned.pattern.test(text))
            problems.push(`"${text.match(banned.pattern)?.[0]}": ${banned.why}`);
    }
    return problems;
}
//# sourceMappingURL=greeting.js.map