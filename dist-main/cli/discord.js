/**
 * `komorebi discord register [--guild ID]`: registers the slash commands with Discord (globally,
 * or in one server while testing, where changes show at once) and prints the two install links.
 * Needs only DISCORD_BOT_TOKEN: no store is opened and no gateway connection is made.
 */
import { parseArgs } from "node:util";
import { REST, Routes } from "discord.js";
import { slashCommandDefinitions } from "../adapters/discord/commands.js";
import { errorText } from "../adapters/discord/error-text.js";
import { loadContent } from "../content/load.js";
import { Presenter } from "../core/present.js";
const USAGE = `Usage:
  komorebi discord register [--guild ID]   register /start /menu /stop /forget /komorebi
                                           (globally; with --guild, in that server only)`;
/**
 * What the bot needs in a server: see channels, send messages, and read the message history so
 * that it can answer a mention when a person's DMs are closed.
 */
const SERVER_PERMISSIONS = 1024n + 2048n + 65536n;
/** Runs `komorebi discord ...` with configuration read by `config`. */
export async function runDiscordCommand(args, config, io) {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { guild: { type: "string" } },
    });
    if (positionals[0] !== "register" || positionals.length > 1) {
        io.stderr.write(`${USAGE}\n`);
        return 1;
    }
    const guild = values.guild;
    if (guild !== undefined && !/^\d{15,20}$/.test(guild)) {
        io.stderr.write("komorebi: --guild takes a server id (15-20 digits; Copy Server ID)\n");
        return 1;
    }
    const settings = config();
    if (!settings.DISCORD_BOT_TOKEN) {
        io.stderr.write("komorebi: DISCORD_BOT_TOKEN is not set (Developer Portal, Bot page)\n");
        return 1;
    }
    const content = await loadContent(settings.CONTENT_DIR);
    const presenter = new Presenter(content, { org: settings.ORG_NAME });
    const texts = {
        content,
        systemText: (key, locale) => presenter.system(key, locale).trim(),
    };
    const api = settings.DISCORD_API_BASE?.replace(/\/+$/, "");
    const rest = new REST({ ...(api ? { api } : {}), version: "10" }).setToken(settings.DISCORD_BOT_TOKEN);
    try {
        const application = (await rest.get(Routes.currentApplication()));
        const definitions = slashCommandDefinitions(texts, guild ? "guild" : "global");
        await rest.put(guild
            ? Routes.applicationGuildCommands(application.id, guild)
            : Routes.applicationCommands(application.id), { body: definitions });
        const names = definitions.map((definition) => `/${definition.name}`).join(" ");
        io.stdout.write(`Registered ${names} ${guild ? `in server ${guild}` : "for every server and DM"}.\n\n` +
            `Add the app to your own account (then talk to it in a DM):\n` +
            `  https://discord.com/oauth2/authorize?client_id=${application.id}&integration_type=1&scope=applications.commands\n` +
            `Add the bot to a server (where /komorebi invites people to a DM):\n` +
            `  https://discord.com/oauth2/authorize?client_id=${application.id}&integration_type=0&scope=bot+applications.commands&permissions=${SERVER_PERMISSIONS}\n`);
        return 0;
    }
    catch (error) {
        io.stderr.write(`komorebi: Discord refused the registration: ${errorText(error)}\n`);
        return 1;
    }
    finally {
        rest.clearHashSweeper();
        rest.clearHandlerSweeper();
    }
}
//# sourceMappingURL=discord.js.map