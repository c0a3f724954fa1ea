/**
 * Telegram's set-up, for `komorebi telegram setup` and (commands and menu button) for every
 * start: the bot token (getMe), the webhook at `PUBLIC_URL/webhooks/telegram` with its secret
 * token (or none in polling mode, where a leftover webhook would stop getUpdates), the localized
 * command list from content (default, ja, en) and the menu button that opens it. Each part is
 * compared first and changed only when it differs.
 */
import { GrammyError } from "grammy";
import { errorText } from "./error-text.js";
import { ALLOWED_UPDATES } from "./inbound.js";
import { commandsMenu, telegramLocale } from "./texts.js";
import { TELEGRAM_WEBHOOK_PATH } from "./webhook.js";
/** Runs the whole set-up; every step is reported, and nothing throws. */
export async function setUpTelegram(options) {
    const { api } = options;
    const steps = [];
    try {
        const me = await api.getMe();
        steps.push({ status: "ok", what: `Telegram bot @${me.username}` });
    }
    catch (error) {
        steps.push({
            status: "failed",
            what: `Telegram refused the bot token (${errorText(error)})`,
            fix: error instanceof GrammyError && error.error_code === 401
                ? "copy the token from @BotFather (/mybots → API Token) into TELEGRAM_BOT_TOKEN"
                : "check TELEGRAM_API_ROOT and the network, then run again",
        });
        return steps;
    }
    await part(steps, "webhook", () => syncWebhook(api, options.webhook, steps));
    steps.push(...(await syncCommands(api, options.core)));
    return steps;
}
/**
 * The localized command lists and the menu button, changed where they differ from content.
 * Used at every start too; a method a server lacks is a failed step, never an exception.
 */
export async function syncCommands(api, core) {
    const steps = [];
    const fallback = telegramLocale(undefined, core.content.system.defaultLocale);
    const lists = [
        { language: undefined, commands: commandsMenu(core, fallback) },
        { language: "ja", commands: commandsMenu(core, "ja") },
        { language: "en", commands: commandsMenu(core, "en") },
    ];
    for (const { language, commands } of lists) {
        const scope = language ? { language_code: language } : {};
        const name = `commands (${language ?? `default, in ${fallback}`})`;
        await part(steps, name, async () => {
            // A server without getMyCommands (an emulator) still gets the list set.
            const before = await api.getMyCommands(scope).catch(() => undefined);
            if (before && sameCommands(before, commands)) {
                steps.push({ status: "ok", what: `${name} match the content` });
                return;
            }
            await api.setMyCommands(commands, scope);
            steps.push({
                status: "changed",
                what: `${name} set: ${commands.map((c) => `/${c.command}`).join(" ")}`,
            });
        });
    }
    await part(steps, "menu button", async () => {
        const button = await api.getChatMenuButton({}).catch(() => undefined);
        if (button?.type === "commands") {
            steps.push({ status: "ok", what: "the menu button opens the commands" });
            return;
        }
        await api.setChatMenuButton({ menu_button: { type: "commands" } });
        steps.push({ status: "changed", what: "the menu button now opens the commands" });
    });
    return steps;
}
async function syncWebhook(api, webhook, steps) {
    const info = await api.getWebhookInfo();
    if (!webhook) {
        if (info.url) {
            await api.deleteWebhook({ drop_pending_updates: false });
            steps.push({
                status: "changed",
                what: `removed the webhook ${info.url}: without TELEGRAM_WEBHOOK_SECRET komorebi polls, and a webhook would stop that`,
            });
        }
        else {
            steps.push({
                status: "ok",
                what: "no webhook: komorebi polls (set PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET for webhook mode)",
            });
        }
        return;
    }
    const url = `${webhook.publicUrl.replace(/\/+$/, "")}${TELEGRAM_WEBHOOK_PATH}`;
    const sameUpdates = [...(info.allowed_updates ?? [])].sort().join() === [...ALLOWED_UPDATES].sort().join();
    // Telegram never shows the secret token, so it is sent again each time to be sure it matches.
    await api.setWebhook(url, {
        secret_token: webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
    });
    steps.push(info.url === url && sameUpdates
        ? {
            status: "ok",
            what: `webhook is ${url} (secret token sent again: Telegram never shows it)`,
        }
        : {
            status: "changed",
            what: `webhook set to ${url} with the secret token${info.url && info.url !== url ? ` (was ${info.url})` : ""}`,
        });
    if (info.url === url && info.last_error_message) {
        const when = info.last_error_date
            ? new Date(info.last_error_date * 1000).toISOString()
            : "recently";
        steps.push({
            status: "warning",
            what: `Telegram's last delivery to the webhook failed at ${when}: ${info.last_error_message}`,
            fix: "make sure komorebi is running at PUBLIC_URL; `npx komorebi doctor` shows whether errors continue",
        });
    }
}
/** Runs one part; a call Telegram refuses ends that part with a failed step. */
async function part(steps, what, run) {
    try {
        await run();
    }
    catch (error) {
        steps.push({
            status: "failed",
            what: `${what}: Telegram refused (${errorText(error)})`,
            fix: "fix what Telegram names, then run `npx komorebi telegram setup` again",
        });
    }
}
function sameCommands(a, b) {
    return (a.length === b.length &&
        a.every((command, index) => command.command === b[index]?.command && command.description === b[index]?.description));
}
//# sourceMappingURL=setup.js.map