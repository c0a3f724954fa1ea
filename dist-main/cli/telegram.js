/**
 * `komorebi telegram setup`: the webhook (with its secret token) or, in polling mode, no webhook;
 * the localized command lists and the menu button, from content. For operators who would rather
 * set these once than at every start (start does the commands too, the webhook in webhook mode).
 */
import { Api } from "grammy";
import { setupFailed } from "../adapters/shared/setup-step.js";
import { setUpTelegram } from "../adapters/telegram/setup.js";
import { loadContent } from "../content/load.js";
import { Presenter } from "../core/present.js";
import { isBareSetup } from "./args.js";
import { printSteps } from "./print-steps.js";
const USAGE = `Usage:
  komorebi telegram setup     set the webhook (PUBLIC_URL + TELEGRAM_WEBHOOK_SECRET) or remove it
                              for polling; the localized commands and the menu button
Needs TELEGRAM_BOT_TOKEN (see docs/telegram.md).`;
/** Runs `komorebi telegram ...` with the configuration `config` reads. */
export async function runTelegramCommand(args, config, io) {
    if (!isBareSetup(args, USAGE, io.stderr))
        return 1;
    const settings = config();
    if (!settings.TELEGRAM_BOT_TOKEN) {
        io.stderr.write("Telegram is not configured: set TELEGRAM_BOT_TOKEN (docs/telegram.md).\n");
        return 1;
    }
    const content = await loadContent(settings.CONTENT_DIR);
    const presenter = new Presenter(content, { org: settings.ORG_NAME });
    const api = new Api(settings.TELEGRAM_BOT_TOKEN, {
        ...(settings.TELEGRAM_API_ROOT
            ? { apiRoot: settings.TELEGRAM_API_ROOT.replace(/\/+$/, "") }
            : {}),
    });
    const steps = await setUpTelegram({
        api,
        core: {
            content,
            systemText: (key, locale, variables) => presenter.system(key, locale, variables).trim(),
        },
        webhook: settings.PUBLIC_URL && settings.TELEGRAM_WEBHOOK_SECRET
            ? { publicUrl: settings.PUBLIC_URL, secret: settings.TELEGRAM_WEBHOOK_SECRET }
            : undefined,
    });
    printSteps("Telegram set-up", steps, io.stdout);
    return setupFailed(steps) ? 1 : 0;
}
//# sourceMappingURL=telegram.js.map