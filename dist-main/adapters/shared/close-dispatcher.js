/**
 * What an adapter's close gives calls still under way after the drain: the ones the dispatcher
 * does not wait for (LINE's loading animation, a Telegram button's answer).
 */
export const CLOSE_GRACE_MS = 500;
/** Closes `dispatcher` gracefully within `graceMs` (0: at once), then cuts what is left. */
export async function closeDispatcher(dispatcher, graceMs) {
    // Once destroyed, undici may reject or never settle the graceful close: nothing waits on it then.
    const closed = dispatcher.close().then(() => true, () => true);
    if (graceMs > 0) {
        let timer;
        const inTime = await Promise.race([
            closed,
            new Promise((resolve) => {
                timer = setTimeout(() => resolve(false), graceMs);
            }),
        ]);
        clearTimeout(timer);
        if (inTime)
            return;
    }
    await dispatcher.destroy().catch(() => { });
}
//# sourceMappingURL=close-dispatcher.js.map