/** Telegram's own limit for one message's text, in UTF-16 code units. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/**
 * What a Telegram chat shows well: one button a row, so ten rows is already a tall keyboard on
 * a phone; callback data is at most 64 bytes; the bot can edit its messages and write first.
 */
export const telegramCapabilities = {
    maxChoices: 10,
    maxLabelLength: 64,
    maxTextLength: TELEGRAM_TEXT_LIMIT,
    maxChoiceIdBytes: 64,
    canEdit: true,
    canPush: true,
    canPushLater: true,
};
//# sourceMappingURL=capabilities.js.map