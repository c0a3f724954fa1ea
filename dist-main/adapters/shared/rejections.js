/** Creates the reporter of one channel's webhook. */
export function createRejectionReporter(logger, channel, count = () => { }, intervalMs = 60_000) {
    let lastLine = Number.NEGATIVE_INFINITY;
    let since = 0;
    return (reason) => {
        count(reason);
        const at = Date.now();
        if (at - lastLine < intervalMs) {
            since += 1;
            return;
        }
        logger.warn(`${channel} webhook rejected`, {
            reason,
            ...(since > 0 ? { moreSinceLastLine: since } : {}),
        });
        lastLine = at;
        since = 0;
    };
}
//# sourceMappingURL=rejections.js.map