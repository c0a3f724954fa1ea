/** How many messages are kept. */
export const RECENT_TEXTS = 3;
/** How long a message is kept. */
export const RECENT_TEXT_MS = 30 * 60 * 1000;
/** Longest message kept (what is longer is cut). */
const MAX_KEPT = 1000;
const key = (conversation) => `staff-recent:${conversation}`;
/** Creates the store of last messages. */
export function createRecentTexts(kv, box) {
    const fresh = async (conversation, now) => {
        const value = await kv.get(key(conversation));
        const list = Array.isArray(value) ? value : [];
        return list.filter((item) => typeof item?.at === "number" &&
            typeof item.sealed === "string" &&
            now - item.at < RECENT_TEXT_MS);
    };
    return {
        async remember(conversation, text, now) {
            const kept = [
                ...(await fresh(conversation, now)),
                { at: now, sealed: box.seal(text.slice(0, MAX_KEPT)) },
            ].slice(-RECENT_TEXTS);
            await kv.set(key(conversation), kept, RECENT_TEXT_MS);
        },
        async take(conversation, now) {
            const kept = await fresh(conversation, now);
            await kv.delete(key(conversation));
            return kept
                .map((item) => box.open(item.sealed))
                .filter((text) => typeof text === "string");
        },
        async forget(conversation) {
            await kv.delete(key(conversation));
        },
    };
}
//# sourceMappingURL=recent-texts.js.map