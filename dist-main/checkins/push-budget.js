import { errorText } from "../core/error-text.js";
/** The share of the limit kept back from check-ins. */
const RESERVE_SHARE = 0.1;
/** LINE's figures are read at most this often. */
const QUOTA_TTL_MS = 5 * 60 * 1000;
/** A month's keys outlive it a little, then go by themselves. */
const MONTH_KEY_TTL_MS = 62 * 24 * 60 * 60 * 1000;
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
/** The month LINE counts in (a calendar month in Japan time), as YYYY-MM. */
export function lineMonthOf(time) {
    return new Date(time.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 7);
}
const NOTHING_REPORTED = {};
const countKey = (channel, month) => `push-count:${channel}:${month}`;
const warnedKey = (channel, month) => `push-warned:${channel}:${month}`;
/** Creates the budget. Only LINE has one: other channels always allow. */
export function createPushBudget(options) {
    const { kv, lock, logger, clock } = options;
    // LINE's figures as last read, with komorebi's own count at that moment: what was pushed
    // since is added to LINE's figure.
    let quota;
    const warned = new Set();
    const counted = async (channel, month) => {
        const value = await kv.get(countKey(channel, month));
        return typeof value === "number" && Number.isFinite(value) ? value : 0;
    };
    const lineQuota = async (month) => {
        const now = clock().getTime();
        if (!options.readLineQuota)
            return { value: NOTHING_REPORTED, countedThen: 0 };
        if (quota && quota.month === month && now - quota.read < QUOTA_TTL_MS)
            return quota;
        const countedThen = await counted("line", month);
        let value = {};
        try {
            value = await options.readLineQuota();
        }
        catch (error) {
            logger.warn("line quota could not be read; counting komorebi's own pushes", {
                error: errorText(error),
            });
        }
        quota = { read: now, month, value, countedThen };
        return quota;
    };
    const limitOf = (reported) => {
        const limits = [options.lineLimit, reported.limit].filter((limit) => limit !== undefined);
        return limits.length > 0 ? Math.min(...limits) : undefined;
    };
    /** The operator hears once a month, across processes too, that check-ins wait. */
    const warnOnce = async (month, used, limit, forCheckIns) => {
        const key = warnedKey("line", month);
        if (warned.has(key))
            return;
        warned.add(key);
        const first = await lock(key, async () => {
            if ((await kv.get(key)) !== undefined)
                return false;
            await kv.set(key, true, MONTH_KEY_TTL_MS);
            return true;
        });
        if (!first)
            return;
        logger.warn("line push budget running low: check-ins wait until next month (or raise LINE_MONTHLY_PUSH_LIMIT with a larger LINE plan)", { month, used, limit, forCheckIns: Math.max(forCheckIns, 0) });
    };
    return {
        async record(channel, pushes) {
            if (channel !== "line" || pushes <= 0)
                return;
            const key = countKey(channel, lineMonthOf(clock()));
            try {
                await lock(key, async () => {
                    const value = await kv.get(key);
                    const before = typeof value === "number" && Number.isFinite(value) ? value : 0;
                    await kv.set(key, before + pushes, MONTH_KEY_TTL_MS);
                });
            }
            catch (error) {
                logger.warn("line push not counted", { pushes, error: errorText(error) });
            }
        },
        async allowsCheckIn(channel) {
            if (channel !== "line")
                return true;
            const month = lineMonthOf(clock());
            const { value: reported, countedThen } = await lineQuota(month);
            const limit = limitOf(reported);
            if (limit === undefined)
                return true;
            const own = await counted(channel, month);
            const used = Math.max(own, (reported.used ?? 0) + Math.max(0, own - countedThen));
            // What check-ins may use: the limit without its reserve (at least one push is kept back).
            const forCheckIns = Math.min(Math.floor(limit * (1 - RESERVE_SHARE)), limit - 1);
            if (used < forCheckIns)
                return true;
            await warnOnce(month, used, limit, forCheckIns).catch((error) => {
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
//# sourceMappingURL=push-budget.js.map