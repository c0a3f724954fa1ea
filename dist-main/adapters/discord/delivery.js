/**
 * Sends rendered messages through Discord's REST API, with discord.js's rate limiting.
 *
 * Two ways out. While an interaction's token lives, the answer goes through it (the first
 * message replacing a slash command's "thinking…", the rest as follow-ups): this reaches the
 * person wherever they pressed or typed. Otherwise, and as soon as the token is refused, the
 * messages go to the person's DM channel, each with a nonce Discord enforces, so a message sent
 * again after an unclear failure (a timeout, a 5xx, a restart mid-send) is not shown twice.
 *
 * Outcomes: Discord's 50007 (or any 403) on a DM means the person blocked the bot, closed their
 * DMs or left every shared server: `gone`, and nothing is retried. A rate limit longer than a
 * few seconds goes back to the dispatcher with its Retry-After, where a newer answer (a crisis
 * typed meanwhile) can overtake the waiting one.
 */
import { createHash } from "node:crypto";
import { DiscordAPIError, RateLimitError, Routes } from "discord.js";
import { LRUCache } from "lru-cache";
import { discordCode, discordStatus, errorText } from "./error-text.js";
import { SENT_MESSAGE_DEFAULTS } from "./outbound.js";
import { INTERACTION_TOKEN_MS } from "./reply-context.js";
/** Discord's "Cannot send messages to this user". */
const CANNOT_MESSAGE_USER = 50007;
/** Codes that mean an interaction's token can no longer be used (expired, never acknowledged). */
const TOKEN_GONE = new Set([10008, 10015, 10062, 50027]);
/** Nonces are compared for "the past few minutes"; Discord takes at most 25 characters. */
const NONCE_LENGTH = 25;
/** Creates the delivery side. */
export function createDiscordDelivery(options) {
    const { rest, logger } = options;
    // A DM channel id never changes for a person; the cache only saves a call per send.
    const dmChannels = new LRUCache({ max: 10_000 });
    // Slash commands whose "thinking…" was already replaced: a later part of the same answer (a
    // retry after a rate limit) must not overwrite it.
    const filledOriginals = new LRUCache({ max: 10_000, ttl: INTERACTION_TOKEN_MS });
    const openDm = async (userId) => {
        const known = dmChannels.get(userId);
        if (known)
            return known;
        const channel = (await rest.post(Routes.userChannels(), {
            body: { recipient_id: userId },
        }));
        dmChannels.set(userId, channel.id);
        return channel.id;
    };
    /** Sends one message through an interaction's token. */
    const viaToken = async (reply, message) => {
        const body = { ...message, ...SENT_MESSAGE_DEFAULTS };
        if (reply.fillsOriginal && !filledOriginals.has(reply.token)) {
            await rest.patch(Routes.webhookMessage(reply.applicationId, reply.token, "@original"), {
                body,
                auth: false,
            });
            filledOriginals.set(reply.token, true);
            return;
        }
        await rest.post(Routes.webhook(reply.applicationId, reply.token), { body, auth: false });
    };
    /** Sends one message into a channel, with a nonce Discord enforces. */
    const intoChannel = async (channelId, message, nonce) => {
        await rest.post(Routes.channelMessages(channelId), {
            body: { ...message, ...SENT_MESSAGE_DEFAULTS, nonce, enforce_nonce: true },
        });
    };
    const deliverAll = async (messages, key, conversation, reply, channel) => {
        const nonces = noncesFor(key, messages);
        let token = reply?.kind === "interaction" ? reply : undefined;
        for (const [index, message] of messages.entries()) {
            if (token) {
                // Replacing "thinking…" is an edit, safe to repeat; a follow-up is a new message.
                const followUp = !token.fillsOriginal || filledOriginals.has(token.token);
                try {
                    await viaToken(token, message);
                    continue;
                }
                catch (error) {
                    if (error instanceof RateLimitError)
                        return retry(error, index);
                    if (tokenGone(error)) {
                        logger.info("discord interaction token refused; answering in the DM", {
                            conversation,
                            error: errorText(error),
                        });
                        token = undefined;
                    }
                    else if (error instanceof DiscordAPIError || followUp) {
                        // A follow-up has no idempotency key: after an unclear failure it may have been
                        // shown, so it is not repeated (the rest still goes out: it may be the helplines).
                        logger.error("discord message not sent; not repeated", {
                            conversation,
                            error: errorText(error),
                        });
                        continue;
                    }
                    else
                        return retry(error, index);
                }
            }
            try {
                await intoChannel(await channel(), message, nonces[index] ?? key.slice(0, NONCE_LENGTH));
            }
            catch (error) {
                if (error instanceof RateLimitError)
                    return retry(error, index);
                if (discordCode(error) === CANNOT_MESSAGE_USER || discordStatus(error) === 403) {
                    return { outcome: { status: "gone" }, delivered: index };
                }
                if (discordStatus(error) === 401) {
                    logger.error("discord refused the bot token", { conversation });
                    return { outcome: { status: "failed", reason: "token refused" }, delivered: index };
                }
                if (error instanceof DiscordAPIError) {
                    logger.error("discord message refused; not repeated", {
                        conversation,
                        error: errorText(error),
                    });
                    continue;
                }
                // Discord may or may not have it: the nonce makes sending it again safe.
                return retry(error, index);
            }
        }
        return { outcome: { status: "sent" }, delivered: messages.length };
    };
    return {
        async deliver(target, messages, context) {
            const channel = async () => target.channelId ?? (await openDm(target.userId));
            return deliverAll(messages, context.key, context.conversation, target.reply, channel);
        },
        postToChannel(channelId, messages, key) {
            return deliverAll(messages, key, "staff-channel", undefined, async () => channelId);
        },
        async dmLink(userId) {
            return `https://discord.com/channels/@me/${await openDm(userId)}`;
        },
        forget(userId) {
            dmChannels.delete(userId);
        },
    };
}
function tokenGone(error) {
    const code = discordCode(error);
    if (code !== undefined && TOKEN_GONE.has(code))
        return true;
    const status = discordStatus(error);
    return status === 401 || status === 404;
}
function retry(error, delivered) {
    return {
        outcome: {
            status: "retry",
            reason: errorText(error),
            ...(error instanceof RateLimitError ? { afterMs: Math.ceil(error.retryAfter) } : {}),
        },
        delivered,
    };
}
/**
 * One nonce per message, the same on every attempt: from the answer's key, the message itself,
 * and how many equal messages came before it (so "…" twice in one answer is still two).
 */
export function noncesFor(key, messages) {
    const seen = new Map();
    return messages.map((message) => {
        const body = JSON.stringify(message);
        const occurrence = seen.get(body) ?? 0;
        seen.set(body, occurrence + 1);
        return createHash("sha256")
            .update(`${key}\n${occurrence}\n${body}`)
            .digest("base64url")
            .slice(0, NONCE_LENGTH);
    });
}
//# sourceMappingURL=delivery.js.map