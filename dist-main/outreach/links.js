/**
 * The links a worker shares for a campaign code, one per configured channel: the web chat
 * (`?ref=CODE`), a Telegram deep link (`t.me/<bot>?start=CODE`) and LINE (a link that opens the
 * chat with the code message typed in, and the plain add-friend link).
 */
import { referralLink } from "../adapters/line/referral.js";
/** The channels that get a QR code, in the order cards show them. */
export const QR_CHANNELS = ["web", "telegram", "line"];
/** The links for `code`. */
export function campaignLinks(code, settings, locale = "ja") {
    const links = {};
    if (settings.webBase) {
        links.web = `${settings.webBase.replace(/\/+$/, "")}/?ref=${encodeURIComponent(code)}`;
    }
    if (settings.telegramUsername) {
        links.telegram = `https://t.me/${settings.telegramUsername}?start=${encodeURIComponent(code)}`;
    }
    if (settings.lineId) {
        links.line = referralLink(settings.lineId, code, locale);
        const id = settings.lineId.startsWith("@") ? settings.lineId : `@${settings.lineId}`;
        links.lineAddFriend = `https://line.me/R/ti/p/${id}`;
    }
    return links;
}
/**
 * The bot's username: from configuration, or asked once with getMe. Undefined (and a warning)
 * when Telegram is not configured or does not answer: the other links still work.
 */
export async function telegramUsername(identity, logger) {
    if (identity.configured)
        return identity.configured.replace(/^@/, "");
    if (!identity.token)
        return undefined;
    try {
        // grammY is loaded only for this question, so a deployment without Telegram never loads it.
        const { Api } = await import("grammy");
        const api = new Api(identity.token, identity.apiRoot ? { apiRoot: identity.apiRoot } : {});
        return (await api.getMe()).username;
    }
    catch (error) {
        logger.warn("telegram getMe failed; no Telegram link this time", {
            error: error instanceof Error ? error.message : String(error),
        });
        return undefined;
    }
}
//# sourceMappingURL=links.js.map