/**
 * Attribution on LINE. A follow event carries no referral, so an outreach worker shares a link
 * that opens the chat with a short message already typed in; when the person sends it, the code
 * in it attributes the conversation to the worker's campaign (never to a person).
 *
 * The message reads like a greeting, so sending it is not odd: `はじめまして（コード: CODE）`
 * (English: `Hello (code: CODE)`). The person sees and may edit it, so matching is tolerant of
 * full-width characters, spacing and a missing greeting, yet strict enough that a real message
 * is never mistaken for a code: the whole message must be the code line, nothing else.
 */
import { REFERRAL_PATTERN } from "../../core/referral.js";
/** The prefilled message, per locale; `{code}` is replaced by the campaign code. */
export const REFERRAL_MESSAGE_TEMPLATES = {
    ja: "はじめまして（コード: {code}）",
    en: "Hello (code: {code})",
};
const GREETING = "(?:はじめまして|こんにちは|こんばんは|おはようございます|おはよう|hello|hi|hey)";
const LABEL = "(?:紹介コード|コード|referral code|referral|code|#?ref)";
// Applied after NFKC, so full-width brackets, colons, letters and digits are already ASCII.
const CODE_MESSAGE = new RegExp(`^(?:${GREETING}[\\s、。,.]*)?\\(?\\s*${LABEL}\\s*[:=]\\s*([A-Za-z0-9_-]{1,64})\\s*\\)?[\\s。.]*$`, "iu");
/** The text of the prefilled code message. */
export function referralMessageText(code, locale = "ja") {
    assertCode(code);
    return REFERRAL_MESSAGE_TEMPLATES[locale].replace("{code}", code);
}
/**
 * The link a worker shares: `https://line.me/R/oaMessage/@<id>/?<message>`. It opens the chat
 * with the account `lineId` (its basic or premium ID, with or without the `@`) and the code
 * message typed in, ready to send.
 */
export function referralLink(lineId, code, locale = "ja") {
    const id = lineId.startsWith("@") ? lineId : `@${lineId}`;
    if (!/^@[A-Za-z0-9._-]{1,40}$/.test(id)) {
        throw new RangeError("a LINE ID looks like @abc1234d");
    }
    return `https://line.me/R/oaMessage/${id}/?${encodeURIComponent(referralMessageText(code, locale))}`;
}
/** The campaign code when `text` is a code message, otherwise undefined. */
export function parseReferralMessage(text) {
    if (text.length > 200)
        return undefined;
    const match = CODE_MESSAGE.exec(text.normalize("NFKC").trim());
    const code = match?.[1];
    return code && REFERRAL_PATTERN.test(code) ? code : undefined;
}
function assertCode(code) {
    if (!REFERRAL_PATTERN.test(code)) {
        throw new RangeError("a referral code is 1-64 letters, digits, _ or -");
    }
}
//# sourceMappingURL=referral.js.map