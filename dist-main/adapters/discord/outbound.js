/**
 * Renders core messages as Discord messages: choices as buttons (five a row, up to 25) whose
 * custom id is the core's choice token, links as link buttons, long texts split at sentence
 * boundaries. Whatever does not fit degrades through the core's renderer (a numbered list, plain
 * links). Also rebuilds an answered message's buttons, disabled, with the pressed one marked.
 */
import { ButtonStyle, ComponentType, MessageFlags, } from "discord.js";
import { fitToChannel, splitText } from "../../core/render.js";
import { DISCORD_BUTTONS_PER_ROW, DISCORD_CUSTOM_ID_LIMIT, DISCORD_LABEL_LIMIT, DISCORD_TEXT_LIMIT, DISCORD_URL_LIMIT, discordCapabilities, } from "./capabilities.js";
/**
 * What every message the bot sends carries: no pings (a text can never mention @everyone or a
 * person), and no link previews (a helpline's website would otherwise fill the screen).
 */
export const SENT_MESSAGE_DEFAULTS = {
    allowed_mentions: { parse: [] },
    flags: MessageFlags.SuppressEmbeds,
};
/** Renders messages within Discord's limits, in order. */
export function renderForDiscord(messages) {
    const out = [];
    for (const message of messages) {
        if (message.type === "links" && linksFitButtons(message.text, message.links)) {
            const buttons = message.links.map((link) => ({
                type: ComponentType.Button,
                style: ButtonStyle.Link,
                label: link.label,
                url: link.url,
            }));
            out.push(...withButtonsOnLast(splitText(message.text, DISCORD_TEXT_LIMIT), buttons));
            continue;
        }
        for (const fitted of fitToChannel([withinDiscordLimits(message)], discordCapabilities)) {
            if (fitted.type === "choices") {
                const buttons = fitted.choices.map((choice) => ({
                    type: ComponentType.Button,
                    style: ButtonStyle.Secondary,
                    label: choice.label,
                    custom_id: choice.id,
                }));
                out.push(...withButtonsOnLast([fitted.text], buttons));
            }
            else {
                out.push(...withButtonsOnLast([fitted.text]));
            }
        }
    }
    return out;
}
/**
 * The shared renderer counts characters; Discord refuses a label or id by its own count, and
 * refuses a message whose custom ids repeat. A question that would be refused becomes a
 * numbered list, which the person answers by typing the number.
 */
function withinDiscordLimits(message) {
    if (message.type !== "choices")
        return message;
    const ids = new Set(message.choices.map((choice) => choice.id));
    const fits = ids.size === message.choices.length &&
        message.choices.every((choice) => choice.label.trim() !== "" &&
            choice.label.length <= DISCORD_LABEL_LIMIT &&
            choice.id.length <= DISCORD_CUSTOM_ID_LIMIT);
    if (fits)
        return message;
    const list = message.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join("\n");
    return { type: "text", text: `${message.text}\n\n${list}` };
}
/** Link buttons take web links only, within Discord's limits, and need a text to hang on. */
function linksFitButtons(text, links) {
    return (text.trim() !== "" &&
        links.length > 0 &&
        links.length <= discordCapabilities.maxChoices &&
        links.every((link) => /^https?:\/\/\S+$/i.test(link.url) &&
            link.url.length <= DISCORD_URL_LIMIT &&
            link.label.trim() !== "" &&
            link.label.length <= DISCORD_LABEL_LIMIT));
}
/**
 * The splitter counts characters (code points) while Discord counts UTF-16 units, so a part full
 * of emoji could still be too long: such a part is split again at half the limit, which always
 * fits. Empty parts are dropped (Discord refuses an empty message); the buttons go on the last.
 */
function withButtonsOnLast(parts, buttons) {
    const texts = parts
        .flatMap((part) => part.length > DISCORD_TEXT_LIMIT ? splitText(part, DISCORD_TEXT_LIMIT / 2) : [part])
        .filter((part) => part.trim() !== "");
    if (buttons && texts.length === 0)
        texts.push("…");
    return texts.map((content, index) => buttons && index === texts.length - 1 ? { content, components: rowsOf(buttons) } : { content });
}
function rowsOf(buttons) {
    const rows = [];
    for (let start = 0; start < buttons.length; start += DISCORD_BUTTONS_PER_ROW) {
        rows.push({
            type: ComponentType.ActionRow,
            components: buttons.slice(start, start + DISCORD_BUTTONS_PER_ROW),
        });
    }
    return rows;
}
/**
 * The components of an answered message: every choice button disabled, the pressed one shown
 * as chosen, so the chat reads as a conversation. Link buttons (a helpline's website) stay
 * usable; anything that is not a row of buttons is left as it was.
 */
export function answeredComponents(components, pressed) {
    return (components ?? []).map((component) => {
        if (component.type !== ComponentType.ActionRow)
            return component;
        return {
            ...component,
            components: component.components.map((child) => child.type === ComponentType.Button && "custom_id" in child
                ? {
                    ...child,
                    disabled: true,
                    style: child.custom_id === pressed ? ButtonStyle.Primary : ButtonStyle.Secondary,
                }
                : child),
        };
    });
}
//# sourceMappingURL=outbound.js.map