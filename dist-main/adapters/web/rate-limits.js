/**
 * The web chat's limits, kept in this process: token buckets per session, per address, and for
 * new sessions per address. A person typing quickly stays well inside them (a burst, then about
 * one message every two seconds); a script posting in a loop does not. Memory is bounded: the
 * least recently seen keys are forgotten first, which only ever forgives.
 */
import { LRUCache } from "lru-cache";
/** The defaults of {@link WebLimits}. */
export const DEFAULT_WEB_LIMITS = {
    session: { burst: 15, perMinute: 30 },
    address: { burst: 60, perMinute: 240 },
    newSessions: { burst: 20, perMinute: 2 },
};
const MAX_KEYS = 50_000;
/** Creates buckets that allow `rate`. */
export function createBuckets(rate, now = Date.now) {
    const perMs = rate.perMinute / 60_000;
    const buckets = new LRUCache({ max: MAX_KEYS });
    return {
        take(key) {
            const at = now();
            const bucket = buckets.get(key) ?? { tokens: rate.burst, at };
            const tokens = Math.min(rate.burst, bucket.tokens + (at - bucket.at) * perMs);
            if (tokens >= 1) {
                buckets.set(key, { tokens: tokens - 1, at });
                return undefined;
            }
            buckets.set(key, { tokens, at });
            return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
        },
    };
}
//# sourceMappingURL=rate-limits.js.map