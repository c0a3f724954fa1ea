import { telegramUsername } from "./links.js";
/**
 * Link settings for a configuration: the web chat at PUBLIC_URL (or http://localhost:PORT, with
 * the port actually bound), the Telegram username from TELEGRAM_BOT_USERNAME or getMe, the LINE
 * account from LINE_BOT_ID.
 */
export function linkSettingsFrom(config, logger, port = () => config.PORT) {
    let username;
    return async () => {
        username ??= telegramUsername({
            ...(config.TELEGRAM_BOT_USERNAME ? { configured: config.TELEGRAM_BOT_USERNAME } : {}),
            ...(config.TELEGRAM_BOT_TOKEN ? { token: config.TELEGRAM_BOT_TOKEN } : {}),
            ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        }, logger);
        const telegram = await username;
        // A failed getMe is asked again next time rather than remembered.
        if (!telegram)
            username = undefined;
        return {
            ...(config.WEB_CHAT === "on"
                ? { webBase: config.PUBLIC_URL ?? `http://localhost:${port()}` }
                : {}),
            ...(telegram ? { telegramUsername: telegram } : {}),
            ...(config.LINE_BOT_ID ? { lineId: config.LINE_BOT_ID } : {}),
        };
    };
}
//# sourceMappingURL=settings.js.map