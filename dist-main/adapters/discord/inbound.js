/**
 * Maps Discord gateway dispatches (MESSAGE_CREATE, MESSAGE_UPDATE, INTERACTION_CREATE) to what
 * the adapter should do: a person's event in their private chat with the bot, an invitation to
 * that private chat for someone in a server, or nothing. Pure: no API calls, no state; payloads
 * are read through zod, so a field Discord adds or drops never crashes the adapter.
 */
import { ComponentType, InteractionContextType, InteractionType, MessageFlags, MessageType, } from "discord.js";
import { z } from "zod";
import { REFERRAL_PATTERN } from "../../core/referral.js";
import { CODE_OPTION, slashMeaning } from "./commands.js";
import { answeredComponents } from "./outbound.js";
const snowflake = z.string().regex(/^\d{1,20}$/);
const user = z.object({
    id: snowflake,
    bot: z.boolean().optional(),
    system: z.boolean().optional(),
});
/** The parts of a message the adapter reads. */
const messageSchema = z.object({
    id: snowflake,
    channel_id: snowflake,
    guild_id: snowflake.optional(),
    author: user,
    webhook_id: snowflake.optional(),
    type: z.number().int(),
    content: z.string().optional(),
    mentions: z.array(z.object({ id: snowflake })).optional(),
    attachments: z.array(z.object({ content_type: z.string().optional() })).optional(),
    sticker_items: z.array(z.unknown()).optional(),
    poll: z.unknown().optional(),
    flags: z.number().int().optional(),
    edited_timestamp: z.string().nullable().optional(),
});
/** The parts of an interaction the adapter reads. */
const interactionSchema = z.object({
    id: snowflake,
    application_id: snowflake,
    type: z.number().int(),
    token: z.string().min(1).max(500),
    data: z
        .object({
        name: z.string().optional(),
        custom_id: z.string().optional(),
        component_type: z.number().int().optional(),
        options: z.array(z.object({ name: z.string(), value: z.unknown().optional() })).optional(),
    })
        .optional(),
    guild_id: snowflake.optional(),
    channel: z.object({ id: snowflake, type: z.number().int() }).optional(),
    channel_id: snowflake.optional(),
    user: user.optional(),
    member: z.object({ user }).optional(),
    locale: z.string().max(16).optional(),
    context: z.number().int().optional(),
    message: z.object({ id: snowflake, components: z.array(z.unknown()).optional() }).optional(),
});
// Only what a person writes: replies count, joins, pins, boosts and calls do not.
const PERSON_WRITTEN = new Set([MessageType.Default, MessageType.Reply]);
/** Maps a MESSAGE_CREATE. Bots (this one too), webhooks and service messages are ignored. */
export function parseDiscordMessage(data, context) {
    const parsed = messageSchema.safeParse(data);
    if (!parsed.success)
        return ignored("unreadable message");
    const message = parsed.data;
    if (message.author.bot || message.author.system || message.webhook_id) {
        return ignored("not a person");
    }
    if (!PERSON_WRITTEN.has(message.type))
        return ignored("service message");
    const text = withoutBotMention(message.content ?? "", context.botUserId);
    if (message.guild_id) {
        // In a server only a message addressed to the bot is read; its answer goes to the DM.
        const mentioned = context.botUserId !== undefined &&
            (message.mentions ?? []).some((mentioned) => mentioned.id === context.botUserId);
        if (!mentioned)
            return ignored("server message not addressed to the bot");
        return {
            kind: "conversation",
            event: event(message.author.id, message.id, payloadOf(message, text) ?? { type: "start" }),
            address: { userId: message.author.id },
            mention: { channelId: message.channel_id, messageId: message.id },
        };
    }
    const payload = payloadOf(message, text);
    if (!payload)
        return ignored("empty message");
    return {
        kind: "conversation",
        event: event(message.author.id, message.id, payload),
        address: { channelId: message.channel_id },
    };
}
/**
 * Maps a MESSAGE_UPDATE: an edited private message is read by the risk check only ("I'm fine"
 * edited into "I want to die" must still be answered); other updates (link previews resolving,
 * edits in servers) are left alone.
 */
