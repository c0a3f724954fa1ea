/**
 * `komorebi doctor`: everything an operator would otherwise learn from logs, checked in order:
 * the configuration, the store, the content and its crisis resources, then each configured
 * channel against its platform. Each check says what it found and, when it fails, what to do.
 * A check that an earlier failure makes impossible is reported as skipped. A platform's checks
 * (and its SDK) are loaded only when that platform is configured.
 */
import { lineRichMenu } from "../adapters/line/rich-menu-request.js";
import { readConfig } from "../config.js";
import { errorText } from "../core/error-text.js";
import { prepareDataDir, usesDataDir } from "../data-dir.js";
import { canKeep } from "../deployment-capabilities.js";
import { checkContentLoads, checkResourceFreshness } from "./content-check.js";
import { checkDiscord } from "./discord-check.js";
import { checkStore } from "./store-check.js";
/** Runs every check against the environment `env`. Never throws. */
export async function runDoctor(env, options = {}) {
    const now = options.now ?? new Date();
    let config;
    try {
        config = readConfig(env);
    }
    catch (error) {
        return [
            {
                name: "configuration",
                status: "fail",
                detail: errorText(error)
                    .replace(/^\w+: /, "")
                    .replace(/\n\s*/g, " "),
                fix: "correct each variable named (README, Configuration); nothing else can be checked until then",
            },
        ];
    }
    const checks = [configurationCheck(config), ...configurationWarnings(config)];
    if (usesDataDir(config))
        checks.push(await dataDirCheck(config));
    checks.push(await checkStore(config));
    const loaded = await checkContentLoads(config);
    checks.push(loaded.check);
    const content = loaded.content;
    checks.push(content
        ? checkResourceFreshness(content, now)
        : { name: "resources", status: "skip", detail: "the content does not load" });
    if (config.TELEGRAM_BOT_TOKEN) {
        const { checkTelegram } = await import("./telegram-check.js");
        const telegram = await checkTelegram(config, now);
        checks.push(...telegram);
        if (config.STAFF_TELEGRAM_CHAT_ID) {
            checks.push(telegram[0]?.status === "ok"
                ? await (await import("./staff-check.js")).checkTelegramStaffGroup(config)
                : { name: "telegram staff group", status: "skip", detail: "the token was refused" });
        }
    }
    if (config.LINE_CHANNEL_SECRET && config.LINE_CHANNEL_ACCESS_TOKEN) {
        const { checkLine } = await import("./line-check.js");
        checks.push(...(await checkLine(config, await expectedMenus(config, content))));
    }
    if (config.DISCORD_BOT_TOKEN) {
        const token = await checkDiscord(config);
        checks.push(token);
        if (config.STAFF_DISCORD_CHANNEL_ID) {
            checks.push(...(token.status === "ok"
                ? await (await import("./staff-check.js")).checkDiscordStaffChannel(config)
                : [
                    {
                        name: "discord staff channel",
                        status: "skip",
                        detail: "the token was refused",
                    },
                ]));
        }
    }
    if (config.STAFF_WEBHOOK_URL && config.STAFF_WEBHOOK_SECRET) {
        const { checkStaffWebhook } = await import("./staff-check.js");
        checks.push(await checkStaffWebhook(config, now));
    }
    return checks;
}
/** True when any check failed (warnings and skips alone do not fail the run). */
export function doctorFailed(checks) {
    return checks.some((check) => check.status === "fail");
}
function configurationCheck(config) {
    const channels = [
        ...(config.WEB_CHAT === "on" ? ["web chat"] : []),
        ...(config.TELEGRAM_BOT_TOKEN
            ? [
                `telegram (${config.PUBLIC_URL && config.TELEGRAM_WEBHOOK_SECRET ? "webhook" : "polling"})`,
            ]
            : []),
        ...(config.LINE_CHANNEL_SECRET ? ["line"] : []),
        ...(config.DISCORD_BOT_TOKEN ? ["discord (token only)"] : []),
    ];
    const staff = [
        ...(config.STAFF_TELEGRAM_CHAT_ID ? ["telegram group"] : []),
        ...(config.STAFF_DISCORD_CHANNEL_ID ? ["discord channel"] : []),
        ...(config.STAFF_WEBHOOK_URL ? ["webhook"] : []),
    ];
    return {
        name: "configuration",
        status: "ok",
        detail: `valid; channels: ${channels.length > 0 ? channels.join(", ") : "none"}${staff.length > 0 ? `; staff: ${staff.join(", ")}` : ""}`,
    };
}
function configurationWarnings(config) {
    const warnings = [];
    if (!config.PSEUDONYM_SECRET) {
        warnings.push({
            name: "pseudonym secret",
            status: "warn",
            detail: `PSEUDONYM_SECRET is not set; a secret kept in ${config.DATA_DIR} is used`,
            fix: "set PSEUDONYM_SECRET (openssl rand -hex 32) before going live, and keep it: changing it starts every conversation afresh",
        });
    }
    if (config.STORE_URL.startsWith("memory:")) {
        warnings.push({
            name: "store kind",
            status: "warn",
            detail: "STORE_URL is memory://, which forgets every conversation on restart (for tests)",
            fix: "use sqlite://PATH for one process, or redis://… or postgres://… for several",
        });
    }
    const webhooks = Boolean(config.LINE_CHANNEL_SECRET || (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_SECRET));
    if (webhooks && config.PUBLIC_URL && !config.PUBLIC_URL.startsWith("https://")) {
        warnings.push({
            name: "public URL",
            status: "warn",
            detail: `PUBLIC_URL is ${config.PUBLIC_URL}; LINE and Telegram only post to https addresses`,
            fix: "put komorebi behind https (a reverse proxy or a tunnel) and set PUBLIC_URL to that address",
        });
    }
    return warnings;
}
/** DATA_DIR, where the development secret (and, by default, the SQLite store) are kept. */
async function dataDirCheck(config) {
    try {
        await prepareDataDir(config.DATA_DIR);
        return {
            name: "data folder",
            status: "ok",
            detail: `${config.DATA_DIR}: komorebi may write in it`,
        };
    }
    catch (error) {
        const [detail, fix] = errorText(error)
            .replace(/^\w+: /, "")
            .split(/\. (?=[A-Z])/, 2);
        return {
            name: "data folder",
            status: "fail",
            detail: detail ?? "DATA_DIR cannot be used",
            fix: (fix ?? "Set DATA_DIR to a folder komorebi may write in.")
                .replace(/^S/, "s")
                .replace(/\.$/, ""),
        };
    }
}
/** The names `line setup` would give the content's rich menus. */
async function expectedMenus(config, content) {
    if (!content)
        return "unknown";
    const rich = content.richMenu;
    if (!rich)
        return "none";
    const can = canKeep(config, "line");
    const menus = new Map();
    for (const locale of content.system.locales) {
        menus.set(locale, (await lineRichMenu(rich, content.dir, locale, can)).name);
    }
    return menus;
}
//# sourceMappingURL=index.js.map