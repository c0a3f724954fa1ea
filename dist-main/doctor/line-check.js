/**
 * LINE as the Messaging API sees this channel: the token (bot info), the webhook endpoint
 * against PUBLIC_URL and whether it is in use, the monthly message quota left (pushes count
 * against it, replies do not), and whether the rich menus on LINE are the content's.
 */
import { messagingApi } from "@line/bot-sdk";
import { isNotFound, lineApiError } from "../adapters/line/api-error.js";
import { LINE_WEBHOOK_PATH } from "../adapters/line/index.js";
import { richMenuAliasId } from "../adapters/line/rich-menu-names.js";
import { within } from "./check.js";
const TIMEOUT_MS = 10_000;
/** Below this share of the month's quota left, the operator is warned. */
const LOW_QUOTA = 0.1;
const SETUP = "run `npx komorebi line setup`";
/**
 * Checks LINE; both LINE variables must be set. `menus`: the content's menus, `none` when the
 * content has no rich menu, `unknown` when it did not load.
 */
export async function checkLine(config, menus) {
    const api = new messagingApi.MessagingApiClient({
        channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN ?? "",
        ...(config.LINE_API_BASE_URL ? { baseURL: config.LINE_API_BASE_URL.replace(/\/+$/, "") } : {}),
    });
    const call = (promise, what) => within(promise, TIMEOUT_MS, what);
    try {
        const bot = await call(api.getBotInfo(), "LINE");
        const checks = [
            { name: "line token", status: "ok", detail: `account ${bot.basicId} (${bot.displayName})` },
        ];
        for (const [name, run] of [
            ["line webhook", () => webhookCheck(config, api)],
            ["line quota", () => quotaCheck(api)],
            ["line rich menu", () => richMenuCheck(api, menus)],
        ]) {
            try {
                checks.push(await call(run(), name));
            }
            catch (error) {
                checks.push({
                    name,
                    status: "fail",
                    detail: `LINE refused: ${lineApiError(error).text}`,
                    fix: "check the channel in the LINE Developers Console and LINE_API_BASE_URL",
                });
            }
        }
        return checks;
    }
    catch (error) {
        const { status, text } = lineApiError(error);
        return [
            {
                name: "line token",
                status: "fail",
                detail: `LINE refused LINE_CHANNEL_ACCESS_TOKEN (${text})`,
                fix: status === 401
                    ? "issue a channel access token (long-lived) in the LINE Developers Console, Messaging API tab, and set LINE_CHANNEL_ACCESS_TOKEN"
                    : "check the network and LINE_API_BASE_URL",
            },
        ];
    }
}
async function webhookCheck(config, api) {
    const name = "line webhook";
    if (!config.PUBLIC_URL) {
        return {
            name,
            status: "fail",
            detail: "PUBLIC_URL is not set, so LINE cannot reach komorebi",
            fix: `set PUBLIC_URL to this server's public https address, then ${SETUP}`,
        };
    }
    const expected = `${config.PUBLIC_URL.replace(/\/+$/, "")}${LINE_WEBHOOK_PATH}`;
    const current = await api.getWebhookEndpoint().catch((error) => {
        if (isNotFound(error))
            return { endpoint: "", active: false };
        throw error;
    });
    if (current.endpoint !== expected) {
        return {
            name,
            status: "fail",
            detail: current.endpoint
                ? `LINE posts to ${current.endpoint}, not to ${expected}`
                : `no webhook URL is registered; LINE should post to ${expected}`,
            fix: SETUP,
        };
    }
    if (!current.active) {
        return {
            name,
            status: "fail",
            detail: `the webhook URL is ${expected}, but “Use webhook” is off: LINE sends nothing`,
            fix: "LINE Developers Console → the channel → Messaging API → Webhook settings: turn on “Use webhook”",
        };
    }
    return { name, status: "ok", detail: `LINE posts to ${expected}` };
}
async function quotaCheck(api) {
    const name = "line quota";
    const [quota, used] = await Promise.all([
        api.getMessageQuota(),
        api.getMessageQuotaConsumption(),
    ]);
    if (quota.type !== "limited" || quota.value === undefined) {
        return { name, status: "ok", detail: `no monthly limit; ${used.totalUsage} pushed this month` };
    }
    const left = Math.max(0, quota.value - used.totalUsage);
    const detail = `${left} of ${quota.value} push messages left this month (replies are free)`;
    if (left === 0) {
        return {
            name,
            status: "fail",
            detail,
            fix: "answers that need a push (a late reply, check-ins, a worker's reply) are not delivered until next month: raise the plan in LINE Official Account Manager",
        };
    }
    if (left < quota.value * LOW_QUOTA) {
        return {
            name,
            status: "warn",
            detail,
            fix: "consider a larger plan in LINE Official Account Manager before the month runs out",
        };
    }
    return { name, status: "ok", detail };
}
async function richMenuCheck(api, menus) {
    const name = "line rich menu";
    if (menus === "unknown")
        return { name, status: "skip", detail: "the content does not load" };
    if (menus === "none") {
        return {
            name,
            status: "warn",
            detail: "the content has no rich-menu.yaml, so people get no rich menu",
            fix: "copy src/content/rich-menu.yaml and src/content/rich-menu/ into your CONTENT_DIR, then run `npx komorebi line setup`",
        };
    }
    const stale = [];
    for (const [locale, expected] of menus) {
        const alias = await api.getRichMenuAlias(richMenuAliasId(locale)).catch((error) => {
            if (isNotFound(error))
                return undefined;
            throw error;
        });
        const menu = alias ? await api.getRichMenu(alias.richMenuId) : undefined;
        if (menu?.name !== expected)
            stale.push(locale);
    }
    const hasDefault = await api.getDefaultRichMenuId().then(() => true, (error) => {
        if (isNotFound(error))
            return false;
        throw error;
    });
    if (stale.length > 0 || !hasDefault) {
        return {
            name,
            status: "warn",
            detail: `${stale.length > 0 ? `the rich menu for ${stale.join(", ")} is missing or older than the content` : "no default rich menu"}`,
            fix: SETUP,
        };
    }
    return {
        name,
        status: "ok",
        detail: `menus for ${[...menus.keys()].join(", ")} match the content`,
    };
}
//# sourceMappingURL=line-check.js.map