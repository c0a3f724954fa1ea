/** Longest text message LINE accepts. */
export const LINE_MAX_TEXT_LENGTH = 5000;
/** Most quick-reply buttons on one message. */
export const LINE_MAX_QUICK_REPLIES = 13;
/** Longest quick-reply label. */
export const LINE_MAX_LABEL_LENGTH = 20;
/** Longest postback data. */
export const LINE_MAX_POSTBACK_DATA = 300;
/** What LINE can show; the renderer degrades to a numbered list beyond it. */
export const lineCapabilities = {
    maxChoices: LINE_MAX_QUICK_REPLIES,
    maxLabelLength: LINE_MAX_LABEL_LENGTH,
    maxTextLength: LINE_MAX_TEXT_LENGTH,
    maxChoiceIdBytes: LINE_MAX_POSTBACK_DATA,
    canEdit: false,
    canPush: true,
    canPushLater: true,
};
//# sourceMappingURL=capabilities.js.map