/**
 * What the bot has sent to open web chat pages and they have not fetched yet. A page that has
 * not been seen for a while is closed: its session's address no longer leads anywhere.
 */
import { LRUCache } from "lru-cache";
/** Creates the mailboxes. */
export function createMailboxes(options = {}) {
    const maxMessages = options.maxMessages ?? 200;
    const now = options.now;
    // Only a visit (open) renews a page's time; reading or writing its mailbox does not.
    const pages = new LRUCache({
        max: options.maxPages ?? 10_000,
        ttl: options.idleMs ?? 10 * 60 * 1000,
        ...(now ? { perf: { now: () => now() + 1 }, ttlResolution: 0 } : {}),
    });
    return {
        open(session) {
            pages.set(session, pages.get(session) ?? { messages: [], forget: false });
        },
        isOpen: (session) => pages.has(session),
        put(session, messages, forget = false) {
            const page = pages.get(session);
            if (!page)
                return false;
            if (forget)
                page.forget = true;
            page.messages.push(...messages);
            if (page.messages.length > maxMessages) {
                page.messages.splice(0, page.messages.length - maxMessages);
            }
            return true;
        },
        take(session) {
            const page = pages.get(session);
            if (!page)
                return { messages: [], forget: false };
            const taken = { messages: page.messages, forget: page.forget };
            page.messages = [];
            page.forget = false;
            return taken;
        },
    };
}
//# sourceMappingURL=mailboxes.js.map