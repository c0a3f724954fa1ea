import { changeLine, staffWords, } from "../../core/staff-texts.js";
/** `/close`, `/close note`, `/close@bot note` (Telegram adds the bot's name in groups). */
const CLOSE_COMMAND = /^\/close(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/;
/** A card button: `staff:claim:12`, `staff:close:12`. */
export const STAFF_BUTTON = /^staff:(claim|close):(\d{1,9})$/;
/** The button ids of a case's card. */
export const staffButton = (action, number) => `staff:${action}:${number}`;
/** What the person agreed to show with a request, as one post; undefined when nothing. */
function sharedText(event, words) {
    const shared = event.shared;
    if (shared?.path?.length)
        return `${words.sharedPath}\n${shared.path.join(" › ")}`;
    if (shared?.messages?.length) {
        return `${words.sharedMessages}\n${shared.messages.map((text) => `— ${text}`).join("\n")}`;
    }
    return undefined;
}
/**
 * The posts an event adds to its case's thread after the card, in order: what the person agreed
 * to show, then the change's line; each with a name stable for the event (for a nonce).
 */
export function threadPosts(event, locale, place) {
    const shared = sharedText(event, staffWords(locale));
    const line = changeLine(event.change, locale, place);
    return [
        ...(shared ? [{ part: "shared", text: shared }] : []),
        ...(line ? [{ part: "line", text: line }] : []),
    ];
}
/** What a press on a card's button did, in the staff's words; `alert` when it did not work. */
export async function pressButton(desk, action, number, worker, words) {
    const answer = words.answer;
    if (action === "claim") {
        const claimed = await desk.claim(number, worker);
        switch (claimed.status) {
            case "claimed":
                return { text: answer.claimed(number), alert: false };
            case "taken":
                return { text: answer.taken(number, claimed.worker), alert: true };
            case "closed":
                return { text: answer.closed, alert: true };
            case "unknown":
                return { text: answer.unknown, alert: true };
        }
    }
    const closed = await desk.close(number, worker, "");
    return closed.status === "closed"
        ? { text: answer.closedNow(number), alert: false }
        : { text: closed.status === "already-closed" ? answer.closed : answer.unknown, alert: false };
}
/**
 * A message a worker wrote in a case's thread: closes the case, passes words on to the person,
 * or stays in the team. Returns what to answer in the thread, or undefined for nothing. `text`
 * is undefined for a message without words (a sticker, a file); `key` is unique to the message,
 * so one seen twice is passed on once.
 */
export async function workerWrote(desk, number, worker, text, key, words) {
    const answer = words.answer;
    if (text === undefined)
        return answer.textOnly;
    const close = CLOSE_COMMAND.exec(text.trim());
    if (close) {
        const closed = await desk.close(number, worker, close[1] ?? "");
        if (closed.status === "closed")
            return undefined;
        return closed.status === "already-closed" ? answer.closed : answer.unknown;
    }
    // Team talk and other commands stay in the team.
    if (text.startsWith("//") || text.startsWith("/"))
        return undefined;
    const result = await desk.reply(number, worker, text, key);
    switch (result.status) {
        case "relayed":
        case "not-yours":
            return undefined;
        case "not-claimed":
            return answer.notClaimed;
        case "not-live":
            return answer.notLive;
        case "closed":
            return answer.closed;
        case "unknown":
            return answer.unknown;
    }
}
//# sourceMappingURL=staff-actions.js.map