/** Text hygiene for what people type: safe to store, and comparable with command words. */
/** Longest text the core works with; longer input is read up to here (the risk check sees all). */
export const MAX_INPUT_LENGTH = 4000;
/** Longest answer a flow may keep. */
export const MAX_KEPT_ANSWER_LENGTH = 500;
// C0/C1 controls except tab and newline, and bidi overrides that can disguise text.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Removes control characters and trims; keeps line breaks. */
export function sanitizeInput(text) {
    return text.replace(UNSAFE_CHARACTERS, "").trim();
}
/**
 * A comparison key for commands and choice labels: NFKC (full-width to half-width), lower case,
 * no punctuation or spaces, no leading slash. "／ＳＴＯＰ！" and "stop" compare equal.
 */
export function matchKey(text) {
    return text
        .normalize("NFKC")
        .toLowerCase()
        .replace(/^\//, "")
        .replace(/@\w+$/, "")
        .replace(/[\s\p{P}\p{S}]+/gu, "");
}
const WORD_KEYS = new WeakMap();
/**
 * The match keys of the words a piece of loaded content holds (a choice's labels and aliases,
 * the done words), computed once per piece: content does not change once loaded, and these are
 * compared with what a person types on every turn.
 */
export function wordKeys(owner, words) {
    let keys = WORD_KEYS.get(owner);
    if (keys === undefined) {
        keys = new Set(Array.from(words(), matchKey).filter((key) => key !== ""));
        WORD_KEYS.set(owner, keys);
    }
    return keys;
}
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN_WORD = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]{2,}/g;
/**
 * The language a message is plainly written in, when its script alone tells: `ja` for any
 * kana or kanji; `en` for three or more Latin words without them ("I want to die"). Undefined
 * for digits, emoji, or a word or two ("ok", "help", "kms"), which a Japanese speaker types too.
 */
export function scriptLanguage(text) {
    if (JAPANESE.test(text))
        return "ja";
    return (text.match(LATIN_WORD)?.length ?? 0) >= 3 ? "en" : undefined;
}
//# sourceMappingURL=text.js.map