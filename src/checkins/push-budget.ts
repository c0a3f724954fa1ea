/**
 * LINE's monthly push budget. Every LINE push (a check-in, a staff reply, an answer whose reply
 * token ran out) counts against the account's monthly message limit, and once it is spent no
 * push goes out until the next month. komorebi counts its pushes per month in the store (one the
 * bot starts when it is queued, so a burst of check-ins sees each other; an answer that had to
 * go by push when LINE took it), reads LINE's own figures when it can (they include messages
 * sent from LINE's manager app), and lets check-ins use the budget only while more than a tenth
 * of it is left: the rest stays for answers and staff replies. When check-ins have to wait, the
 * operator is told once a month, in the log.
 */
import type { Keyv } from "keyv";
import { errorText } from "../core/error-text.js";
import type { Logger } from "../core/ports.js";
import type { ChannelId } from "../core/types.js";

/** LINE's figures for this month, as far as it reports them. */
export interface PushQuota {
  /** The month's limit; undefined when the plan has none. */
  limit?: number;
  /** Messages sent this month, by anyone using the account (its manager app too). */
  used?: number;
}

/** Options of {@link createPushBudget}. */
export interface PushBudgetOptions {
  kv: Keyv<unknown>;
  /** The store's lock (`store.conversations.withLock`): counts stay whole across processes. */
  lock: <T>(key: string, task: () => Promise<T>) => Promise<T>;
  logger: Logger;
  clock: () => Date;
  /** `LINE_MONTHLY_PUSH_LIMIT`; undefined: LINE's own limit, if it reports one. */
  lineLimit?: number;
  /** Reads LINE's quota endpoints; undefined or failing: komorebi's own count alone. */
  readLineQuota?: () => Promise<PushQuota>;
}

/** The budget as the scheduler and the LINE channel see it. */
export interface PushBudget {
  /** Counts pushes that went out on `channel` now; never throws (a lost count is logged). */
  record(channel: ChannelId, pushes: number): Promise<void>;
  /** Whether a check-in on `channel` may use a push now; false (and a warning) when low. */
  allowsCheckIn(channel: ChannelId): Promise<boolean>;
  /** This month's figures for `channel`, for the operator and for tests. */
  figures(channel: ChannelId): Promise<{ month: string; counted: number; limit?: number }>;
}

/** The share of the limit kept back from check-ins. */
const RESERVE_SHARE = 0.1;
/** LINE's figures are read at most this often. */
const QUOTA_TTL_MS = 5 * 60 * 1000;
/** A month's keys outlive it a little, then go by themselves. */
const MONTH_KEY_TTL_MS = 62 * 24 * 60 * 60 * 1000;
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The month LINE counts in (a calendar month in Japan time), as YYYY-MM. */
export function lineMonthOf(time: Date): string {
  return new Date(time.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 7);
}

const NOTHING_REPORTED: PushQuota = {};

const countKey = (channel: string, month: string) => `push-count:${channel}:${month}`;
const warnedKey = (channel: string, month: string) => `push-warned:${channel}:${month}`;

/** Creates the budget. Only LINE has one: other channels always allow. */
export function createPushBudget(options: PushBudgetOptions): PushBudget {
  const { kv, lock, logger, clock } = options;
  // LINE's figures as last read, with komorebi's own count at that moment: what was pushed
  // since is added to LINE's figure.
  let quota: { read: number; month: string; value: PushQuota; countedThen: number } | undefined;
  const warned = new Set<string>();

  const counted = async (channel: string, month: string) => {
    const value = await kv.get(countKey(channel, month));
    return typeof value === "number" && Number.isFinite(value) ? value : 0;
  };

  const lineQuota = async (month: string) => {
    const now = clock().getTime();
    if (!options.readLineQuota) return { value: NOTHING_REPORTED, countedThen: 0 };
    if (quota && quota.month === month && now - quota.read < QUOTA_TTL_MS) return quota;
    const countedThen = await counted("line", month);
    let value: PushQuota = {};
    try {
      value = await options.readLineQuota();
    } catch (error) {
      logger.warn("line quota could not be read; counting komorebi's own pushes", {
        error: errorText(error),
      });
    }
    quota = { read: now, month, value, countedThen };
    return quota;
  };

  const limitOf = (reported: PushQuota) => {
    const limits = [options.lineLimit, reported.limit].filter(
      (limit): limit is number => limit !== undefined,
    );
    return limits.length > 0 ? Math.min(...limits) : undefined;
  };

  /** The operator hears once a month, across processes too, that check-ins wait. */
  const warnOnce = async (month: string, used: number, limit: number, forCheckIns: number) => {
    const key = warnedKey("line", month);
    if (warned.has(key)) return;
    warned.add(key);
    const first = await lock(key, async () => {
      if ((await kv.get(key)) !== undefined) return false;
      await kv.set(key, true, MONTH_KEY_TTL_MS);
      return true;
    });
    if (!first) return;
    logger.warn(
      "line push budget running low: check-ins wait until next month (or raise LINE_MONTHLY_PUSH_LIMIT with a larger LINE plan)",
      { month, used, limit, forCheckIns: Math.max(forCheckIns, 0) },
    );
  };

  return {
    async record(channel, pushes) {
      if (channel !== "line" || pushes <= 0) return;
      const key = countKey(channel, lineMonthOf(clock()));
      try {
        await lock(key, async () => {
          const value = await kv.get(key);
          const before = typeof value === "number" && Number.isFinite(value) ? value : 0;
          await kv.set(key, before + pushes, MONTH_KEY_TTL_MS);
        });
      } catch (error) {
        logger.warn("line push not counted", { pushes, error: errorText(error) });
      }
    },

    async allowsCheckIn(channel) {
      if (channel !== "line") return true;
      const month = lineMonthOf(clock());
      const { value: reported, countedThen } = await lineQuota(month);
      const limit = limitOf(reported);
      if (limit === undefined) return true;
      const own = await counted(channel, month);
      const used = Math.max(own, (reported.used ?? 0) + Math.max(0, own - countedThen));
      // What check-ins may use: the limit without its reserve (at least one push is kept back).
      const forCheckIns = Math.min(Math.floor(limit * (1 - RESERVE_SHARE)), limit - 1);
      if (used < forCheckIns) return true;
      await warnOnce(month, used, limit, forCheckIns).catch((error: unknown) => {
        logger.warn("line push budget running low (could not record the warning)", {
          error: errorText(error),
        });
      });
      return false;
    },

    async figures(channel) {
      const month = lineMonthOf(clock());
      const limit = channel === "line" ? limitOf((await lineQuota(month)).value) : undefined;
      return {
        month,
        counted: await counted(channel, month),
        ...(limit !== undefined ? { limit } : {}),
      };
    },
  };
}
