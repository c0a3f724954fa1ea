/**
 * The check-in scheduler: every minute (and on `tick()`), the conversations whose check-in is
 * due are read from the store's due index, and each check-in is sent through
 * `dispatcher.push` with a plan that decides under the conversation's lock, from the state as
 * it is then: not due any more (another process sent it, the person wrote meanwhile) does
 * nothing; while a request to talk with a person is open, inside the person's quiet hours, or
 * with LINE's push budget low, it waits (the due time moves on); otherwise the core composes the check-in, and the state moved to it and the
 * message in the outbox are saved in one write. Several processes may tick at once: whoever
 * takes the lock first sends, the others find it no longer due. What the index says is checked
 * against the record every time; a mark a crash left behind is dropped when it comes due.
 */
import { checkInWaits, isLastCheckIn } from "../core/check-in-series.js";
import { errorText } from "../core/error-text.js";
import { dueAt } from "../dispatch/record-rules.js";
import { DEFAULT_QUIET_HOURS, nextOutsideQuietHours, zonesFor } from "./quiet-hours.js";
const MINUTE_MS = 60_000;
/** A check-in waiting for LINE's budget looks again this much later. */
const BUDGET_WAIT_MS = 6 * 60 * MINUTE_MS;
/** A check-in due while the person's request to talk with someone is open looks again then. */
const HANDOFF_WAIT_MS = 24 * 60 * MINUTE_MS;
/** A conversation whose channel cannot push now is tried again this much later (this process). */
const UNAVAILABLE_WAIT_MS = 60 * MINUTE_MS;
/** Marks handled in one tick at most; the rest wait for the next. */
const MAX_PER_TICK = 1000;
/** Creates the scheduler; nothing runs until `start()` or `tick()`. */
export function createCheckInScheduler(options) {
    const { core, records, dispatcher, budget, logger, defaultZones, observer } = options;
    const clock = options.clock ?? (() => new Date());
    const everyMs = options.everyMs ?? MINUTE_MS;
    // Conversations whose channel could not push, until when (this process only).
    const resting = new Map();
    let chain = Promise.resolve();
    let timer;
    let stopped = false;
    /** Moves the next check-in to `at` (ms), keeping the rest of the state. */
    const waitUntil = (state, at) => {
        const next = state.nextCheckIn;
        return next
            ? { state: { ...state, nextCheckIn: { ...next, at: new Date(at).toISOString() } } }
            : undefined;
    };
    /**
     * What the check-in of `conversation` does now, decided under its lock; `sending` hears what
     * goes out (whether it is the last of the series) once it is decided.
     */
    const plan = (conversation, now, sending) => (state) => {
        const due = state.nextCheckIn ? Date.parse(state.nextCheckIn.at) : Number.NaN;
        if (!state.nextCheckIn || !(due <= now))
            return undefined;
        if (checkInWaits(state)) {
            const waiting = waitUntil(state, now + HANDOFF_WAIT_MS);
            return waiting && { ...waiting, messages: [] };
        }
        const allowed = nextOutsideQuietHours(now, state.quietHours ?? DEFAULT_QUIET_HOURS, zonesFor(state, defaultZones));
        if (allowed > now) {
            const waiting = waitUntil(state, allowed);
            return waiting && { ...waiting, messages: [] };
        }
        const outcome = core.checkIn(conversation, state, new Date(now));
        if (!outcome?.state) {
            // This channel or this content sends no check-ins (any more): the series ends quietly.
            return {
                state: { ...state, checkIn: "none", nextCheckIn: undefined },
                messages: [],
            };
        }
        sending.last = isLastCheckIn(state.nextCheckIn) && !outcome.state.nextCheckIn;
        return { state: outcome.state, messages: outcome.messages };
    };
    /** Drops a mark that its record no longer asks for, and marks what it does ask for. */
    const heal = (mark) => records.withLock(mark.conversation, async () => {
        const due = dueAt(await records.read(mark.conversation));
        if (due === mark.at)
            return false;
        if (due !== undefined)
            await records.markDue(mark.conversation, due);
        await records.clearDue(mark.conversation, mark.at);
        return true;
    });
    // Whether the mark is still due is decided by the plan, under the lock: a read here could be
    // overtaken by another process's send.
    const handle = async (mark, now) => {
        const { conversation } = mark;
        const state = (await records.read(conversation))?.state;
        if (!state) {
            await heal(mark);
            return "dropped";
        }
        if (!(await budget.allowsCheckIn(state.channel))) {
            const result = await dispatcher.push(conversation, (current) => {
                const waiting = current.nextCheckIn ? waitUntil(current, now + BUDGET_WAIT_MS) : undefined;
                return waiting && { ...waiting, messages: [] };
            });
            if (result === "saved")
                observer?.checkIn("waiting-budget", state.channel);
            return result === "saved" ? "waiting" : settle(mark, result, now);
        }
        const sending = {};
        const outcome = await settle(mark, await dispatcher.push(conversation, plan(conversation, now, sending)), now);
        if (outcome === "sent") {
            observer?.checkIn("sent", state.channel);
            // Two in a row unanswered end the series: the last one has just gone out.
            if (sending.last)
                observer?.checkIn("ended", state.channel);
        }
        return outcome;
    };
    const settle = async (mark, result, now) => {
        switch (result) {
            case "queued":
                logger.info("check-in queued", { conversation: mark.conversation });
                return "sent";
            case "saved":
                return "waiting";
            case "declined":
                await heal(mark);
                return "dropped";
            default:
                // Left, no stored address, or a channel this process does not run: not now.
                resting.set(mark.conversation, now + UNAVAILABLE_WAIT_MS);
                logger.info("check-in cannot be sent now", {
                    conversation: mark.conversation,
                    reason: result,
                });
                return "waiting";
        }
    };
    const runOnce = async () => {
        const report = { sent: 0, waiting: 0, dropped: 0, failed: 0 };
        const now = clock().getTime();
        for (const [conversation, until] of resting)
            if (until <= now)
                resting.delete(conversation);
        const marks = [];
        for await (const mark of records.due(now)) {
            if (!resting.has(mark.conversation))
                marks.push(mark);
            if (marks.length >= MAX_PER_TICK)
                break;
        }
        marks.sort((a, b) => a.at - b.at);
        for (const mark of marks) {
            if (stopped)
                break;
            try {
                report[await handle(mark, now)] += 1;
            }
            catch (error) {
                report.failed += 1;
                logger.warn("check-in not handled; tried again at the next tick", {
                    conversation: mark.conversation,
                    error: errorText(error),
                });
            }
        }
        if (report.sent + report.waiting + report.failed > 0)
            logger.info("check-ins", { ...report });
        return report;
    };
    const tick = () => {
        const run = chain.then(runOnce, runOnce);
        chain = run.catch(() => { });
        return run;
    };
    return {
        tick,
        start() {
            stopped = false;
            const safeTick = () => {
                tick().catch((error) => {
                    logger.warn("check-in tick failed", { error: errorText(error) });
                });
            };
            safeTick();
            timer = setInterval(safeTick, everyMs);
            timer.unref();
        },
        async stop() {
            stopped = true;
            clearInterval(timer);
            await chain;
        },
    };
}
//# sourceMappingURL=scheduler.js.map