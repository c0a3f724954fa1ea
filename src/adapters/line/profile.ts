/**
 * The person's language from their LINE profile, for the locale of a new conversation. Only the
 * language is kept (never the display name or picture), in memory, briefly: enough to avoid one
 * profile call per message, short enough that a changed setting is picked up.
 */
import type { Logger } from "../../core/ports.js";
import type { LineMessagingApi } from "./delivery.js";
import { describeError, withTimeout } from "./timing.js";

/** Looks up (and caches) a person's language. */
export interface ProfileLocales {
  /** The profile's language tag (`ja`, `en`, `zh-Hant`...), or the fallback when unknown. */
  localeFor(userId: string, conversation: string): Promise<string>;
}

/** Options for {@link createProfileLocales}. */
export interface ProfileLocalesOptions {
  api: Pick<LineMessagingApi, "getProfile">;
  logger: Logger;
  /** Used when the profile has no language (not shared) or cannot be read. */
  fallback?: string;
  ttlMs?: number;
  /** Bounds memory: the oldest entries go first. */
  maxEntries?: number;
  /** The profile call delays the answer, so it gets less patience than a send. */
  timeoutMs?: number;
}

/** Creates the profile language lookup. */
export function createProfileLocales(options: ProfileLocalesOptions): ProfileLocales {
  const { api, logger } = options;
  const fallback = options.fallback ?? "ja";
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 5000;
  const timeoutMs = options.timeoutMs ?? 3000;
  const cache = new Map<string, { locale: string; expires: number }>();

  const remember = (userId: string, locale: string, forMs: number) => {
    cache.delete(userId);
    cache.set(userId, { locale, expires: Date.now() + forMs });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  return {
    async localeFor(userId, conversation) {
      const cached = cache.get(userId);
      if (cached && cached.expires > Date.now()) return cached.locale;
      try {
        const profile = await withTimeout(api.getProfile(userId), timeoutMs, "line profile");
        const locale = profile.language?.trim() || fallback;
        remember(userId, locale, ttlMs);
        return locale;
      } catch (error) {
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
