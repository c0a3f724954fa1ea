/**
 * Telegram as the Bot API sees this bot: the token (getMe), the registered webhook against the
 * configured mode (PUBLIC_URL/webhooks/telegram, or none for polling), and the delivery errors
 * Telegram reports for it (getWebhookInfo).
 */
import { Api, GrammyError } from "grammy";
import { errorText } from "../adapters/telegram/error-text.js";
import { TELEGRAM_WEBHOOK_PATH } from "../adapters/telegram/webhook.js";
/** A delivery error older than this is history, not a current problem. */
const RECENT_ERROR_MS = 24 * 60 * 60 * 1000;
/** Updates waiting for a webhook beyond this mean komorebi is not taking them. */
const MANY_PENDING = 100;
const SETUP = "run `npx komorebi telegram setup`";
/** Checks Telegram; `config.TELEGRAM_BOT_TOKEN` must be set. */
export async function checkTelegram(config, now) {
    const api = new Api(config.TELEGRAM_BOT_TOKEN ?? "", {
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT.replace(/\/+$/, "") } : {}),
        timeoutSeconds: 10,
    });
    try {
        const me = await api.getMe();
        const token = { name: "telegram token", status: "ok", detail: `bot @${me.username}` };
        let info;
        try {
            info = await api.getWebhookInfo();
        }
        catch (error) {
            return [
                token,
                {
                    name: "telegram webhook",
                    status: "fail",
                    detail: `getWebhookInfo failed: ${errorText(error)}`,
                    fix: "check TELEGRAM_API_ROOT and the network",
                },
            ];
        }
        return [token, webhookCheck(config, info), deliveryCheck(config, info, now)];
    }
    catch (error) {
        const refused = error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404);
        return [
            {
                name: "telegram token",
                status: "fail",
                detail: `Telegram refused TELEGRAM_BOT_TOKEN (${errorText(error)})`,
                fix: refused
                    ? "copy the token from @BotFather (/mybots → your bot → API Token) into TELEGRAM_BOT_TOKEN"
                    : "check the network and TELEGRAM_API_ROOT",
            },
        ];
    }
}
function webhookCheck(config, info) {
    const name = "telegram webhook";
    const webhookMode = Boolean(config.PUBLIC_URL && config.TELEGRAM_WEBHOOK_SECRET);
    if (!webhookMode) {
        return info.url
            ? {
                name,
                status: "fail",
                detail: `a webhook is registered (${info.url}), so long polling receives nothing`,
                fix: `${SETUP} to remove it, or set PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET for webhook mode`,
            }
            : { name, status: "ok", detail: "no webhook: komorebi polls" };
    }
    const expected = `${(config.PUBLIC_URL ?? "").replace(/\/+$/, "")}${TELEGRAM_WEBHOOK_PATH}`;
    if (info.url === expected)
        return { name, status: "ok", detail: `Telegram posts to ${expected}` };
    return {
        name,
        status: "fail",
        detail: info.url
            ? `Telegram posts to ${info.url}, not to ${expected}`
            : `no webhook is registered; Telegram should post to ${expected}`,
        fix: `${SETUP} (komorebi also sets it at start)`,
    };
}
function deliveryCheck(config, info, now) {
    const name = "telegram deliveries";
    const pending = info.pending_update_count;
    const errorAt = info.last_error_date ? info.last_error_date * 1000 : undefined;
    if (info.url && info.last_error_message && errorAt && now.getTime() - errorAt < RECENT_ERROR_MS) {
        return {
            name,
            status: "fail",
            detail: `Telegram could not deliver to the webhook at ${new Date(errorAt).toISOString()}: ${info.last_error_message} (${pending} update(s) waiting)`,
            fix: `make sure komorebi runs at PUBLIC_URL (${config.PUBLIC_URL ?? "not set"}) and is reachable from the internet over https; Telegram retries what is waiting`,
        };
    }
    if (info.url && pending > MANY_PENDING) {
        return {
            name,
            status: "warn",
            detail: `${pending} updates are waiting for the webhook`,
            fix: "komorebi may be down or slow at PUBLIC_URL: check its logs and /healthz",
        };
    }
    return {
        name,
        status: "ok",
        detail: info.url
            ? `no recent delivery errors, ${pending} waiting`
            : "no webhook deliveries to check",
    };
}
//# sourceMappingURL=telegram-check.js.map