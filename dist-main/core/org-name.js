/**
 * The bot's own name, which is also what ORG_NAME is when nobody set it. A deployment that keeps
 * it names no organisation, and the bot must not say "I'm komorebi, set up by komorebi".
 */
export const BOT_NAME = "komorebi";
/** Whether `orgName` names an organisation that runs the bot, not the bot itself. */
export function namesOrganisation(orgName) {
    return orgName.trim().toLowerCase() !== BOT_NAME;
}
//# sourceMappingURL=org-name.js.map