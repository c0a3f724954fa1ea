import { fitToChannel, splitText } from "../../core/render.js";
import { LINE_MAX_LABEL_LENGTH, LINE_MAX_POSTBACK_DATA, LINE_MAX_TEXT_LENGTH, lineCapabilities, } from "./capabilities.js";
/** Messages one reply or push call may carry. */
export const LINE_MESSAGES_PER_CALL = 5;
/**
 * Longest bubble the packer may make by joining two short ones. Content keeps messages to a
 * phone screen; joining is only there to save a push, and must not produce a wall of text.
 */
export const LINE_PACKED_BUBBLE_MAX = 1000;
/**
 * Renders the core's messages for LINE and groups them into calls of at most five. The first
 * call goes out as the (free) reply; any further call is a push, which counts against the
 * account's monthly quota, so adjacent short texts are joined first when that avoids a push.
 */
export function renderForLine(messages) {
    const fitted = fitToChannel(messages, lineCapabilities).flatMap(withinLineLimits);
    const lastIndex = fitted.length - 1;
    // LINE shows quick replies only on the newest message in the chat: buttons on an earlier one
    // would never appear, so such a question becomes a numbered list the person can answer.
    const shown = fitted.flatMap((message, index) => message.type === "choices" && index < lastIndex ? asNumberedList(message) : [message]);
    // LINE rejects an empty text; content never has one, but a failed call would lose the rest.
    const packed = pack(shown.filter((message) => message.type === "choices" || message.text.trim()));
    const calls = [];
    for (let start = 0; start < packed.length; start += LINE_MESSAGES_PER_CALL) {
        calls.push(packed.slice(start, start + LINE_MESSAGES_PER_CALL).map(toLineMessage));
    }
    return calls;
}
/**
 * LINE counts UTF-16 code units, the shared renderer counts characters: an emoji-heavy text or
 * label can pass one and fail the other, and LINE rejects the whole call for one bad message.
 */
function withinLineLimits(message) {
    if (message.type === "links")
        return fitToChannel([message], lineCapabilities).flatMap(withinLineLimits);
    if (message.type === "text") {
        if (message.text.length <= LINE_MAX_TEXT_LENGTH)
            return [message];
        return splitText(message.text, LINE_MAX_TEXT_LENGTH / 2).map((text) => ({
            type: "text",
            text,
        }));
    }
    const fits = message.text.length <= LINE_MAX_TEXT_LENGTH &&
        message.choices.every((choice) => choice.label.length <= LINE_MAX_LABEL_LENGTH && choice.id.length <= LINE_MAX_POSTBACK_DATA);
    return fits ? [message] : asNumberedList(message);
}
function asNumberedList(message) {
    const list = fitToChannel([message], { ...lineCapabilities, maxChoices: 0 });
    return list.flatMap((part) => (part.type === "text" ? withinLineLimits(part) : []));
}
/**
 * While there are more messages than one call carries, joins the shortest adjacent pair that
 * still makes a short bubble (text into the following text or question). Order never changes,
 * and a question keeps its quick replies, so it stays the last message.
 */
function pack(messages) {
    const out = [...messages];
    while (out.length > LINE_MESSAGES_PER_CALL) {
        let best = -1;
        let bestLength = Number.POSITIVE_INFINITY;
        for (let index = 0; index + 1 < out.length; index += 1) {
            const first = out[index];
            const second = out[index + 1];
            if (!first || !second || first.type !== "text")
                continue;
            const length = joined(first.text, second.text).length;
            if (length <= LINE_PACKED_BUBBLE_MAX && length < bestLength) {
                best = index;
                bestLength = length;
            }
        }
        const first = out[best];
        const second = out[best + 1];
        if (!first || !second)
            break;
        out.splice(best, 2, { ...second, text: joined(first.text, second.text) });
    }
    return out;
}
const joined = (first, second) => `${first}\n\n${second}`;
function toLineMessage(message) {
    if (message.type === "text")
        return { type: "text", text: message.text };
    return {
        type: "text",
        text: message.text.trim() ? message.text : "…",
        quickReply: {
            items: message.choices.map((choice) => ({
                type: "action",
                action: {
                    type: "postback",
                    label: choice.label,
                    data: choice.id,
                    // Shown in the chat as the person's own message, so the answer stays readable later.
                    displayText: choice.label,
                },
            })),
        },
    };
}
/**
 * The one thing the bot says in a group or multi-person chat. Conversations here are personal
 * and may touch on crisis, which must never happen in front of others. Both languages, because a
 * group has no single locale; the words are content (`group-chat-note` in system.yaml).
 */
export function lineGroupNote(core) {
    return `${core.systemText("group-chat-note", "ja", { link: "" })}\n${core.systemText("group-chat-note", "en", { link: "" })}`;
}
//# sourceMappingURL=outbound.js.map