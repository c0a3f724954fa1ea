/** The commands in Telegram's / menu; each name is a word the core already knows. */
const COMMAND_NAMES = ["start", "menu", "stop", "help", "delete"];
/**
 * The commands menu in one locale. The names are words of system.yaml's commands, so `/stop` or
 * `/delete` typed or tapped works through the core's matcher; `/start` is the adapter's own.
 * The descriptions are content (`command-*` texts).
 */
export function commandsMenu(core, locale) {
    return COMMAND_NAMES.map((command) => ({
        command,
        description: core.systemText(`command-${command}`, locale),
    }));
}
/** The note a group gets once: the bot talks one-to-one, and here is where (content text). */
export function groupNote(core, locale, link) {
    return core.systemText("group-chat-note", locale, { link: link ? `\n${link}` : "" });
}
/** The locale for a platform language hint, or `fallback` when it is neither ja nor en. */
export function telegramLocale(hint, fallback) {
    const base = hint?.toLowerCase().split(/[-_]/)[0] ?? fallback;
    if (base === "ja" || base === "en")
        return base;
    return fallback === "en" ? "en" : "ja";
}
//# sourceMappingURL=texts.js.map