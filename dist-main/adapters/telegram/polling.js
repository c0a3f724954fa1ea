/**
 * Long polling for development (and for Bot API servers without a public address). A batch is
 * handed over whole to the dispatcher, which keeps each chat in order and lets chats run side by
 * side. The next batch is fetched only once this one is kept in the store, so an update is
 * confirmed to Telegram (by the next offset) only when it cannot be lost.
 *
 * Why not @grammyjs/runner: its source confirms updates as soon as they are fetched, before a
 * sink has kept them, so a crash loses what was fetched; ordering per chat (`sequentialize`)
 * is the dispatcher's job here already, across processes too.
 */
import { GrammyError } from "grammy";
import { abortableSleep } from "./api-retry.js";
import { errorText } from "./error-text.js";
import { ALLOWED_UPDATES } from "./inbound.js";
/** Creates a poller; nothing happens until {@link Poller.start}. */
export function createPoller(options) {
    const { api, logger, onBatch } = options;
    const timeout = options.timeoutSeconds ?? 30;
    const controller = new AbortController();
    // grammY's Node typings name the `abort-controller` package's signal; Node's own works the same.
    const signal = controller.signal;
    let offset = 0;
    let confirmed = 0;
    let running;
    const loop = async () => {
        try {
            // A webhook left over from a deployment would make every getUpdates fail with 409.
            await api.deleteWebhook({ drop_pending_updates: false }, signal);
        }
        catch (error) {
            if (controller.signal.aborted)
                return;
            logger.warn("telegram deleteWebhook failed; polling anyway", { error: errorText(error) });
        }
        let failures = 0;
        let allowed = ALLOWED_UPDATES;
        while (!controller.signal.aborted) {
            let updates;
            try {
                updates = await api.getUpdates({ offset, timeout, ...(allowed ? { allowed_updates: [...ALLOWED_UPDATES] } : {}) }, signal);
            }
            catch (error) {
                if (controller.signal.aborted)
                    break;
                failures += 1;
                const delay = pollingDelay(error, failures);
                if (delay === undefined) {
                    logger.error("telegram polling stopped: the Bot API refused getUpdates (check the token)", {
                        error: errorText(error),
                    });
                    break;
                }
                logger.warn("telegram getUpdates failed, retrying", {
                    error: errorText(error),
                    retryInMs: delay,
                });
                await abortableSleep(delay, controller.signal);
                continue;
            }
            failures = 0;
            // Telegram keeps the last allowed_updates, so they are sent only once.
            allowed = undefined;
            confirmed = offset;
            if (updates.length === 0)
                continue;
            await onBatch(updates);
            offset = Math.max(offset, ...updates.map((update) => update.update_id + 1));
        }
    };
    return {
        start() {
            running ??= loop().catch((error) => {
                logger.error("telegram polling crashed", { error: errorText(error) });
            });
        },
        async stop() {
            controller.abort();
            await running;
            if (offset > confirmed) {
                // Without this, the last batch would be delivered again after a restart (the core would
                // recognise it, but only while it remembers the event ids).
                await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch((error) => {
                    logger.debug("telegram offset not confirmed", { error: errorText(error) });
                });
            }
        },
    };
}
/** How long to wait after a failed poll; undefined when retrying cannot help. */
function pollingDelay(error, failures) {
    if (error instanceof GrammyError) {
        if (error.error_code === 401 || error.error_code === 404)
            return undefined;
        if (error.error_code === 429)
            return (error.parameters.retry_after ?? 3) * 1000;
    }
    // 409: another process polls with this token, or a webhook is set. Backing off lets the other
    // one finish instead of the two taking turns.
    return Math.min(60_000, 1000 * 2 ** Math.min(failures - 1, 6));
}
//# sourceMappingURL=polling.js.map