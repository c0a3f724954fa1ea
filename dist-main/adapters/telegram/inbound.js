import { REFERRAL_PATTERN } from "../../core/referral.js";
/** The update types the adapter asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = [
    "message",
    "edited_message",
    "callback_query",
    "my_chat_member",
];
const IGNORED = { kind: "ignored" };
/** Maps one update. Anything unexpected (bots, channels, service messages) is ignored. */
export function parseTelegramUpdate(update, context = {}) {
    const eventId = String(update.update_id);
    if (update.message)
        return fromMessage(update.message, eventId, context);
    if (update.edited_message)
        return fromEdit(update.edited_message, eventId);
    if (update.callback_query) {
        const query = update.callback_query;
        const chat = query.message?.chat;
        // Without a private chat there is nowhere to answer; the query itself is still acknowledged
        // by the handler so the person's button stops spinning.
        if (chat?.type !== "private" || query.from.is_bot || typeof query.data !== "string") {
            return IGNORED;
        }
        return conversation(chat.id, query.from, eventId, { type: "choice", choiceId: query.data });
    }
    if (update.my_chat_member) {
        const change = update.my_chat_member;
        const now = change.new_chat_member.status;
        const before = change.old_chat_member.status;
        if (change.chat.type === "private") {
            if (now === "kicked")
                return conversation(change.chat.id, change.from, eventId, { type: "unfollow" });
            if (now === "member" && before === "kicked") {
                return conversation(change.chat.id, change.from, eventId, { type: "follow" }, true);
            }
            return IGNORED;
        }
        const joined = (now === "member" || now === "administrator") && (before === "left" || before === "kicked");
        if (joined && (change.chat.type === "group" || change.chat.type === "supergroup")) {
            return group(change.chat.id, change.from);
        }
        return IGNORED;
    }
    return IGNORED;
}
function fromMessage(message, eventId, context) {
    const from = message.from;
    if (!from || from.is_bot)
        return IGNORED;
    if (message.chat.type === "group" || message.chat.type === "supergroup") {
        return group(message.chat.id, from);
    }
    // Channels are left alone: a note there would be posted to every subscriber.
    if (message.chat.type !== "private")
        return IGNORED;
    const payload = payloadOf(message, context);
    return payload ? conversation(message.chat.id, from, eventId, payload) : IGNORED;
}
/** An edited private message is read by the risk check only; edits elsewhere are left alone. */
function fromEdit(message, eventId) {
    const from = message.from;
    if (!from || from.is_bot || message.chat.type !== "private")
        return IGNORED;
    const text = message.text ?? message.caption;
    if (typeof text !== "string" || text.trim() === "")
        return IGNORED;
    return conversation(message.chat.id, from, eventId, { type: "edit", text });
}
function payloadOf(message, context) {
    if (typeof message.text === "string") {
        return startFromText(message.text, context) ?? { type: "text", text: message.text };
    }
    // A caption is the person's own words and may carry risk: the core reads it like text.
    if (typeof message.caption === "string" && message.caption.trim() !== "") {
        return { type: "text", text: message.caption };
    }
    const media = mediaOf(message);
    return media ? { type: "unsupported", media } : undefined;
}
/** Media kinds in the order Telegram documents them; service messages map to nothing. */
function mediaOf(message) {
    if (message.sticker)
        return "sticker";
    if (message.photo || message.paid_media)
        return "image";
    if (message.voice || message.audio)
        return "audio";
    if (message.video || message.video_note || message.animation)
        return "video";
    if (message.document)
        return "file";
    if (message.location || message.venue)
        return "location";
    if (message.contact)
        return "contact";
    if (message.poll || message.dice || message.game || message.story || message.checklist) {
        return "other";
    }
    return undefined;
}
const START_COMMAND = /^\/start(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/;
const DEEP_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\/([A-Za-z0-9_]{3,32})\/?\?start=([A-Za-z0-9_-]{1,64})$/i;
const TG_LINK = /^tg:\/\/resolve\?domain=([A-Za-z0-9_]{3,32})&start=([A-Za-z0-9_-]{1,64})$/i;
/** A code typed on its own: only with this prefix is a bare word unmistakably a code. */
const TYPED_CODE = /^ref-([A-Za-z0-9_-]{1,60})$/i;
/**
 * Recognises a start with a referral code in a message: `/start CODE` (what a deep link sends,
 * and what a person can type), a pasted link to this bot with `?start=CODE`, or a whole message
 * `ref-CODE`. Anything else is ordinary text. An invalid payload still starts, without a code.
 */
export function startFromText(text, context = {}) {
    const trimmed = text.normalize("NFKC").trim();
    const command = START_COMMAND.exec(trimmed);
    if (command)
        return start(command[1]?.trim());
    const link = DEEP_LINK.exec(trimmed) ?? TG_LINK.exec(trimmed);
    if (link && isThisBot(link[1], context))
        return start(link[2]);
    const typed = TYPED_CODE.exec(trimmed);
    // The prefix is lower-cased because phone keyboards capitalise the first letter; the code after
    // it is kept as typed, as in the link.
    if (typed)
        return start(`ref-${typed[1]}`);
    return undefined;
}
function start(code) {
    return code && REFERRAL_PATTERN.test(code)
        ? { type: "start", referral: code }
        : { type: "start" };
}
function isThisBot(username, context) {
    // Before getMe has answered the name is unknown; a start link pasted into this chat is then
    // most likely ours.
    if (!context.botUsername)
        return true;
    return username?.toLowerCase() === context.botUsername.toLowerCase();
}
function conversation(chatId, from, eventId, payload, silent = false) {
    return {
        kind: "conversation",
        chatId,
        silent,
        event: {
            channel: "telegram",
            userId: String(from.id),
            eventId,
            ...(from.language_code ? { localeHint: from.language_code } : {}),
            payload,
        },
    };
}
function group(chatId, from) {
    return {
        kind: "group",
        chatId,
        ...(from?.language_code ? { localeHint: from.language_code } : {}),
    };
}
//# sourceMappingURL=inbound.js.map