import { threadPosts } from "./staff-actions.js";
/** A call into a thread failed because the thread is gone. */
class ThreadGone extends Error {
    original;
    constructor(original) {
        super("the case's thread is gone");
        this.original = original;
    }
}
/** The refs a thread is kept by (`thread` is what finds the case again from a worker's message). */
const refsOf = (thread, card) => ({
    thread,
    ...(card !== undefined ? { card } : {}),
});
/**
 * Shows `event` in its case's thread, opening the thread (again) where needed. Resolves with the
 * refs to keep; throws the platform's error when it could not (the channel says whether to
 * retry), after keeping what it made with `keep`.
 */
export async function showInThread(platform, event, refs, keep, locale, place) {
    let thread = platform.idOf(refs?.thread);
    let card = thread === undefined ? undefined : platform.idOf(refs?.card);
    let opening = refs?.opening !== undefined;
    let reopened = false;
    let cardRedrawn = false;
    const inThread = async (call) => {
        try {
            return await call();
        }
        catch (error) {
            throw platform.threadGone(error) ? new ThreadGone(error) : error;
        }
    };
    for (;;) {
        try {
            let cardIsNew = false;
            if (thread === undefined) {
                let made = opening ? await platform.find?.(event) : undefined;
                if (!made) {
                    await keep({ opening: event.case.number });
                    opening = true;
                    made = await platform.open(event);
                }
                thread = made.thread;
                card = made.card;
                cardIsNew = card !== undefined;
                await keep(refsOf(thread, card));
            }
            const at = thread;
            if (card === undefined) {
                card = await inThread(() => platform.postCard(at, event));
                cardIsNew = true;
                await keep(refsOf(at, card));
            }
            else if (event.change.type !== "message" && !cardIsNew) {
                const drawn = card;
                try {
                    await inThread(() => platform.editCard(at, drawn, event));
                }
                catch (error) {
                    if (error instanceof ThreadGone || cardRedrawn || !platform.cardGone(error))
                        throw error;
                    // The card was deleted but perhaps not the thread: a new card there (or a new thread).
                    cardRedrawn = true;
                    card = undefined;
                    continue;
                }
            }
            for (const { part, text } of threadPosts(event, locale, place)) {
                await inThread(() => platform.post(at, text, event, part));
            }
            if (event.change.type === "closed")
                await platform.closed(at);
            return refsOf(at, card);
        }
        catch (error) {
            if (!(error instanceof ThreadGone))
                throw error;
            // Once per delivery: a thread gone again at once is left to the channel's retry.
            if (reopened)
                throw error.original;
            reopened = true;
            thread = undefined;
            card = undefined;
            opening = false;
        }
    }
}
//# sourceMappingURL=case-thread.js.map