/**
 * The Telegram staff channel: a forum supergroup (`STAFF_TELEGRAM_CHAT_ID`) where the bot is an
 * admin that can manage topics. Each case gets a topic; its card (with Claim and Close buttons)
 * is the topic's first message and is edited as the case changes; each change adds one line.
 * Workers act there: Claim (only members of the group: the presser is checked with
 * getChatMember), Close or `/close <note>`, and plain messages in the topic, which the claiming
 * worker's reach the person through the bot (`//` keeps a message in the team).
 *
 * Updates come over the bot's one transport (webhook or polling): the Telegram adapter hands
 * every update from the staff group here, so none of them ever reaches the person-side core.
 */
import { Api, GrammyError, HttpError } from "grammy";
import { caseCard, caseTitle, staffWords } from "../../core/staff-texts.js";
import { showInThread } from "../shared/case-thread.js";
import { pressButton, STAFF_BUTTON, staffButton, workerWrote } from "../shared/staff-actions.js";
import { createRetryTransformer } from "./api-retry.js";
import { TELEGRAM_TEXT_LIMIT } from "./capabilities.js";
import { errorText } from "./error-text.js";
import { ownKeepAliveAgent } from "./own-agent.js";
/** A Bot API call for the staff side that takes longer is abandoned (the case lock is held). */
const API_TIMEOUT_SECONDS = 15;
const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
const TOPIC_NAME_LIMIT = 128;
/**
 * What the Bot API answers (400) for a call into a topic that was deleted: sending says "message
 * thread not found", some methods name the topic (TOPIC_DELETED, TOPIC_ID_INVALID).
 */
