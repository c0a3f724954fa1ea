/** The web page shows buttons generously; long texts still split to stay readable on a phone. */
export const webCapabilities = {
    maxChoices: 13,
    maxLabelLength: 40,
    maxTextLength: 1000,
    maxChoiceIdBytes: 64,
    canEdit: false,
    canPush: true,
    // Only while the page is open: a check-in days later would find no one (the chat offers none).
    canPushLater: false,
};
//# sourceMappingURL=capabilities.js.map