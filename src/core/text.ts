/** Text hygiene for what people type: safe to store, and comparable with command words. */

/** Longest text the core works with; longer input is read up to here (the risk check sees all). */
export const MAX_INPUT_LENGTH = 4000;
/** Longest answer a flow may keep. */
export const MAX_KEPT_ANSWER_LENGTH = 500;

// C0/C1 controls except tab and newline, and bidi overrides that can disguise text.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Removes control characters and trims; keeps line breaks. */
export function sanitizeInput(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, "").trim();
}

/**
 * A comparison key for commands and choice labels: NFKC (full-width to half-width), lower case,
 * no punctuation or spaces, no leading slash. "／ＳＴＯＰ！" and "stop" compare equal.
 */
export function matchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\//, "")
    .replace(/@\w+$/, "")
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}
