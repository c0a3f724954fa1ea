import { describeError, withTimeout } from "./timing.js";
/** Creates the profile language lookup. */
export function createProfileLocales(options) {
    const { api, logger } = options;
    const fallback = options.fallback ?? "ja";
    const ttlMs = options.ttlMs ?? 10 * 60_000;
    const maxEntries = options.maxEntries ?? 5000;
    const timeoutMs = options.timeoutMs ?? 3000;
    const cache = new Map();
    const remember = (userId, locale, forMs) => {
        cache.delete(userId);
        cache.set(userId, { locale, expires: Date.now() + forMs });
        while (cache.size > maxEntries) {
            const oldest = cache.keys().next().value;
            if (oldest === undefined)
                break;
            cache.delete(oldest);
        }
    };
    return {
        async localeFor(userId, conversation) {
            const cached = cache.get(userId);
            if (cached && cached.expires > Date.now())
                return cached.locale;
            try {
                const profile = await withTimeout(api.getProfile(userId), timeoutMs, "line profile");
                const locale = profile.language?.trim() || fallback;
                remember(userId, locale, ttlMs);
                return locale;
            }
            catch (error) {
                // Remembered only for a minute: a person is not stuck with the fallback, and a LINE outage
                // does not add a slow profile call to every message.
                remember(userId, fallback, Math.min(ttlMs, 60_000));
                logger.debug("line profile unavailable; using the default locale", {
                    conversation,
                    error: describeError(error),
                });
                return fallback;
            }
        },
    };
}
//# sourceMappingURL=profile.js.map