import { isNotFound, lineApiError } from "./api-error.js";
import { parseRichMenuName, richMenuAliasId } from "./rich-menu-names.js";
const TOKEN_FIX = "issue a channel access token (long-lived) in the LINE Developers Console, Messaging API tab, and set LINE_CHANNEL_ACCESS_TOKEN to it";
/** Runs set-up; every step is reported, and nothing throws. */
export async function setUpLine(options) {
    const { api } = options;
    const steps = [];
    try {
        const bot = await api.getBotInfo();
        steps.push({ status: "ok", what: `LINE account ${bot.basicId} (${bot.displayName})` });
    }
    catch (error) {
        const { status, text } = lineApiError(error);
        steps.push({
            status: "failed",
            what: `LINE refused the channel access token (${text})`,
            fix: status === 401 ? TOKEN_FIX : "check LINE_API_BASE_URL and the network, then run again",
        });
        return steps;
    }
    await step(steps, "rich menus", () => syncRichMenus(options, steps));
    await step(steps, "webhook", () => syncWebhook(options, steps));
    return steps;
}
/** Runs one part; a call LINE refuses ends that part with a failed step that says so. */
async function step(steps, what, run) {
    try {
        await run();
    }
    catch (error) {
        steps.push({
            status: "failed",
            what: `${what}: LINE refused a call (${lineApiError(error).text})`,
            fix: "fix what LINE names, then run `npx komorebi line setup` again (it picks up where it stopped)",
        });
    }
}
async function syncRichMenus(options, steps) {
    const { api, blob, menus } = options;
    if (menus.length === 0) {
        steps.push({
            status: "warning",
            what: "the content has no rich-menu.yaml, so there is no rich menu",
            fix: "copy src/content/rich-menu.yaml and src/content/rich-menu/ into your CONTENT_DIR",
        });
        return;
    }
    const existing = (await api.getRichMenuList()).richmenus;
    const aliases = new Map((await api.getRichMenuAliasList()).aliases.map((alias) => [
        alias.richMenuAliasId,
        alias.richMenuId,
    ]));
    const current = new Map();
    for (const menu of menus) {
        const aliasId = richMenuAliasId(menu.locale);
        const aliased = aliases.get(aliasId);
        // Only a menu its alias points at is known to be complete: the alias is set after the image.
        const kept = existing.find((m) => m.name === menu.name && m.richMenuId === aliased);
        let id = kept?.richMenuId;
        if (id) {
            steps.push({ status: "ok", what: `rich menu ${menu.locale} is up to date (${menu.name})` });
        }
        else {
            id = await createMenu(api, blob, menu);
            steps.push({
                status: "changed",
                what: `created rich menu ${menu.locale} (${menu.name}) with ${menu.image.path}`,
            });
            if (aliased === undefined) {
                await api.createRichMenuAlias({ richMenuAliasId: aliasId, richMenuId: id });
                steps.push({ status: "changed", what: `created rich menu alias ${aliasId}` });
            }
            else {
                await api.updateRichMenuAlias(aliasId, { richMenuId: id });
                steps.push({ status: "changed", what: `pointed rich menu alias ${aliasId} at it` });
            }
        }
        current.set(menu.locale, id);
    }
    const wanted = current.get(options.defaultLocale) ?? [...current.values()][0];
    const before = await api.getDefaultRichMenuId().then((answer) => answer.richMenuId, (error) => {
        if (isNotFound(error))
            return undefined;
        throw error;
    });
    if (wanted && before !== wanted) {
        await api.setDefaultRichMenu(wanted);
        steps.push({
            status: "changed",
            what: `the default rich menu is now ${options.defaultLocale}'s (for everyone whose conversation is not in another language)`,
        });
    }
    else {
        steps.push({ status: "ok", what: `the default rich menu is ${options.defaultLocale}'s` });
    }
    const live = new Set(current.values());
    for (const menu of existing) {
        if (!parseRichMenuName(menu.name) || live.has(menu.richMenuId))
            continue;
        await api.deleteRichMenu(menu.richMenuId);
        steps.push({ status: "changed", what: `deleted the replaced rich menu ${menu.name}` });
    }
}
/** Creates a menu and uploads its image; a menu left without one is deleted again. */
async function createMenu(api, blob, menu) {
    const { richMenuId } = await api.createRichMenu(menu.request);
    try {
        await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(menu.image.bytes)], { type: menu.image.contentType }));
    }
    catch (error) {
        await api.deleteRichMenu(richMenuId).catch(() => undefined);
        throw error;
    }
    return richMenuId;
}
async function syncWebhook(options, steps) {
    const { api, webhookUrl } = options;
    if (!webhookUrl) {
        steps.push({
            status: "failed",
            what: "webhook: PUBLIC_URL is not set, so LINE does not know where to post",
            fix: "set PUBLIC_URL to this server's public https address (LINE posts to PUBLIC_URL/webhooks/line) and run again",
        });
        return;
    }
    const before = await api.getWebhookEndpoint().then((answer) => answer, (error) => {
        if (isNotFound(error))
            return { endpoint: "", active: false };
        throw error;
    });
    if (before.endpoint !== webhookUrl) {
        await api.setWebhookEndpoint({ endpoint: webhookUrl });
        steps.push({
            status: "changed",
            what: `webhook URL set to ${webhookUrl}${before.endpoint ? ` (was ${before.endpoint})` : ""}`,
        });
    }
    else {
        steps.push({ status: "ok", what: `webhook URL is ${webhookUrl}` });
    }
    if (!before.active) {
        steps.push({
            status: "warning",
            what: "“Use webhook” is off, so LINE sends this server nothing",
            fix: "LINE Developers Console → the channel → Messaging API → Webhook settings: turn on “Use webhook” (LINE has no API for it)",
        });
    }
    const test = await api.testWebhookEndpoint({ endpoint: webhookUrl });
    if (test.success) {
        steps.push({
            status: "ok",
            what: `LINE's endpoint test reached ${webhookUrl} (HTTP ${test.statusCode})`,
        });
    }
    else {
        steps.push({
            status: "failed",
            what: `LINE's endpoint test did not reach komorebi: ${[test.statusCode || "", test.reason, test.detail].filter(Boolean).join(" ")}`,
            fix: "start komorebi (npm start) at PUBLIC_URL with this channel's LINE_CHANNEL_SECRET, make sure the address is public https, then run again",
        });
    }
}
//# sourceMappingURL=setup.js.map