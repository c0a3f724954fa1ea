import { fitToChannel, splitText } from "../../core/render.js";
import { TELEGRAM_TEXT_LIMIT, telegramCapabilities } from "./capabilities.js";
/** Renders messages within Telegram's limits, in order. */
export function renderForTelegram(messages) {
    const out = [];
    for (const message of messages) {
        if (message.type === "links" && linksFitButtons(message.text, message.links)) {
            const keyboard = message.links.map((link) => [{ text: link.label, url: link.url }]);
            out.push(...withKeyboardOnLast(splitText(message.text, TELEGRAM_TEXT_LIMIT), keyboard));
            continue;
        }
        for (const fitted of fitToChannel([message], telegramCapabilities)) {
            if (fitted.type === "choices") {
                const keyboard = fitted.choices.map((choice) => [
                    { text: choice.label, callback_data: choice.id },
                ]);
                out.push(...withKeyboardOnLast([fitted.text], keyboard));
            }
            else {
                out.push(...withKeyboardOnLast([fitted.text]));
            }
        }
    }
    return out;
}
/** URL buttons only take web and tg links, and need a text to hang on. */
function linksFitButtons(text, links) {
    return (text.trim() !== "" &&
        links.length > 0 &&
        links.length <= telegramCapabilities.maxChoices &&
        links.every((link) => /^(https?|tg):\/\/\S+$/i.test(link.url) &&
            link.label.trim() !== "" &&
            [...link.label].length <= telegramCapabilities.maxLabelLength));
}
/**
 * The splitter counts characters (code points) while Telegram counts UTF-16 units, so a part full
 * of emoji could still be too long: such a part is split again at half the limit, which always
 * fits. Empty parts are dropped (Telegram refuses empty messages); the keyboard goes on the last.
 */
function withKeyboardOnLast(parts, keyboard) {
    const texts = parts
        .flatMap((part) => part.length > TELEGRAM_TEXT_LIMIT ? splitText(part, TELEGRAM_TEXT_LIMIT / 2) : [part])
        .filter((part) => part.trim() !== "");
    if (keyboard && texts.length === 0)
        texts.push("…");
    return texts.map((text, index) => keyboard && index === texts.length - 1 ? { text, keyboard } : { text });
}
//# sourceMappingURL=outbound.js.map