/**
 * What people wrote in their DM while no gateway session was there to hear it. Discord replays
 * missed events only to a session that resumes; a new session (after a deploy, a restart, a crash,
 * or a network cut longer than Discord keeps a session) gets nothing of what came before it. So
 * when a new session is READY, the DM channels that were active lately (the store's index of
 * them, `src/store/dm-index.ts`) are read through the REST API from the last event kept in each,
 * and what the person wrote is handed to the dispatcher as ordinary DM events, in order, before
 * any live event of theirs. Messages kept already (the index lags its keep a little) are
 * recognised by id in the dispatcher, as events seen twice always are.
 *
 * In the background, gently: a few channels at a time through the adapter's REST client (its rate
 * limits shared with everything the bot sends), bounded in channels and messages, a channel that
 * fails (403 when the person closed their DMs, 404) leaving the others to go on. Logged as counts
 * and pseudonyms only.
 */
import { RateLimitError, Routes } from "discord.js";
import { abortableSleep, settledOr } from "../shared/sleep.js";
import { discordStatus, errorText } from "./error-text.js";
/**
 * How long a DM channel is looked at after its last kept event: a week. Outages that end in a new
 * session (deploys, restarts, crashes) last minutes to hours, or a weekend where nobody watches
 * the server; the people likely to write into one are those in a conversation these days. Every
 * new session reads each indexed channel once, so a longer window costs a REST call per person
 * on every deploy for people who mostly wrote long ago. Never longer than the store keeps
 * conversations.
 */
export const CATCH_UP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** Channels read after one new session, the most recently active first. */
const MAX_CHANNELS = 1000;
/** Discord's largest page. */
const PAGE = 100;
/**
 * Pages read from the last kept message on; when the person wrote more, the newest page is read
 * instead of the ones between: the last words say most about how they are now.
 */
