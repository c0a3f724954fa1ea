/**
 * The check-ins a person asked for, as a series: the first after the days they chose, each next
 * one after a longer pause (3, 7, 14, then 28 days), and none after two in a row went unanswered.
 * A check-in comes only after a full pause in which the person has not written: a message from
 * them counts as an answer and moves the next one back, so the bot never says hello to someone
 * who is talking to it. Quiet hours and the push budget are the scheduler's (src/checkins), which
 * only ever moves `at` later.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
/** The pauses before each check-in, in days: a series starts at the person's choice. */
export const CHECK_IN_PAUSE_DAYS = [3, 7, 14, 28];
/** Unanswered check-ins in a row after which no more are sent. */
export const MAX_UNANSWERED_CHECK_INS = 2;
const FIRST_PAUSE = {
    "in-3-days": 0,
    "in-a-week": 1,
    "in-2-weeks": 2,
};
/** The pause before check-in number `sent + 1` of a series the person chose. */
export function pauseDays(preference, sent) {
    const index = Math.min(FIRST_PAUSE[preference] + sent, CHECK_IN_PAUSE_DAYS.length - 1);
    return CHECK_IN_PAUSE_DAYS[index] ?? 28;
}
const later = (now, days) => new Date(now.getTime() + days * DAY_MS).toISOString();
/** A new series, chosen now. */
export function startCheckIns(preference, now) {
    return { at: later(now, pauseDays(preference, 0)), sent: 0, unanswered: 0 };
}
/**
 * Whether a due check-in waits instead: the person has asked to talk with someone and the
 * request is open (waiting, offered or in a talk with a worker); a hello from the bot then would
 * break into it.
 */
export function checkInWaits(state) {
    return state.handoff?.stage !== undefined;
}
/** Whether the check-in about to go is the last one (the one before it went unanswered). */
export function isLastCheckIn(next) {
    return next.unanswered + 1 >= MAX_UNANSWERED_CHECK_INS;
}
/**
 * The series once a check-in has gone out at `now`: the next one after a longer pause, or
 * undefined when this was the last.
 */
export function afterCheckIn(next, preference, now) {
    if (isLastCheckIn(next))
        return undefined;
    const sent = next.sent + 1;
    return { at: later(now, pauseDays(preference, sent)), sent, unanswered: next.unanswered + 1 };
}
/**
 * Keeps a state's check-ins in line with a person's event: stop, unfollow and "no more" end
 * them; a new choice starts a new series; anything else the person sends is an answer.
 */
export function keepCheckIns(state, preferenceBefore, event, now) {
    const left = state.lifecycle === "stopped" || state.lifecycle === "unreachable";
    if (event === "unfollow" || left)
        state.checkIn = "none";
    const preference = state.checkIn;
    if (preference === "none") {
        state.nextCheckIn = undefined;
        return;
    }
    const series = state.nextCheckIn;
    if (preference !== preferenceBefore || !series) {
        state.nextCheckIn = startCheckIns(preference, now);
        return;
    }
    const pauseEnds = later(now, pauseDays(preference, series.sent));
    state.nextCheckIn = {
        ...series,
        unanswered: 0,
        at: Date.parse(series.at) > Date.parse(pauseEnds) ? series.at : pauseEnds,
    };
}
//# sourceMappingURL=check-in-series.js.map