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
import type { Logger } from "../../core/ports.js";
import { richMenuAliasId } from "./rich-menu-names.js";
import { describeError, withTimeout } from "./timing.js";

/** The Messaging API calls this needs (the SDK's `MessagingApiClient` has them). */
export interface RichMenuLinkApi {
  getRichMenuAlias(richMenuAliasId: string): Promise<{ richMenuId: string }>;
  linkRichMenuIdToUser(userId: string, richMenuId: string): Promise<unknown>;
  unlinkRichMenuIdFromUser(userId: string): Promise<unknown>;
}

/** Links people's menus to their language. Never throws: a menu is chrome, not an answer. */
export interface RichMenuLinker {
  /** Links the person's menu to the one for `locale`, unless it already is (as far as known). */
  follow(userId: string, conversation: string, locale: string): Promise<void>;
  /** Back to the default menu: the person's data (and so their language) was deleted. */
  forget(userId: string, conversation: string): Promise<void>;
}

/** Options for {@link createRichMenuLinker}. */
export interface RichMenuLinkerOptions {
  api: RichMenuLinkApi;
  logger: Logger;
  /** How long an alias's menu id (or its absence) is trusted; setup may point it elsewhere. */
  aliasTtlMs?: number;
  timeoutMs?: number;
  /** People remembered as linked (by pseudonym); the oldest are forgotten first. */
  maxPeople?: number;
}

/** Creates the linker. */
export function createRichMenuLinker(options: RichMenuLinkerOptions): RichMenuLinker {
  const { api, logger } = options;
  const aliasTtlMs = options.aliasTtlMs ?? 10 * 60_000;
  const timeoutMs = options.timeoutMs ?? 5000;
  const aliases = new Map<string, { menu: string | undefined; expires: number }>();
  const linked = new LRUCache<string, string>({ max: options.maxPeople ?? 50_000 });

  const menuFor = async (locale: string): Promise<string | undefined> => {
    const cached = aliases.get(locale);
    if (cached && cached.expires > Date.now()) return cached.menu;
    let menu: string | undefined;
    try {
      const alias = await withTimeout(
        api.getRichMenuAlias(richMenuAliasId(locale)),
        timeoutMs,
        "line rich menu alias",
      );
      menu = alias.richMenuId;
    } catch (error) {
      // No menu for this language (setup not run, or a locale without one): nothing to link.
      if (!(error instanceof HTTPFetchError && error.status === 404)) throw error;
    }
    aliases.set(locale, { menu, expires: Date.now() + aliasTtlMs });
    return menu;
  };

  return {
    async follow(userId, conversation, locale) {
      try {
        const menu = await menuFor(locale);
        if (!menu || linked.get(conversation) === menu) return;
        await withTimeout(api.linkRichMenuIdToUser(userId, menu), timeoutMs, "line rich menu link");
        linked.set(conversation, menu);
        logger.info("line rich menu linked", { conversation, locale });
      } catch (error) {
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
      } catch (error) {
        logger.warn("line rich menu not unlinked", { conversation, error: describeError(error) });
      }
    },
  };
}
