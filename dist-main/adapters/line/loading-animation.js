/**
 * When to show LINE's loading animation: only when an answer is still not on its way a while
 * after the person wrote. Most answers take milliseconds, and an animation that flashes is
 * noise; it shows only when someone looking at the chat would otherwise wait in silence.
 *
 * Every wait has the same length, so the people waiting are already in the order their
 * animations are due (a Map keeps insertion order): one timer, armed for the first of them,
 * serves them all, instead of a timer an event.
 */
/** Creates the schedule; `show` starts one person's animation (and never throws). */
export function createLoadingAnimations(show, afterMs) {
    /** People waiting, by when their animation is due (`performance.now()`), earliest first. */
    const waiting = new Map();
    /** Animations asked for whose answer has not gone out yet. */
    const shown = new Map();
    let timer;
    let armedFor = Number.POSITIVE_INFINITY;
    const arm = (due) => {
        if (timer && armedFor <= due)
            return;
        if (timer)
            clearTimeout(timer);
        armedFor = due;
        timer = setTimeout(fire, Math.max(0, due - performance.now()));
        timer.unref();
    };
    const fire = () => {
        timer = undefined;
        armedFor = Number.POSITIVE_INFINITY;
        const now = performance.now();
        for (const [userId, due] of waiting) {
            if (due > now) {
                arm(due);
                return;
            }
            waiting.delete(userId);
            shown.set(userId, show(userId));
        }
    };
    return {
        expect(userId) {
            if (waiting.has(userId) || shown.has(userId))
                return;
            const due = performance.now() + afterMs;
            waiting.set(userId, due);
            arm(due);
        },
        async answered(userId) {
            if (waiting.delete(userId))
                return;
            const started = shown.get(userId);
            if (started === undefined)
                return;
            shown.delete(userId);
            await started;
        },
    };
}
//# sourceMappingURL=loading-animation.js.map