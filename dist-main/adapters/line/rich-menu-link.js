/**
 * Keeps a person's rich menu in their language. The default menu (set by `line setup`) is in
 * the deployment's default language; after an answer is delivered, the person's menu is linked
 * to the menu of the conversation's language (the rich menu alias `komorebi-<locale>`), once per
 * person and menu in this process. The language comes from the stored state with every send, so
 * a change survives a restart and a link that failed is tried again with the next answer; no
 * platform id is kept beyond the link call itself (the cache is keyed by pseudonym).
 */
import { HTTPFetchError } from "@line/bot-sdk";
import { LRUCache } from "lru-cache";
import { richMenuAliasId } from "./rich-menu-names.js";
import { describeError, withTimeout } from "./timing.js";
/** Creates the linker. */
export function createRichMenuLinker(options) {
    const { api, logger } = options;
    const aliasTtlMs = options.aliasTtlMs ?? 10 * 60_000;
    const timeoutMs = options.timeoutMs ?? 5000;
    const aliases = new Map();
    const linked = new LRUCache({ max: options.maxPeople ?? 50_000 });
    const menuFor = async (locale) => {
        const cached = aliases.get(locale);
        if (cached && cached.expires > Date.now())
            return cached.menu;
        let menu;
        try {
            const alias = await withTimeout(api.getRichMenuAlias(richMenuAliasId(locale)), timeoutMs, "line rich menu alias");
            menu = alias.richMenuId;
        }
        catch (error) {
            // No menu for this language (setup not run, or a locale without one): nothing to link.
            if (!(error instanceof HTTPFetchError && error.status === 404))
                throw error;
        }
        aliases.set(locale, { menu, expires: Date.now() + aliasTtlMs });
        return menu;
    };
    return {
        async follow(userId, conversation, locale) {
            try {
                const menu = await menuFor(locale);
                if (!menu || linked.get(conversation) === menu)
                    return;
                await withTimeout(api.linkRichMenuIdToUser(userId, menu), timeoutMs, "line rich menu link");
                linked.set(conversation, menu);
                logger.info("line rich menu linked", { conversation, locale });
            }
            catch (error) {
                logger.warn("line rich menu not linked; trying again with the next answer", {
                    conversation,
                    error: describeError(error),
                });
            }
        },
        async forget(userId, conversation) {
            linked.delete(conversation);
            try {
                await withTimeout(api.unlinkRichMenuIdFromUser(userId), timeoutMs, "line rich menu unlink");
            }
            catch (error) {
                logger.warn("line rich menu not unlinked", { conversation, error: describeError(error) });
            }
        },
    };
}
//# sourceMappingURL=rich-menu-link.js.map