const TOPIC_GONE = /message thread not found|TOPIC_DELETED|TOPIC_ID_INVALID/i;
/** Creates the forum channel. */
export function createTelegramStaffForum(options) {
    const { chatId, logger, locale, timeZone } = options;
    const words = staffWords(locale);
    const apiRoot = options.apiRoot?.replace(/\/+$/, "");
    // On connections of the staff side's own, which close ends (grammY shares one agent otherwise).
    const agent = ownKeepAliveAgent(apiRoot ?? "https:");
    const api = new Api(options.token, {
        ...(apiRoot ? { apiRoot } : {}),
        timeoutSeconds: API_TIMEOUT_SECONDS,
        baseFetchConfig: { agent },
    });
    api.config.use(createRetryTransformer({ logger, maxRetryAfterSeconds: 3 }));
    let desk;
    const keyboard = (event) => {
        const { status, number } = event.case;
        if (status === "closed")
            return { inline_keyboard: [] };
        return {
            inline_keyboard: [
                [
                    ...(status === "open"
                        ? [{ text: words.claim, callback_data: staffButton("claim", number) }]
                        : []),
                    { text: words.close, callback_data: staffButton("close", number) },
                ],
            ],
        };
    };
    /** A case's topic, as the shared thread logic uses it. */
    const topics = {
        idOf: (value) => (typeof value === "number" ? value : undefined),
        // Telegram cannot list a forum's topics, so a topic opened by a call that failed after
        // Telegram acted (a timeout, a 5xx) cannot be found again: the retry opens another, and the
        // first stays behind as an empty orphan topic (its name only, never a card or a line), which
        // staff may delete. Only the id kept in the case ever receives updates.
        open: async (event) => ({
            thread: (await api.createForumTopic(chatId, caseTitle(event.case, locale).slice(0, TOPIC_NAME_LIMIT))).message_thread_id,
        }),
        postCard: async (topic, event) => (await api.sendMessage(chatId, caseCard(event.case, locale, timeZone), {
            message_thread_id: topic,
            reply_markup: keyboard(event),
        })).message_id,
        editCard: async (_topic, card, event) => {
            await api
                .editMessageText(chatId, card, caseCard(event.case, locale, timeZone), {
                reply_markup: keyboard(event),
            })
                .catch((error) => {
                // Redrawing a card that did not change is not a failure.
                if (!(error instanceof GrammyError && /not modified/i.test(error.description))) {
                    throw error;
                }
            });
        },
        post: async (topic, text) => {
            await api.sendMessage(chatId, text.slice(0, TELEGRAM_TEXT_LIMIT), {
                message_thread_id: topic,
                link_preview_options: { is_disabled: true },
            });
        },
        closed: async (topic) => {
            await api.closeForumTopic(chatId, topic).catch((error) => {
                logger.debug("telegram staff topic not closed", { error: errorText(error) });
            });
        },
        threadGone: (error) => error instanceof GrammyError &&
            error.error_code === 400 &&
            TOPIC_GONE.test(error.description),
        cardGone: (error) => error instanceof GrammyError &&
            error.error_code === 400 &&
            /message to edit not found/i.test(error.description),
    };
    const deliver = async (event, refs, keep) => {
        // Cases from before the shared thread logic kept the topic as `topic` too.
        const known = refs?.thread === undefined && refs?.topic !== undefined
            ? { ...refs, thread: refs.topic }
            : refs;
        try {
            const kept = await showInThread(topics, event, known, keep, locale, "topic");
            return { status: "sent", refs: kept };
        }
        catch (error) {
            if (error instanceof GrammyError) {
                const after = error.parameters?.retry_after;
                if (error.error_code === 429 || error.error_code >= 500 || topics.threadGone(error)) {
                    return {
                        status: "retry",
                        reason: errorText(error),
                        ...(after ? { afterMs: after * 1000 } : {}),
                    };
                }
                logger.error("telegram staff group refused a case (is it a forum, and is the bot an admin that can manage topics?)", { error: errorText(error) });
                return { status: "failed", reason: errorText(error) };
            }
            if (error instanceof HttpError)
                return { status: "retry", reason: errorText(error) };
            throw error;
        }
    };
    const isMember = async (userId) => {
        try {
            const member = await api.getChatMember(chatId, userId);
            return (MEMBER_STATUSES.has(member.status) ||
                (member.status === "restricted" && member.is_member === true));
        }
        catch (error) {
            logger.warn("telegram staff membership not known; refused", { error: errorText(error) });
            return false;
        }
    };
    const answer = (id, text, alert = false) => api.answerCallbackQuery(id, { text, show_alert: alert }).catch((error) => {
        logger.debug("telegram staff button not answered", { error: errorText(error) });
    });
    const replyIn = (message, text) => api
        .sendMessage(chatId, text, {
        ...(message.message_thread_id ? { message_thread_id: message.message_thread_id } : {}),
        reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    })
        .catch((error) => {
        logger.debug("telegram staff reply failed", { error: errorText(error) });
    });
    const onButton = async (update) => {
        const query = update.callback_query;
        if (!query || !desk)
            return;
        const match = STAFF_BUTTON.exec(query.data ?? "");
        if (!match || query.from.is_bot) {
            await answer(query.id, "");
            return;
        }
        // The card could be forwarded anywhere; only the group's members act on cases.
        if (query.message?.chat.id !== chatId || !(await isMember(query.from.id))) {
            logger.warn("telegram staff button refused: not a member of the staff group");
            await answer(query.id, words.answer.notMember, true);
            return;
        }
        const number = Number(match[2]);
        const worker = { channel: "telegram", id: String(query.from.id) };
        const action = match[1] === "claim" ? "claim" : "close";
        const answered = await pressButton(desk, action, number, worker, words);
        await answer(query.id, answered.text, answered.alert);
    };
    const onMessage = async (update) => {
        const message = update.message;
        if (!message || !desk || !message.from || message.from.is_bot)
            return;
        // Only a topic of a case: the group's general chat is the team's own.
        const thread = message.is_topic_message ? message.message_thread_id : undefined;
        if (thread === undefined)
            return;
        const number = await desk.caseForThread("telegram", String(thread));
        if (number === undefined)
            return;
        const worker = { channel: "telegram", id: String(message.from.id) };
        const text = typeof message.text === "string" ? message.text : undefined;
        const said = await workerWrote(desk, number, worker, text, `telegram:${update.update_id}`, words);
        if (said)
            await replyIn(message, said);
    };
    return {
        name: "telegram",
        canRelay: true,
        deliver,
        owns(update) {
            const chat = update.message?.chat ??
                update.edited_message?.chat ??
                update.callback_query?.message?.chat ??
                update.my_chat_member?.chat;
            if (chat?.id === chatId)
                return true;
            // A staff button pressed on a card forwarded elsewhere is still the staff's to refuse.
            return STAFF_BUTTON.test(update.callback_query?.data ?? "");
        },
        async handle(update) {
            try {
                if (update.callback_query)
                    await onButton(update);
                else if (update.message)
                    await onMessage(update);
                return true;
            }
            catch (error) {
                logger.warn("telegram staff update not handled; offered again later", {
                    error: errorText(error),
                });
                return false;
            }
        },
        async start(staffDesk) {
            desk = staffDesk;
            try {
                const chat = await api.getChat(chatId);
                if (!("is_forum" in chat) || chat.is_forum !== true) {
                    logger.error("STAFF_TELEGRAM_CHAT_ID is not a forum supergroup: turn on Topics in the group's settings");
                }
            }
            catch (error) {
                logger.error("telegram staff group not reachable (is the bot a member?)", {
                    error: errorText(error),
                });
            }
        },
        async stop() {
            desk = undefined;
        },
        async close() {
            agent.destroy();
        },
    };
}
//# sourceMappingURL=staff-forum.js.map