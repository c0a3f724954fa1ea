/**
 * The Telegram channel (grammY's Bot API client). Long polling when no webhook is configured
 * (development), `POST /webhooks/telegram` when it is (production). Either way every update goes
 * through one handler: inbound mapping, the core, outbound rendering.
 */
import { Api } from "grammy";
import { CLOSE_GRACE_MS } from "../shared/close-dispatcher.js";
import { abortableSleep } from "../shared/sleep.js";
import { createRetryTransformer } from "./api-retry.js";
import { createBotApiTransport } from "./bot-api-transport.js";
import { telegramCapabilities } from "./capabilities.js";
import { errorText } from "./error-text.js";
import { ALLOWED_UPDATES } from "./inbound.js";
import { ownKeepAliveAgent } from "./own-agent.js";
import { createPoller } from "./polling.js";
import { syncCommands } from "./setup.js";
import { createSendThrottler } from "./throttle.js";
import { createUpdateReader, sendToTelegram } from "./update-handler.js";
import { createWebhookRoute, TELEGRAM_WEBHOOK_PATH } from "./webhook.js";
export { telegramCapabilities } from "./capabilities.js";
export { parseTelegramUpdate, startFromText } from "./inbound.js";
export { renderForTelegram } from "./outbound.js";
export { TELEGRAM_WEBHOOK_PATH } from "./webhook.js";
/** grammY's default, which the transport needs to know too. */
const DEFAULT_API_ROOT = "https://api.telegram.org";
/** A Bot API call that takes longer is abandoned (grammY's default is over eight minutes). */
const API_TIMEOUT_SECONDS = 60;
/** The longest Retry-After a send waits for itself; longer ones go back to the dispatcher. */
const MAX_WAIT_IN_SEND_SECONDS = 3;
/** Polling: how long to wait before offering a batch the store could not keep again. */
const ACCEPT_RETRY_MS = 2000;
/** Polling: tries of one staff group update (a minute) before it is given up. */
const MAX_STAFF_ATTEMPTS = 30;
/** Creates the Telegram channel. */
export function createTelegramAdapter(options) {
    const { core, logger, webhook, staff } = options;
    // grammY refuses a trailing slash, which a copied URL easily has.
    const apiRoot = options.apiRoot?.replace(/\/+$/, "") ?? DEFAULT_API_ROOT;
    // grammY's client (polling, set-up, getMe) on connections of this channel's own.
    const agent = ownKeepAliveAgent(apiRoot);
    const api = new Api(options.token, {
        apiRoot,
        timeoutSeconds: API_TIMEOUT_SECONDS,
        baseFetchConfig: { agent },
    });
    // Installed first, so innermost: the throttler and the retries act on its calls as before.
    const transport = createBotApiTransport({
        apiRoot,
        token: options.token,
        timeoutMs: API_TIMEOUT_SECONDS * 1000,
    });
    api.config.use(transport.transformer);
    // The throttler goes inside the retries: a retried call waits its turn again.
    const maxPerSecond = options.maxPerSecond ?? 30;
    if (maxPerSecond > 0)
        api.config.use(createSendThrottler(maxPerSecond));
    // A long Retry-After is waited out by the dispatcher, not inside a send: there a newer answer
    // (a crisis typed meanwhile) can overtake the waiting one.
    api.config.use(createRetryTransformer({ logger, maxRetryAfterSeconds: MAX_WAIT_IN_SEND_SECONDS }));
    const identity = createBotIdentity(api, logger);
    const reader = createUpdateReader({ api, core, logger, identity });
    const stopped = new AbortController();
    let sink;
    let closed = false;
    // Polling confirms a batch (asks for the next offset) only once the dispatcher has kept it;
    // while the store is down the same batch is offered again, and nothing is skipped.
    const keepBatch = async (batch) => {
        const updates = staff ? await keepStaffUpdates(batch) : batch;
        const arrivals = reader.read(updates);
        while (arrivals.length > 0 && sink && !stopped.signal.aborted) {
            try {
                await sink.accept(arrivals);
                return;
            }
            catch (error) {
                logger.warn("telegram updates not kept yet; trying again", { error: errorText(error) });
                await abortableSleep(ACCEPT_RETRY_MS, stopped.signal);
            }
        }
        if (arrivals.length > 0)
            throw new Error("stopped before the updates were kept");
    };
    // The staff group's updates are handled before the batch is confirmed, like the others.
    const keepStaffUpdates = async (batch) => {
        const people = [];
        for (const update of batch) {
            if (!staff?.owns(update)) {
                people.push(update);
                continue;
            }
            for (let attempt = 1; !(await staff.handle(update)); attempt += 1) {
                if (stopped.signal.aborted)
                    throw new Error("stopped before a staff update was kept");
                if (attempt >= MAX_STAFF_ATTEMPTS) {
                    // One update that cannot be handled must not hold up every person behind it.
                    logger.error("telegram staff update given up after retries");
                    break;
                }
                await abortableSleep(ACCEPT_RETRY_MS, stopped.signal);
            }
        }
        return people;
    };
    const poller = webhook ? undefined : createPoller({ api, logger, onBatch: keepBatch });
    const routes = webhook
        ? [
            createWebhookRoute({
                secret: webhook.secret,
                logger,
                ...(options.onRejected ? { onRejected: options.onRejected } : {}),
                accept: async (update) => {
                    if (staff?.owns(update))
                        return staff.handle(update);
                    const arrivals = reader.read([update]);
                    if (arrivals.length === 0)
                        return true;
                    if (!sink)
                        return false;
                    try {
                        await sink.accept(arrivals);
                        return true;
                    }
                    catch (error) {
                        logger.warn("telegram update not kept; answering 503", { error: errorText(error) });
                        return false;
                    }
                },
            }),
        ]
        : [];
    return {
        channel: "telegram",
        capabilities: telegramCapabilities,
        routes,
        async start(eventSink) {
            sink = eventSink;
            // None of these may stop the bot: an emulator or a self-hosted server may lack a method,
            // and Telegram itself may be briefly unreachable.
            await Promise.all([
                identity.refresh(),
                registerCommands(api, logger, core),
                webhook ? registerWebhook(api, logger, webhook) : undefined,
            ]);
            poller?.start();
            logger.info("telegram channel started", {
                mode: webhook ? "webhook" : "polling",
                bot: identity.known() ?? "(unknown until getMe answers)",
            });
        },
        async stop() {
            stopped.abort();
            await poller?.stop();
            sink = undefined;
        },
        async close() {
            closed = true;
            await transport.close(CLOSE_GRACE_MS);
            agent.destroy();
        },
        async send(destination, messages, context) {
            if (closed)
                return { status: "retry", reason: "telegram channel closed" };
            return sendToTelegram(api, destination, messages, logger, context.conversation);
        },
    };
}
/** Remembers the bot's username from getMe; asks again (at most once a minute) while unknown. */
function createBotIdentity(api, logger) {
    let username;
    let lastAttempt = Number.NEGATIVE_INFINITY;
    const refresh = async () => {
        lastAttempt = Date.now();
        try {
            username = (await api.getMe()).username;
        }
        catch (error) {
            logger.warn("telegram getMe failed; the bot's link is unknown for now", {
                error: errorText(error),
            });
        }
    };
    return {
        known: () => username,
        async resolve() {
            if (!username && Date.now() - lastAttempt > 60_000)
                await refresh();
            return username;
        },
        refresh,
    };
}
/**
 * The commands menu in Japanese, English, and the default locale for every other language, and
 * the menu button that opens it: set where they differ from content (see setup.ts).
 */
async function registerCommands(api, logger, core) {
    const steps = await syncCommands(api, core);
    const failed = steps.filter((step) => step.status === "failed");
    if (failed.length > 0) {
        logger.warn("telegram commands menu not set", { failed: failed.map((step) => step.what) });
    }
}
async function registerWebhook(api, logger, webhook) {
    const url = `${webhook.publicUrl.replace(/\/+$/, "")}${TELEGRAM_WEBHOOK_PATH}`;
    try {
        await api.setWebhook(url, {
            secret_token: webhook.secret,
            allowed_updates: [...ALLOWED_UPDATES],
            // Updates that waited while the bot was down are still people writing to it.
            drop_pending_updates: false,
        });
        logger.info("telegram webhook set", { url });
    }
    catch (error) {
        logger.error("telegram setWebhook failed; updates may not arrive", {
            url,
            error: errorText(error),
        });
    }
}
//# sourceMappingURL=index.js.map