/**
 * A shortcut is what an always-visible channel menu (LINE's rich menu) sends: a command (`stop`,
 * `human`...) or one choice of a question (`menu.main.very-hard`), to be done wherever the person
 * is, exactly as if they had typed the command's word or gone to that question and picked it.
 * Unlike a button under a message, a shortcut is never stale.
 *
 * As a token it is `shortcut:<command>` or `shortcut:<flow>.<node>.<choice>`: at most 70 bytes,
 * within LINE's postback data, and never confused with a choice token (which has no colon).
 */
import { commandNames } from "../content/schema.js";
import { decodeChoice, encodeChoice } from "./choice-token.js";
const PREFIX = "shortcut:";
/** The token a channel menu carries for `shortcut`. */
export function encodeShortcut(shortcut) {
    return `${PREFIX}${"command" in shortcut ? shortcut.command : encodeChoice(shortcut.choice)}`;
}
/** True when `token` is meant as a shortcut (it may still name something content lacks). */
export function isShortcutToken(token) {
    return token.startsWith(PREFIX) && token.length <= 100;
}
/** The shortcut a token names; undefined for anything that is not one. */
export function decodeShortcut(token) {
    if (!isShortcutToken(token))
        return undefined;
    const rest = token.slice(PREFIX.length);
    if (commandNames.includes(rest))
        return { command: rest };
    const choice = decodeChoice(rest);
    return choice ? { choice } : undefined;
}
//# sourceMappingURL=shortcut.js.map