/**
 * The staff channels as their platforms see them: the Telegram staff group is a forum where the
 * bot is an admin that can manage topics; the Discord staff channel is a text or forum channel
 * where the bot can make threads and write in them, and the application has the Message Content
 * intent (workers' words in a thread come without it); the staff webhook answers a signed ping.
 */
import { Api } from "grammy";
import { chooseForumTag } from "../adapters/discord/forum-tags.js";
import { errorText as telegramErrorText } from "../adapters/telegram/error-text.js";
import { errorText } from "../core/error-text.js";
import { signWebhookBody, WEBHOOK_HEADERS } from "../staff/webhook-channel.js";
import { DISCORD_API_DEFAULT } from "./discord-check.js";
/** Checks the Telegram staff group; `STAFF_TELEGRAM_CHAT_ID` and the token must be set. */
export async function checkTelegramStaffGroup(config) {
    const name = "telegram staff group";
    const chatId = Number(config.STAFF_TELEGRAM_CHAT_ID);
    const api = new Api(config.TELEGRAM_BOT_TOKEN ?? "", {
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT.replace(/\/+$/, "") } : {}),
        timeoutSeconds: 10,
    });
    try {
        const chat = await api.getChat(chatId);
        if (chat.type !== "supergroup" || !("is_forum" in chat) || chat.is_forum !== true) {
            return {
                name,
                status: "fail",
                detail: `STAFF_TELEGRAM_CHAT_ID is a ${chat.type}${chat.type === "supergroup" ? " without topics" : ""}, not a forum supergroup`,
                fix: "in the group's settings turn on Topics (this makes it a forum supergroup; its id then starts with -100), and set STAFF_TELEGRAM_CHAT_ID to that id",
            };
        }
        const me = await api.getMe();
        const member = await api.getChatMember(chatId, me.id);
        const canManage = member.status === "creator" ||
            (member.status === "administrator" && member.can_manage_topics === true);
        if (!canManage) {
            return {
                name,
                status: "fail",
                detail: `the bot is ${member.status === "administrator" ? "an administrator without “Manage topics”" : `a ${member.status}, not an administrator`} in the staff group`,
                fix: "in the group: Manage group → Administrators → Add administrator → the bot, with “Manage topics” on",
            };
        }
        return { name, status: "ok", detail: "a forum; the bot is an admin that can manage topics" };
    }
    catch (error) {
        return {
            name,
            status: "fail",
            detail: `Telegram did not show the staff group (${telegramErrorText(error)})`,
            fix: "add the bot to the group, and check STAFF_TELEGRAM_CHAT_ID (forward a message from the group to @userinfobot, or read it in the group's link; it starts with -100)",
        };
    }
}
/** Discord's permission bits the staff channel needs, with the names the server settings use. */
const PERMISSION = {
    administrator: 1n << 3n,
    viewChannel: 1n << 10n,
    sendMessages: 1n << 11n,
    readMessageHistory: 1n << 16n,
    createPublicThreads: 1n << 35n,
    sendMessagesInThreads: 1n << 38n,
};
const PERMISSION_NAMES = {
    viewChannel: "View Channel",
    sendMessages: "Send Messages",
    readMessageHistory: "Read Message History",
    createPublicThreads: "Create Public Threads",
    sendMessagesInThreads: "Send Messages in Threads",
};
/** GATEWAY_MESSAGE_CONTENT and GATEWAY_MESSAGE_CONTENT_LIMITED in the application's flags. */
const MESSAGE_CONTENT_FLAGS = (1 << 18) | (1 << 19);
const TEXT_CHANNEL = 0;
const FORUM_CHANNELS = new Set([15, 16]);
class DiscordRefused extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** Checks the Discord staff channel; `STAFF_DISCORD_CHANNEL_ID` and the token must be set. */
export async function checkDiscordStaffChannel(config) {
    const base = `${(config.DISCORD_API_BASE ?? DISCORD_API_DEFAULT).replace(/\/+$/, "")}/v10`;
    const get = async (path) => {
        const response = await fetch(`${base}${path}`, {
            headers: { authorization: `Bot ${config.DISCORD_BOT_TOKEN ?? ""}` },
            signal: AbortSignal.timeout(10_000),
        });
        const body = (await response.json().catch(() => ({})));
        if (!response.ok) {
            throw new DiscordRefused(response.status, `HTTP ${response.status}: ${body.message ?? ""}`);
        }
        return body;
    };
    const channelId = config.STAFF_DISCORD_CHANNEL_ID ?? "";
    const checks = [];
    try {
        const app = await get("/applications/@me");
        checks.push(((app.flags ?? 0) & MESSAGE_CONTENT_FLAGS) !== 0
            ? { name: "discord message content", status: "ok", detail: "the intent is on" }
            : {
                name: "discord message content",
                status: "fail",
                detail: "the Message Content intent is off: workers' messages in case threads would arrive without their words",
                fix: "Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent: on (a bot in 100 servers or more needs Discord's approval), then restart komorebi",
            });
    }
    catch (error) {
        checks.push({
            name: "discord message content",
            status: "fail",
            detail: `the application's flags could not be read (${errorText(error)})`,
            fix: "check DISCORD_BOT_TOKEN (see the discord token line)",
        });
    }
    const name = "discord staff channel";
    try {
        const channel = await get(`/channels/${channelId}`);
        const forum = FORUM_CHANNELS.has(channel.type);
        if (channel.type !== TEXT_CHANNEL && !forum) {
            checks.push({
                name,
                status: "fail",
                detail: `STAFF_DISCORD_CHANNEL_ID is a channel of type ${channel.type}, not a text or forum channel`,
                fix: "choose a server's text or forum channel that only your team can see, and copy its id (Developer Mode on, right-click the channel → Copy Channel ID)",
            });
            return checks;
        }
        const me = await get("/users/@me");
        const guild = channel.guild_id ?? "";
        const [member, roles] = await Promise.all([
            get(`/guilds/${guild}/members/${me.id}`),
            get(`/guilds/${guild}/roles`),
        ]);
        const granted = permissionsIn(guild, member.roles, me.id, roles, channel.permission_overwrites);
        // Read Message History: the bot answers a worker's message as a reply to it.
        const needed = [
            "viewChannel",
            forum ? "sendMessages" : "createPublicThreads",
            "sendMessagesInThreads",
            "readMessageHistory",
        ];
        const missing = needed.filter((permission) => (granted & PERMISSION[permission]) === 0n);
        if (missing.length > 0) {
            const names = missing.map((permission) => PERMISSION_NAMES[permission]).join(", ");
            checks.push({
                name,
                status: "fail",
                detail: `in #${channel.name ?? channelId} the bot lacks ${names}`,
                fix: `the channel's settings → Permissions → add the bot (or its role) and allow ${names}`,
            });
            return checks;
        }
        checks.push({
            name,
            status: "ok",
            detail: `#${channel.name ?? channelId} (${forum ? "forum: a post per case" : "text: a thread per case"}); the bot can make threads and write in them`,
        });
        if (forum) {
            const tags = forumTagCheck(channel, config.STAFF_DISCORD_FORUM_TAG);
            if (tags)
                checks.push(tags);
        }
    }
    catch (error) {
        const status = error instanceof DiscordRefused ? error.status : undefined;
        checks.push({
            name,
            status: "fail",
            detail: `Discord did not show the staff channel (${errorText(error)}${error instanceof DiscordRefused ? ` ${error.message}` : ""})`,
            fix: status === 404 || status === 403
                ? "add the bot to the server (the server install link in docs/discord.md), give it View Channel in the staff channel, and check STAFF_DISCORD_CHANNEL_ID"
                : "check the network and DISCORD_API_BASE",
        });
    }
    return checks;
}
/**
 * Whether a forum's posts can be made as its tags require: a forum with "Require tags" refuses a
 * post without one. Undefined where tags neither are required nor configured.
 */
