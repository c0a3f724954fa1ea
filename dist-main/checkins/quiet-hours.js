/** The bot's default quiet hours, local time. */
export const DEFAULT_QUIET_HOURS = "21:00-09:00";
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** How far ahead a time outside quiet hours in every zone is looked for. */
const SEARCH_MS = 3 * DAY_MINUTES * MINUTE_MS;
/**
 * The time zones of the regions komorebi has resources for (mainland ones; a person elsewhere
 * chooses theirs in settings).
 */
const REGION_ZONES = {
    JP: ["Asia/Tokyo"],
    KR: ["Asia/Seoul"],
    GB: ["Europe/London"],
    IT: ["Europe/Rome"],
    ES: ["Europe/Madrid"],
    FR: ["Europe/Paris"],
    US: [
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
    ],
};
/** The time zones of a region, or undefined when komorebi does not know them. */
export function zonesOfRegion(region) {
    return REGION_ZONES[region.toUpperCase()];
}
/** Whether this runtime can compute with `zone`. */
export function knownTimeZone(zone) {
    try {
        return zone.length > 0 && formatter(zone) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * The zones quiet hours are counted in for one person: their own, else their region's, else
 * the deployment's (`fallback`).
 */
export function zonesFor(state, fallback) {
    if (state.timeZone && knownTimeZone(state.timeZone))
        return [state.timeZone];
    return zonesOfRegion(state.region) ?? fallback;
}
/**
 * The first moment at or after `now` (ms) that is outside `quietHours` (`HH:MM-HH:MM`) in every
 * zone. Zones whose waking hours never meet (a person's own hours across a wide region) fall
 * back to the first zone alone.
 */
export function nextOutsideQuietHours(now, quietHours, zones) {
    const quiet = parseQuietHours(quietHours) ?? parseQuietHours(DEFAULT_QUIET_HOURS);
    if (!quiet || zones.length === 0)
        return now;
    let time = now;
    while (time - now <= SEARCH_MS) {
        let moved = false;
        for (const zone of zones) {
            const wait = minutesLeft(localMinutes(time, zone), quiet);
            if (wait > 0) {
                time = afterWallClockMinutes(time, wait, zone, quiet);
                moved = true;
            }
        }
        if (!moved)
            return time;
    }
    return zones.length > 1 ? nextOutsideQuietHours(now, quietHours, zones.slice(0, 1)) : time;
}
/**
 * When `wait` minutes of quiet hours on the clock in `zone` are over, from `time`. Across a
 * change to summer time the clock skips ahead, so they are over sooner: the first minute
 * outside quiet hours is then looked for in the skipped stretch. (Back to winter time, the
 * first guess lands inside quiet hours and the caller waits again.)
 */
function afterWallClockMinutes(time, wait, zone, quiet) {
    const start = time - (time % MINUTE_MS);
    const guess = start + wait * MINUTE_MS;
    const advanced = mod(localMinutes(guess, zone) - localMinutes(start, zone), DAY_MINUTES);
    const skipped = mod(advanced - wait + DAY_MINUTES / 2, DAY_MINUTES) - DAY_MINUTES / 2;
    if (skipped <= 0)
        return guess;
    // Quiet, then not, within the skipped stretch: the first minute that is not.
    let quietUntil = Math.max(start, guess - skipped * MINUTE_MS - MINUTE_MS);
    let awake = guess;
    while (awake - quietUntil > MINUTE_MS) {
        const middle = quietUntil + Math.floor((awake - quietUntil) / 2 / MINUTE_MS) * MINUTE_MS;
        if (minutesLeft(localMinutes(middle, zone), quiet) === 0)
            awake = middle;
        else
            quietUntil = middle;
    }
    return awake > time ? awake : guess;
}
const mod = (value, by) => ((value % by) + by) % by;
function parseQuietHours(value) {
    const match = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(value);
    if (!match)
        return undefined;
    const [, fromH, fromM, toH, toM] = match.map(Number);
    const from = fromH * 60 + fromM;
    const to = toH * 60 + toM;
    return from === to || from >= DAY_MINUTES || to >= DAY_MINUTES ? undefined : { from, to };
}
/** Minutes until quiet hours end, or 0 when `minutes` (local time of day) is not in them. */
function minutesLeft(minutes, { from, to }) {
    if (from < to)
        return minutes >= from && minutes < to ? to - minutes : 0;
    if (minutes >= from)
        return DAY_MINUTES - minutes + to;
    return minutes < to ? to - minutes : 0;
}
const formatters = new Map();
function formatter(zone) {
    let format = formatters.get(zone);
    if (!format) {
        format = new Intl.DateTimeFormat("en-US", {
            timeZone: zone,
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
        });
        formatters.set(zone, format);
    }
    return format;
}
/** The local time of day in `zone`, in minutes after midnight. */
function localMinutes(time, zone) {
    let hour = 0;
    let minute = 0;
    for (const part of formatter(zone).formatToParts(time)) {
        if (part.type === "hour")
            hour = Number(part.value) % 24;
        if (part.type === "minute")
            minute = Number(part.value);
    }
    return hour * 60 + minute;
}
//# sourceMappingURL=quiet-hours.js.map