/**
 * `komorebi line setup`: the rich menus from content (one per locale, behind rich menu aliases,
 * the default in DEFAULT_LOCALE), the webhook endpoint `PUBLIC_URL/webhooks/line` and LINE's
 * endpoint test. Prints each step; a second run changes nothing.
 */
import { messagingApi } from "@line/bot-sdk";
import { LINE_WEBHOOK_PATH } from "../adapters/line/index.js";
import { lineRichMenu } from "../adapters/line/rich-menu-request.js";
import { setUpLine } from "../adapters/line/setup.js";
import { setupFailed } from "../adapters/shared/setup-step.js";
import { loadContent } from "../content/load.js";
import { canKeep } from "../deployment-capabilities.js";
import { isBareSetup } from "./args.js";
import { printSteps } from "./print-steps.js";
const USAGE = `Usage:
  komorebi line setup     create or update the rich menus, set the webhook URL, test it
Needs LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN and PUBLIC_URL (see docs/line.md).`;
/** Runs `komorebi line ...` with the configuration `config` reads. */
export async function runLineCommand(args, config, io) {
    if (!isBareSetup(args, USAGE, io.stderr))
        return 1;
    const settings = config();
    const token = settings.LINE_CHANNEL_ACCESS_TOKEN;
    if (!token || !settings.LINE_CHANNEL_SECRET) {
        io.stderr.write("LINE is not configured: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (docs/line.md).\n");
        return 1;
    }
    const content = await loadContent(settings.CONTENT_DIR);
    const can = canKeep(settings, "line");
    const menus = content.richMenu
        ? await Promise.all(content.system.locales.map((locale) => lineRichMenu(content.richMenu, content.dir, locale, can)))
        : [];
    const apiBase = settings.LINE_API_BASE_URL?.replace(/\/+$/, "");
    const dataBase = (settings.LINE_DATA_API_BASE_URL ?? settings.LINE_API_BASE_URL)?.replace(/\/+$/, "");
    const api = new messagingApi.MessagingApiClient({
        channelAccessToken: token,
        ...(apiBase ? { baseURL: apiBase } : {}),
    });
    const blob = new messagingApi.MessagingApiBlobClient({
        channelAccessToken: token,
        ...(dataBase ? { baseURL: dataBase } : {}),
    });
    const steps = await setUpLine({
        api,
        blob,
        menus,
        defaultLocale: settings.DEFAULT_LOCALE,
        webhookUrl: settings.PUBLIC_URL
            ? `${settings.PUBLIC_URL.replace(/\/+$/, "")}${LINE_WEBHOOK_PATH}`
            : undefined,
    });
    printSteps("LINE set-up", steps, io.stdout);
    return setupFailed(steps) ? 1 : 0;
}
//# sourceMappingURL=line.js.map