function forumTagCheck(channel, configured) {
    const name = "discord forum tags";
    const choice = chooseForumTag(channel, configured);
    const tagged = choice.tag ? `each case's post gets the tag "${choice.tag.name}"` : "";
    const required = choice.required ? "the forum requires a tag on each post" : "";
    if (!choice.problem) {
        if (!choice.tag)
            return undefined;
        return { name, status: "ok", detail: [required, tagged].filter(Boolean).join("; ") };
    }
    if (choice.required && !choice.tag) {
        return {
            name,
            status: "fail",
            detail: `${choice.problem}: Discord would refuse every case's post`,
            fix: "in the forum's settings add a tag (Tags → New tag, one anyone may apply), or turn off Require tags; optionally name it in STAFF_DISCORD_FORUM_TAG",
        };
    }
    return {
        name,
        status: "warn",
        detail: choice.tag
            ? `${choice.problem}; ${tagged} instead`
            : `${choice.problem}; posts get no tag`,
        fix: "set STAFF_DISCORD_FORUM_TAG to one of the forum's tags (its name or id), or leave it out",
    };
}
/** A member's permissions in a channel, the way Discord documents computing them. */
function permissionsIn(guildId, memberRoles, userId, roles, overwrites = []) {
    const roleBits = new Map(roles.map((role) => [role.id, BigInt(role.permissions)]));
    let permissions = roleBits.get(guildId) ?? 0n;
    for (const role of memberRoles)
        permissions |= roleBits.get(role) ?? 0n;
    if ((permissions & PERMISSION.administrator) !== 0n)
        return ~0n;
    const apply = (overwrite) => {
        if (overwrite) {
            permissions = (permissions & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
        }
    };
    apply(overwrites.find((overwrite) => overwrite.id === guildId));
    let allow = 0n;
    let deny = 0n;
    for (const overwrite of overwrites) {
        if (overwrite.type === 0 && memberRoles.includes(overwrite.id)) {
            allow |= BigInt(overwrite.allow);
            deny |= BigInt(overwrite.deny);
        }
    }
    permissions = (permissions & ~deny) | allow;
    apply(overwrites.find((overwrite) => overwrite.type === 1 && overwrite.id === userId));
    return permissions;
}
/**
 * Posts a signed `{"type":"ping"}` to the staff webhook: a receiver checks the signature and
 * answers 2xx. Nothing about any case is in it.
 */
export async function checkStaffWebhook(config, now) {
    const name = "staff webhook";
    const url = config.STAFF_WEBHOOK_URL ?? "";
    const body = JSON.stringify({ type: "ping", at: now.toISOString() });
    const timestamp = Math.floor(now.getTime() / 1000);
    try {
        const response = await fetch(url, {
            method: "POST",
            headers: {
                "content-type": "application/json",
                "user-agent": "komorebi-staff-webhook",
                [WEBHOOK_HEADERS.signature]: signWebhookBody(config.STAFF_WEBHOOK_SECRET ?? "", timestamp, body),
                [WEBHOOK_HEADERS.event]: "ping",
                [WEBHOOK_HEADERS.delivery]: `ping-${timestamp}`,
            },
            body,
            signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok)
            return { name, status: "ok", detail: `${url} answered ${response.status}` };
        if (response.status === 401 || response.status === 403) {
            return {
                name,
                status: "fail",
                detail: `${url} refused the signed ping (HTTP ${response.status})`,
                fix: "give the receiver the same secret as STAFF_WEBHOOK_SECRET, and check it verifies X-Komorebi-Signature over `<t>.<body>`",
            };
        }
        return {
            name,
            status: response.status >= 500 ? "fail" : "warn",
            detail: `${url} answered HTTP ${response.status} to a ping`,
            fix: "the receiver should answer 2xx to every event it keeps, `ping` too (README, Staff channel and handoff)",
        };
    }
    catch (error) {
        const code = error?.cause?.code;
        return {
            name,
            status: "fail",
            detail: `${url} did not answer (${errorText(error)}${typeof code === "string" ? `, ${code}` : ""})`,
            fix: "check that the receiver runs and STAFF_WEBHOOK_URL is reachable from where komorebi runs",
        };
    }
}
//# sourceMappingURL=staff-check.js.map