import { LRUCache } from "lru-cache";
import { createKeyedQueue } from "./keyed-queue.js";
const DAY_MS = 24 * 60 * 60 * 1000;
/** A day's list keeps this many of its newest people; more could not be caught up anyway. */
const MAX_PER_DAY = 5000;
/** Entries read from the store in one call. */
const READ_BATCH = 100;
/** Creates the index of one channel's private chats on `kv`. */
export function createDmIndex(kv, options) {
    const { scope, box, lock, pseudonym, windowMs } = options;
    const now = options.now ?? Date.now;
    const chatKey = (who) => `dm-index:${scope}:chat:${who}`;
    const dayKey = (day) => `dm-index:${scope}:day:${day}`;
    const dayOf = (at) => new Date(at).toISOString().slice(0, 10);
    const writes = createKeyedQueue();
    // Who this process has put on a day's list already: a person is listed once a day, not once
    // an event (another process listing them too is harmless: a list holds each once).
    const listed = new LRUCache({ max: 50_000, ttl: DAY_MS });
    const list = async (who, at) => {
        const day = dayOf(at);
        if (listed.has(`${day}:${who}`))
            return;
        const key = dayKey(day);
        await lock(key, async () => {
            const value = await kv.get(key);
            const known = Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
            if (!known.includes(who)) {
                // The day's list lives as long as its last person's entry can.
                await kv.set(key, [...known, who].slice(-MAX_PER_DAY), windowMs + DAY_MS);
            }
        });
        listed.set(`${day}:${who}`, true);
    };
    const readChat = (value) => {
        if (typeof value !== "string")
            return undefined;
        const chat = box.open(value);
        if (typeof chat?.userId !== "string" ||
            typeof chat.channelId !== "string" ||
            typeof chat.lastId !== "string") {
            return undefined;
        }
        return { userId: chat.userId, channelId: chat.channelId, lastId: chat.lastId };
    };
    return {
        note(chat) {
            const who = pseudonym(chat.userId);
            return writes.run(who, async () => {
                const at = now();
                await kv.set(chatKey(who), box.seal(chat), windowMs);
                await list(who, at);
            });
        },
        async recent(limit) {
            const at = now();
            const days = [];
            for (let back = 0; back * DAY_MS <= windowMs + DAY_MS; back += 1) {
                days.push(dayOf(at - back * DAY_MS));
            }
            const lists = await Promise.all(days.map((day) => kv.get(dayKey(day))));
            const people = [];
            const seen = new Set();
            for (const value of lists) {
                const names = Array.isArray(value) ? value : [];
                // The newest day first, and within a day the last listed first.
                for (let index = names.length - 1; index >= 0 && people.length < limit; index -= 1) {
                    const who = names[index];
                    if (typeof who !== "string" || seen.has(who))
                        continue;
                    seen.add(who);
                    people.push(who);
                }
            }
            const chats = [];
            for (let start = 0; start < people.length; start += READ_BATCH) {
                const batch = people.slice(start, start + READ_BATCH);
                // One at a time rather than getMany: Keyv's getMany turns a failing backend into
                // "nothing there" on some stores, and an outage must not read as "nobody wrote".
                const values = await Promise.all(batch.map((who) => kv.get(chatKey(who))));
                for (const value of values) {
                    const chat = readChat(value);
                    if (chat)
                        chats.push(chat);
                }
            }
            return chats;
        },
        forget(userId) {
            const who = pseudonym(userId);
            return writes.run(who, async () => {
                await kv.delete(chatKey(who));
            });
        },
    };
}
//# sourceMappingURL=dm-index.js.map