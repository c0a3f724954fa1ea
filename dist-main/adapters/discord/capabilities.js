/** Discord's limit for one message's content. */
export const DISCORD_TEXT_LIMIT = 2000;
/** Buttons in one action row, and rows in one message. */
export const DISCORD_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
/** Longest button label and custom id; longest link button URL. */
export const DISCORD_LABEL_LIMIT = 80;
export const DISCORD_CUSTOM_ID_LIMIT = 100;
export const DISCORD_URL_LIMIT = 512;
/**
 * What a Discord DM shows: 25 buttons (five rows of five), labels of 80 characters, custom ids
 * of 100; the bot edits the messages it sent (answered buttons are disabled), writes first to a
 * DM, and can answer in a server so that only one person sees it (ephemeral).
 */
export const discordCapabilities = {
    maxChoices: DISCORD_BUTTONS_PER_ROW * DISCORD_MAX_ROWS,
    maxLabelLength: DISCORD_LABEL_LIMIT,
    maxTextLength: DISCORD_TEXT_LIMIT,
    maxChoiceIdBytes: DISCORD_CUSTOM_ID_LIMIT,
    canEdit: true,
    canPush: true,
    // The DM stays: a check-in days later reaches the person (a block answers 50007: unreachable).
    canPushLater: true,
    canSendEphemeral: true,
};
//# sourceMappingURL=capabilities.js.map