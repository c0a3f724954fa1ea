const DAY_MS = 24 * 60 * 60 * 1000;
const key = (code, day) => `count:${code}:${day}`;
/** The UTC day of a time, as YYYY-MM-DD. */
export const dayOf = (time) => time.toISOString().slice(0, 10);
/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from, to) {
    const days = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
        days.push(dayOf(new Date(t)));
    }
    return days;
}
/** Creates the counter store; `lock` makes concurrent additions (across processes) safe. */
export function createCounterStore(kv, lock) {
    return {
        async add(code, channel, milestones, now = new Date()) {
            if (milestones.length === 0)
                return;
            const dayKey = key(code, dayOf(now));
            await lock(`outreach:${dayKey}`, async () => {
                const counts = readCounts(await kv.get(dayKey));
                const row = counts[channel] ?? {};
                for (const milestone of milestones)
                    row[milestone] = (row[milestone] ?? 0) + 1;
                counts[channel] = row;
                await kv.set(dayKey, counts);
            });
        },
        async days(code, from, to) {
            const days = daysBetween(from, to);
            if (days.length === 0)
                return [];
            const values = await kv.getMany(days.map((day) => key(code, day)));
            return days.map((day, index) => ({ day, counts: readCounts(values[index]) }));
        },
    };
}
function readCounts(value) {
    if (typeof value !== "object" || value === null)
        return {};
    const counts = {};
    for (const [channel, row] of Object.entries(value)) {
        if (typeof row !== "object" || row === null)
            continue;
        counts[channel] = Object.fromEntries(Object.entries(row).filter((entry) => Number.isInteger(entry[1])));
    }
    return counts;
}
//# sourceMappingURL=counters.js.map