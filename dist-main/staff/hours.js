/**
 * Staff hours (`STAFF_HOURS`): when a person can expect a worker to answer. Written as days and
 * times in one IANA time zone, `Mon-Fri 10:00-18:00 Asia/Tokyo`, several ranges joined by commas
 * (`Mon-Fri 10:00-18:00, Sat 10:00-13:00 Europe/Rome`), a range past midnight belonging to the
 * day it starts (`Fri 22:00-02:00`), or `always`. Read with Intl, so daylight saving is the
 * zone's own.
 */
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** Thrown with a message that says what is wrong and how it should look. */
export class StaffHoursError extends Error {
    name = "StaffHoursError";
}
/** Parses `STAFF_HOURS`; throws a {@link StaffHoursError} on anything it cannot read. */
export function parseStaffHours(text) {
    const written = text.trim().replace(/\s+/g, " ");
    if (/^(always|24\/7)$/i.test(written))
        return alwaysOpen;
    const zoneAt = written.lastIndexOf(" ");
    const zone = written.slice(zoneAt + 1);
    if (zoneAt < 0 || !validZone(zone)) {
        throw new StaffHoursError(`end with an IANA time zone such as Asia/Tokyo (got "${zone}"); for example "Mon-Fri 10:00-18:00 Asia/Tokyo", or "always"`);
    }
    const ranges = written
        .slice(0, zoneAt)
        .split(",")
        .map((part) => parseRange(part.trim()));
    return {
        timeZone: zone,
        always: false,
        open(now) {
            const { day, minutes } = localTime(now, zone);
            const yesterday = DAYS[(DAYS.indexOf(day) + 6) % 7];
            return ranges.some((range) => {
                if (range.end > range.start) {
                    return range.days.has(day) && minutes >= range.start && minutes < range.end;
                }
                // Past midnight: the evening part today, the morning part after yesterday's start.
                return ((range.days.has(day) && minutes >= range.start) ||
                    (range.days.has(yesterday) && minutes < range.end));
            });
        },
        describe() {
            const ja = ranges
                .map((range) => `${range.days_.replace(/-/g, "〜")} ${range.from}〜${range.to}`)
                .map((part) => part.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, (d) => JA_DAYS[d]))
                .join("、");
            const en = ranges.map((range) => `${range.days_} ${range.from}-${range.to}`).join(", ");
            return { ja: `${ja}（${zone}）`, en: `${en} (${zone})` };
        },
    };
}
const JA_DAYS = {
    Mon: "月",
    Tue: "火",
    Wed: "水",
    Thu: "木",
    Fri: "金",
    Sat: "土",
    Sun: "日",
};
const alwaysOpen = {
    timeZone: "UTC",
    always: true,
    open: () => true,
    describe: () => ({ ja: "いつでも", en: "any time" }),
};
function parseRange(part) {
    const match = /^(\S+) (\S+)-(\S+)$/.exec(part);
    if (!match) {
        throw new StaffHoursError(`"${part}" is not "<days> <HH:MM>-<HH:MM>", for example "Mon-Fri 10:00-18:00"`);
    }
    const [, daysText, from, to] = match;
    const start = minutesOf(from);
    const end = minutesOf(to);
    if (start === end)
        throw new StaffHoursError(`"${part}": a range needs two different times`);
    return { days: parseDays(daysText), start, end, days_: daysText, from, to };
}
function parseDays(text) {
    if (/^(daily|every day|mon-sun)$/i.test(text))
        return new Set(DAYS);
    const days = new Set();
    for (const piece of text.split("+")) {
        const [first, last] = piece.split("-").map(dayOf);
        if (!first || (piece.includes("-") && !last)) {
            throw new StaffHoursError(`"${text}": use day names Mon Tue Wed Thu Fri Sat Sun, a range "Mon-Fri", days joined with "+" ("Mon+Wed"), or "Daily"`);
        }
        const from = DAYS.indexOf(first);
        const to = last ? DAYS.indexOf(last) : from;
        for (let i = from;; i = (i + 1) % 7) {
            days.add(DAYS[i]);
            if (i === to)
                break;
        }
    }
    return days;
}
function dayOf(text) {
    const name = text ? `${text.slice(0, 1).toUpperCase()}${text.slice(1, 3).toLowerCase()}` : "";
    return text?.length === 3 && DAYS.includes(name)
        ? name
        : undefined;
}
function minutesOf(text) {
    const match = TIME.exec(text);
    if (!match)
        throw new StaffHoursError(`"${text}" is not a time such as 09:30`);
    return Number(match[1]) * 60 + Number(match[2]);
}
function validZone(zone) {
    if (!zone.includes("/") && zone !== "UTC")
        return false;
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The weekday and minutes after midnight at `now` in `zone`. */
function localTime(now, zone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
    }).formatToParts(now);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
    return {
        day: part("weekday"),
        minutes: Number(part("hour")) * 60 + Number(part("minute")),
    };
}
//# sourceMappingURL=hours.js.map