export function parseDiscordMessageEdit(data, context) {
    const parsed = messageSchema.safeParse(data);
    if (!parsed.success)
        return ignored("unreadable message update");
    const message = parsed.data;
    if (message.guild_id || message.author.bot || message.webhook_id)
        return ignored("not a DM");
    if (!message.edited_timestamp)
        return ignored("not an edit");
    const text = withoutBotMention(message.content ?? "", context.botUserId);
    if (text === "")
        return ignored("edit without text");
    return {
        kind: "conversation",
        // One message can be edited many times; each edit is its own event.
        event: event(message.author.id, `${message.id}:edit:${message.edited_timestamp}`, {
            type: "edit",
            text,
        }),
        address: { channelId: message.channel_id },
    };
}
/** Maps an INTERACTION_CREATE: a slash command or a button press. */
export function parseDiscordInteraction(data, context) {
    const parsed = interactionSchema.safeParse(data);
    if (!parsed.success)
        return ignored("unreadable interaction");
    const interaction = parsed.data;
    const ref = {
        id: interaction.id,
        token: interaction.token,
        applicationId: interaction.application_id,
    };
    const person = interaction.user ?? interaction.member?.user;
    if (!person || person.bot)
        return ignored("not a person");
    const localeHint = interaction.locale;
    const channelId = interaction.channel?.id ?? interaction.channel_id;
    const isButton = interaction.type === InteractionType.MessageComponent &&
        interaction.data?.component_type === ComponentType.Button;
    if (!inPrivateChat(interaction) || !channelId) {
        if (isButton)
            return ignored("button outside a private chat", ref);
        if (interaction.type !== InteractionType.ApplicationCommand) {
            return ignored("interaction outside a private chat");
        }
        return { kind: "invite", interaction: ref, userId: person.id, ...hint(localeHint) };
    }
    const conversation = (payload, ack) => ({
        kind: "conversation",
        event: event(person.id, interaction.id, payload, localeHint),
        address: { channelId },
        interaction: { ...ref, ack },
    });
    if (isButton) {
        const choiceId = interaction.data?.custom_id;
        if (!choiceId || choiceId.length > 100)
            return ignored("button without an id", ref);
        // Discord sends the message back as it showed it; only our own buttons are changed.
        const shown = (interaction.message?.components ?? []);
        const components = answeredComponents(shown, choiceId);
        return conversation({ type: "choice", choiceId }, { type: "update", components });
    }
    if (interaction.type !== InteractionType.ApplicationCommand) {
        return ignored("interaction komorebi does not use");
    }
    const meaning = slashMeaning(interaction.data?.name ?? "");
    if (!meaning)
        return ignored("unknown command");
    if (meaning.type === "command") {
        const word = context.commandWords[meaning.command];
        return conversation({ type: "text", text: word }, { type: "defer-reply" });
    }
    // /start, and /komorebi typed in the private chat itself.
    const code = interaction.data?.options?.find((option) => option.name === CODE_OPTION)?.value;
    return conversation(start(typeof code === "string" ? code : undefined), { type: "defer-reply" });
}
/**
 * Where an interaction happened. A user-installed app is also invoked in DMs between people
 * (context PRIVATE_CHANNEL): the channel type is a DM there too, but it is not the bot's.
 */
function inPrivateChat(interaction) {
    if (interaction.context !== undefined)
        return interaction.context === InteractionContextType.BotDM;
    return !interaction.guild_id && interaction.channel?.type === 1;
}
function payloadOf(message, text) {
    // Words come first: a caption under a photo is the person's own words and may carry risk.
    if (text !== "")
        return startFromText(text) ?? { type: "text", text };
    const media = mediaOf(message);
    return media ? { type: "unsupported", media } : undefined;
}
function mediaOf(message) {
    if ((message.sticker_items?.length ?? 0) > 0)
        return "sticker";
    const attachment = message.attachments?.[0];
    if (attachment) {
        if (((message.flags ?? 0) & MessageFlags.IsVoiceMessage) !== 0)
            return "audio";
        const type = attachment.content_type?.split("/")[0];
        if (type === "image")
            return "image";
        if (type === "audio")
            return "audio";
        if (type === "video")
            return "video";
        return "file";
    }
    if (message.poll !== undefined)
        return "other";
    return undefined;
}
const START_TEXT = /^\/start(?:\s+(\S+))?$/i;
/** "/start CODE" typed as a message (without picking the slash command) starts like it. */
function startFromText(text) {
    const command = START_TEXT.exec(text.normalize("NFKC").trim());
    return command ? start(command[1]) : undefined;
}
function start(code) {
    return code && REFERRAL_PATTERN.test(code)
        ? { type: "start", referral: code }
        : { type: "start" };
}
/** The text without `<@bot>` mentions of this bot, trimmed. */
function withoutBotMention(content, botUserId) {
    if (!botUserId)
        return content.trim();
    return content.replaceAll(new RegExp(`<@!?${botUserId}>`, "g"), " ").trim();
}
function event(userId, eventId, payload, localeHint) {
    return { channel: "discord", userId, eventId, ...hint(localeHint), payload };
}
const hint = (localeHint) => (localeHint ? { localeHint } : {});
function ignored(reason, stopSpinner) {
    return { kind: "ignored", reason, ...(stopSpinner ? { stopSpinner } : {}) };
}
//# sourceMappingURL=inbound.js.map