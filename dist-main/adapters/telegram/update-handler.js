/**
 * What happens to updates, whichever transport brought them: a button's spinner is stopped at
 * once, a group gets at most a note, and a person's updates become arrivals for the dispatcher,
 * which keeps them before they are acknowledged (webhook 200, polling offset) and answers them
 * in order through {@link sendToTelegram}.
 */
import { GrammyError } from "grammy";
import { neverReachedTelegram } from "./api-retry.js";
import { errorText } from "./error-text.js";
import { parseTelegramUpdate } from "./inbound.js";
import { renderForTelegram } from "./outbound.js";
import { createRecentSet } from "./recent-set.js";
import { groupNote, telegramLocale } from "./texts.js";
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Creates the reader. */
export function createUpdateReader(options) {
    const { api, core, logger, identity } = options;
    const toldGroups = createRecentSet({
        maxSize: options.maxRememberedGroups ?? 10_000,
        ttlMs: options.groupNoteTtlMs ?? WEEK_MS,
    });
    const defaultLocale = core.content.system.defaultLocale;
    const acknowledge = (query) => {
        api.answerCallbackQuery(query.id).catch((error) => {
            // An old query (after a restart) can no longer be answered; nothing is lost.
            logger.debug("telegram answerCallbackQuery failed", { error: errorText(error) });
        });
        const message = query.message;
        // date 0 marks a message the bot can no longer see; there is no keyboard left to edit.
        if (!message || message.date === 0 || message.chat.type !== "private")
            return;
        if (!("reply_markup" in message) || !message.reply_markup?.inline_keyboard.length)
            return;
        // The answered question loses its buttons so the chat reads as a conversation; a second
        // press on the same message cannot happen, and older keyboards still resolve in the core.
        api
            .editMessageReplyMarkup(message.chat.id, message.message_id, {
            reply_markup: { inline_keyboard: [] },
        })
            .catch((error) => {
            logger.debug("telegram keyboard not removed", { error: errorText(error) });
        });
    };
    const noteGroup = async (chatId, localeHint) => {
        const key = String(chatId);
        if (toldGroups.has(key))
            return;
        // Remembered before sending: a group where the bot may not write is not retried either.
        toldGroups.add(key);
        const username = await identity.resolve();
        const link = username ? `https://t.me/${username}` : undefined;
        const text = groupNote(core, telegramLocale(localeHint, defaultLocale), link);
        try {
            await api.sendMessage(chatId, text, { link_preview_options: { is_disabled: true } });
            logger.info("telegram group told to write one-to-one");
        }
        catch (error) {
            logger.warn("telegram group note failed", { error: errorText(error) });
        }
    };
    return {
        read(updates) {
            const arrivals = [];
            for (const update of updates) {
                try {
                    if (update.callback_query)
                        acknowledge(update.callback_query);
                    const inbound = parseTelegramUpdate(update, { botUsername: identity.known() });
                    if (inbound.kind === "group")
                        void noteGroup(inbound.chatId, inbound.localeHint);
                    if (inbound.kind !== "conversation")
                        continue;
                    arrivals.push({
                        event: inbound.event,
                        address: { chatId: inbound.chatId },
                        ...(inbound.silent ? { silent: true } : {}),
                    });
                }
                catch (error) {
                    // Only a malformed update gets here (the webhook checks no more than update_id).
                    logger.warn("telegram update not understood", { error: errorText(error) });
                }
            }
            return arrivals;
        },
    };
}
/**
 * Sends an answer, message by message. A 403 means the person blocked the bot. A failure that
 * Telegram did nothing with (429, no connection) is handed back to the dispatcher to try again
 * later, with how many messages did go out, so only the rest is sent again. A failure after
 * which Telegram may have shown the message (a 5xx, a dropped connection) is not repeated: that
 * one message is given up and the rest still goes out, since a later one may be the helplines.
 */
export async function sendToTelegram(api, destination, messages, logger, conversation) {
    const chatId = destination.address.chatId;
    if (typeof chatId !== "number")
        return { status: "failed", reason: "not a Telegram address" };
    const rendered = renderForTelegram([...messages]);
    for (const [index, message] of rendered.entries()) {
        try {
            await api.sendMessage(chatId, message.text, {
                link_preview_options: { is_disabled: true },
                ...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
            });
        }
        catch (error) {
            if (error instanceof GrammyError && error.error_code === 403)
                return { status: "gone" };
            const retryAfter = error instanceof GrammyError ? error.parameters?.retry_after : undefined;
            if (retryAfter !== undefined || neverReachedTelegram(error)) {
                const sent = sentMessages(messages, index);
                return {
                    status: "retry",
                    reason: errorText(error),
                    ...(retryAfter ? { afterMs: retryAfter * 1000 } : {}),
                    ...(sent > 0 ? { sent } : {}),
                };
            }
            logger.error("telegram send failed; not repeated", { conversation, error: errorText(error) });
        }
    }
    return { status: "sent" };
}
/**
 * How many of the core's messages are wholly sent once `renderedSent` rendered messages went
 * out: a long text can become several Telegram messages, so this counts conservatively.
 */
function sentMessages(messages, renderedSent) {
    let rendered = 0;
    for (const [index, message] of messages.entries()) {
        rendered += renderForTelegram([message]).length;
        if (rendered > renderedSent)
            return index;
    }
    return messages.length;
}
//# sourceMappingURL=update-handler.js.map