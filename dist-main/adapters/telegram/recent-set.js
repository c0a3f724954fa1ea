/**
 * A bounded set of recently seen keys that forget after a while: enough to say something once per
 * group chat without letting a flood of chats grow memory without end. On lru-cache.
 */
import { LRUCache } from "lru-cache";
/** Creates an empty {@link RecentSet}; the least recently added key goes first when it is full. */
export function createRecentSet(options) {
    const now = options.now;
    const cache = new LRUCache({
        max: options.maxSize,
        ttl: options.ttlMs,
        // A given clock is read on every check (no cached "now"); lru-cache takes a start time of
        // 0 for "never expires", so the clock is shifted by one.
        ...(now ? { perf: { now: () => now() + 1 }, ttlResolution: 0 } : {}),
    });
    return {
        has: (key) => cache.has(key),
        add(key) {
            cache.set(key, true);
        },
        get size() {
            cache.purgeStale();
            return cache.size;
        },
    };
}
//# sourceMappingURL=recent-set.js.map