const PAGES_FROM_LAST_KEPT = 1;
/** Channels read at once. */
const CONCURRENCY = 2;
/** How long a live event waits for the index to be read before it goes ahead anyway. */
const GATE_MS = 2000;
/** Attempts at reading the index (the store may be down for a moment). */
const INDEX_ATTEMPTS = 5;
const INDEX_RETRY_MS = 2000;
/** Attempts at one page when Discord asks for a wait longer than a send sits out. */
const RATE_LIMIT_ATTEMPTS = 3;
/** The window for a store that keeps conversations `retentionMs` (0: until deleted). */
export function catchUpWindowMs(retentionMs) {
    return retentionMs > 0 ? Math.min(CATCH_UP_WINDOW_MS, retentionMs) : CATCH_UP_WINDOW_MS;
}
/** Creates the catch-up; nothing happens until {@link CatchUp.sessionStarted}. */
export function createCatchUp(options) {
    const { rest, index, logger, signal } = options;
    const limiter = createLimiter(CONCURRENCY);
    let ready = Promise.resolve();
    const readIndex = async () => {
        for (let attempt = 1; attempt <= INDEX_ATTEMPTS && !signal.aborted; attempt += 1) {
            try {
                return await index.recent(MAX_CHANNELS);
            }
            catch (error) {
                if (attempt === INDEX_ATTEMPTS) {
                    logger.warn("discord catch-up skipped: the index of DMs could not be read", {
                        error: errorText(error),
                    });
                }
                else
                    await abortableSleep(INDEX_RETRY_MS, signal);
            }
        }
        return undefined;
    };
    /** One page of a channel, newest first as Discord returns it; waits out long rate limits. */
    const page = async (channelId, after) => {
        const query = new URLSearchParams({ limit: String(PAGE), ...(after ? { after } : {}) });
        for (let attempt = 1;; attempt += 1) {
            try {
                const messages = await rest.get(Routes.channelMessages(channelId), { query });
                return Array.isArray(messages) ? messages : [];
            }
            catch (error) {
                if (!(error instanceof RateLimitError) || attempt >= RATE_LIMIT_ATTEMPTS)
                    throw error;
                await abortableSleep(error.retryAfter, signal);
                if (signal.aborted)
                    throw error;
            }
        }
    };
    /** The messages after the last kept one, oldest first, within the caps. */
    const missed = async (chat) => {
        const messages = [];
        let after = chat.lastId;
        for (let read = 0; read < PAGES_FROM_LAST_KEPT; read += 1) {
            const batch = oldestFirst(await page(chat.channelId, after));
            messages.push(...batch);
            const last = batch.at(-1);
            if (batch.length < PAGE || !last)
                return { messages, capped: false };
            after = last.id;
        }
        // More than that was written: the newest page, and what lies between is left.
        const newest = oldestFirst(await page(chat.channelId)).filter((message) => isAfter(message.id, after));
        return { messages: [...messages, ...newest], capped: newest.length === PAGE };
    };
    const catchUpChannel = async (chat) => {
        const { messages, capped } = await missed(chat);
        const arrivals = [];
        for (const message of messages) {
            const parsed = options.parse(message);
            // The bot's own messages, service messages and anyone else's are not the person's.
            if (parsed.kind === "conversation" && parsed.event.userId === chat.userId) {
                arrivals.push({ event: parsed.event, address: parsed.address });
            }
        }
        if (arrivals.length > 0 && !(await options.keepNow(arrivals))) {
            return { read: messages.length, kept: 0, capped };
        }
        // What was read is kept or not the person's: the next session starts after it.
        const newest = messages.at(-1);
        if (newest) {
            await index.note({ ...chat, lastId: newest.id }).catch((error) => {
                // The next session reads these again, and drops them as duplicates.
                logger.debug("discord DM not noted for catch-up", { error: errorText(error) });
            });
        }
        return { read: messages.length, kept: arrivals.length, capped };
    };
    const run = async (chats) => {
        const totals = { channels: chats.length, read: 0, kept: 0, failed: 0, capped: 0 };
        const started = Date.now();
        await Promise.all(chats.map((chat) => options.inOrder(chat.userId, () => limiter.run(chat.userId, async () => {
            if (signal.aborted)
                return;
            try {
                const report = await catchUpChannel(chat);
                totals.read += report.read;
                totals.kept += report.kept;
                if (report.capped)
                    totals.capped += 1;
            }
            catch (error) {
                // Stopping ends the calls under way; that is no channel's failure.
                if (signal.aborted)
                    return;
                totals.failed += 1;
                // 403: the person closed their DMs or blocked the bot; 404: the channel is gone.
                const status = discordStatus(error);
                logger[status === 403 || status === 404 ? "info" : "warn"]("discord catch-up: a DM channel could not be read", { conversation: options.pseudonym(chat.userId), error: errorText(error) });
            }
        }))));
        logger.info("discord catch-up done", { ...totals, ms: Date.now() - started });
    };
    return {
        sessionStarted() {
            let placed = () => { };
            const inLine = new Promise((resolve) => {
                placed = resolve;
            });
            // Live events wait for the people's places in line, but not for long: a slow store must
            // not hold up every conversation.
            ready = settledOr(inLine, GATE_MS, undefined);
            void (async () => {
                const chats = await readIndex();
                if (!chats || chats.length === 0 || signal.aborted) {
                    placed();
                    return;
                }
                logger.info("discord catch-up: reading DMs written while disconnected", {
                    channels: chats.length,
                });
                // run() puts every person's catch-up in their line at once, before `placed`.
                const running = run(chats);
                placed();
                await running;
            })().catch((error) => {
                placed();
                logger.error("discord catch-up failed", { error: errorText(error) });
            });
        },
        async beforeLive(userId) {
            await ready;
            limiter.promote(userId);
        },
    };
}
/** Discord returns pages newest first; events are kept oldest first. */
function oldestFirst(messages) {
    return [...messages].sort((a, b) => (isAfter(a.id, b.id) ? 1 : isAfter(b.id, a.id) ? -1 : 0));
}
/** Whether snowflake `id` comes after `other` (ids are time-ordered numbers beyond 2^53). */
function isAfter(id, other) {
    return id.length !== other.length ? id.length > other.length : id > other;
}
/** Runs at most `size` tasks at once; a waiting task can be moved to the front. */
function createLimiter(size) {
    let active = 0;
    const waiting = [];
    const next = () => {
        while (active < size) {
            const first = waiting.shift();
            if (!first)
                return;
            active += 1;
            first.start();
        }
    };
    return {
        async run(key, task) {
            await new Promise((start) => {
                waiting.push({ key, start });
                next();
            });
            try {
                return await task();
            }
            finally {
                active -= 1;
                next();
            }
        },
        promote(key) {
            const at = waiting.findIndex((item) => item.key === key);
            if (at <= 0)
                return;
            const [item] = waiting.splice(at, 1);
            if (item)
                waiting.unshift(item);
        },
    };
}
//# sourceMappingURL=catch-up.js.map