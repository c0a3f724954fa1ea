/**
 * Discord's slash commands: what each means for the core, and their definitions for
 * registration (`komorebi discord register`). `/start`, `/menu`, `/stop` and `/forget` work in the
 * private chat with the bot; `/komorebi` is for servers and group chats, where it only invites the
 * person to a private chat. Names are identifiers people type (Japanese ones too); descriptions
 * are content (system.yaml), checked and translated with the rest.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, } from "discord.js";
/** The name of the option of `/start` that carries a campaign code. */
export const CODE_OPTION = "code";
const SLASH_COMMANDS = [
    { name: "start", ja: "はじめる", description: "command-start", meaning: { type: "start" } },
    {
        name: "menu",
        ja: "メニュー",
        description: "command-menu",
        meaning: { type: "command", command: "menu" },
    },
    {
        name: "stop",
        ja: "やめる",
        description: "command-stop",
        meaning: { type: "command", command: "stop" },
    },
    {
        name: "forget",
        ja: "データを消す",
        description: "command-delete",
        meaning: { type: "command", command: "delete" },
    },
    { name: "komorebi", description: "command-private-chat", meaning: { type: "invite" } },
];
/** What the command `name` means; undefined for a name komorebi does not register. */
export function slashMeaning(name) {
    return SLASH_COMMANDS.find((command) => command.name === name)?.meaning;
}
/**
 * A word the core's command matcher knows for `command`, from content: a slash command reaches
 * the core as that word typed, so it works exactly like typing it (after stop, mid-question).
 */
export function commandWord(content, command) {
    const words = content.system.commands[command]?.words ?? {};
    return words.en?.[0] ?? Object.values(words).flat()[0] ?? command;
}
/** Discord's locales for a content locale (Discord has two for English, two for Spanish). */
const DISCORD_LOCALES = {
    ja: ["ja"],
    en: ["en-US", "en-GB"],
    ko: ["ko"],
    it: ["it"],
    es: ["es-ES", "es-419"],
    fr: ["fr"],
};
/**
 * The definitions to register. The default description is in the deployment's default locale;
 * every other content locale Discord knows gets its own. Conversation commands are offered only
 * in the private chat with the bot; `/komorebi` only in servers and group chats. Both kinds work
 * when the app is added to a server and when a person adds it to their own account.
 */
export function slashCommandDefinitions(core, scope) {
    const system = core.content.system;
    const localized = (key) => Object.fromEntries(system.locales.flatMap((locale) => (DISCORD_LOCALES[locale] ?? []).map((discord) => [discord, core.systemText(key, locale)])));
    return SLASH_COMMANDS.map((command) => {
        const inPrivate = command.meaning.type !== "invite";
        return {
            type: ApplicationCommandType.ChatInput,
            name: command.name,
            ...(command.ja ? { name_localizations: { ja: command.ja } } : {}),
            description: core.systemText(command.description, system.defaultLocale),
            description_localizations: localized(command.description),
            ...(command.name === "start"
                ? {
                    options: [
                        {
                            type: ApplicationCommandOptionType.String,
                            name: CODE_OPTION,
                            name_localizations: { ja: "コード" },
                            description: core.systemText("command-start-code", system.defaultLocale),
                            description_localizations: localized("command-start-code"),
                            required: false,
                            max_length: 64,
                        },
                    ],
                }
                : {}),
            // Discord takes these for global commands only; a guild's commands live in that guild.
            ...(scope === "global"
                ? {
                    integration_types: [
                        ApplicationIntegrationType.GuildInstall,
                        ApplicationIntegrationType.UserInstall,
                    ],
                    contexts: inPrivate
                        ? [InteractionContextType.BotDM]
                        : [InteractionContextType.Guild, InteractionContextType.PrivateChannel],
                }
                : {}),
        };
    });
}
//# sourceMappingURL=commands.js.map