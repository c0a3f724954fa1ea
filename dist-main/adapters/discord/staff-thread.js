/**
 * The Discord staff channel: a text or forum channel (`STAFF_DISCORD_CHANNEL_ID`) that only the
 * team can see. Each case gets a thread; its card (with Claim and Close buttons) is the thread's
 * first message and is edited as the case changes; each change adds one message. Workers act
 * there: Claim and Close (only those who can see the staff channel, and hold
 * `STAFF_DISCORD_ROLE_ID` where one is set; others get a refusal only they see), and messages in
 * the thread: `/close <note>` (typed as a message: Discord sends text starting with a slash as
 * it is when no command of that name is registered) ends the case, `//` keeps a message in the
 * team, and the claiming worker's other messages reach the person through the bot.
 *
 * Events come over the Discord adapter's one gateway connection: the adapter offers every
 * server message and every staff button here first, so none of them reaches the person side.
 * Reading workers' words in a server needs the privileged Message Content intent, which the
 * adapter requests when this channel is configured.
 */
import { ChannelType, DiscordAPIError, InteractionResponseType, MessageFlags, PermissionFlagsBits, RateLimitError, REST, Routes, } from "discord.js";
import { Agent } from "undici";
import { z } from "zod";
import { staffWords } from "../../core/staff-texts.js";
import { createKeyedQueue } from "../../store/keyed-queue.js";
import { showInThread } from "../shared/case-thread.js";
import { CLOSE_GRACE_MS, closeDispatcher } from "../shared/close-dispatcher.js";
import { abortableSleep } from "../shared/sleep.js";
import { pressButton, STAFF_BUTTON, workerWrote } from "../shared/staff-actions.js";
import { createCaseThreads, FORUM_TYPES, NO_MENTIONS } from "./case-threads.js";
import { discordCode, errorText } from "./error-text.js";
import { chooseForumTag } from "./forum-tags.js";
/** Discord's answer to a forum post without a tag where the forum requires one. */
const TAG_REQUIRED = 40067;
/** A worker's message the store could not take is tried again this often, for this long. */
const STORE_RETRY_MS = 2000;
const STORE_HOLD_MS = 60_000;
const snowflake = z.string().regex(/^\d{1,20}$/);
const messageSchema = z.object({
    id: snowflake,
    channel_id: snowflake,
    guild_id: snowflake.optional(),
    author: z.object({ id: snowflake, bot: z.boolean().optional(), system: z.boolean().optional() }),
    webhook_id: snowflake.optional(),
    content: z.string().optional(),
    attachments: z.array(z.unknown()).optional(),
    sticker_items: z.array(z.unknown()).optional(),
    member: z.object({ roles: z.array(snowflake).optional() }).optional(),
});
const interactionSchema = z.object({
    id: snowflake,
    application_id: snowflake,
    token: z.string().min(1).max(500),
    guild_id: snowflake.optional(),
    channel: z.object({ id: snowflake, parent_id: snowflake.nullish() }).optional(),
    channel_id: snowflake.optional(),
    data: z.object({ custom_id: z.string().optional() }).optional(),
    member: z
        .object({
        user: z.object({ id: snowflake, bot: z.boolean().optional() }),
        roles: z.array(snowflake).optional(),
        // The member's permissions in the channel of the interaction, overwrites included.
        permissions: z.string().regex(/^\d+$/).optional(),
    })
        .optional(),
});
/** Creates the Discord staff channel. */
export function createDiscordStaffThreads(options) {
    const { channelId, roleId, logger, locale, timeZone } = options;
    const words = staffWords(locale);
    const api = options.apiBase?.replace(/\/+$/, "");
    // REST calls on connections of the staff side's own, which close ends.
    const agent = new Agent();
    const restOptions = {
        ...(api ? { api } : {}),
        agent,
        version: "10",
        timeout: 15_000,
        // A long Retry-After goes back to the case's delivery, which tries again later.
        rejectOnRateLimit: (limit) => limit.retryAfter > 3000,
    };
    const rest = new REST(restOptions).setToken(options.token);
    // discord.js repeats a call after a 5xx or a timeout; opening a thread so could open two.
    const restOnce = new REST({ ...restOptions, retries: 0 }).setToken(options.token);
    const caseThreads = createCaseThreads({
        rest,
        restOnce,
        channelId,
        ...(options.forumTag ? { forumTag: options.forumTag } : {}),
        logger,
        locale,
        timeZone,
    });
    let desk;
    let warnedNoText = false;
    const stopping = new AbortController();
    // A thread's messages are handled one after another, as they came: each is passed on in order.
    const threads = createKeyedQueue();
    const deliver = async (event, refs, keep) => {
        try {
            const kept = await showInThread(caseThreads, event, refs, keep, locale, "thread");
            return { status: "sent", refs: kept };
        }
        catch (error) {
            if (error instanceof RateLimitError) {
                return { status: "retry", reason: errorText(error), afterMs: error.retryAfter };
            }
            if (discordCode(error) === TAG_REQUIRED) {
                // Tried again for hours: the case shows once the team gives the forum a tag.
                logger.error("discord staff forum requires a tag and none could be applied (add a tag to the forum or set STAFF_DISCORD_FORUM_TAG; run komorebi doctor)", { error: errorText(error) });
                return { status: "retry", reason: errorText(error) };
            }
            if (error instanceof DiscordAPIError &&
                error.status < 500 &&
                error.status !== 429 &&
                !caseThreads.threadGone(error)) {
                logger.error("discord staff channel refused a case (does the bot see STAFF_DISCORD_CHANNEL_ID, and may it create threads and send messages in them? run komorebi doctor)", { error: errorText(error) });
                return { status: "failed", reason: errorText(error) };
            }
            // A 5xx, a timeout, a refused connection, a thread deleted twice: Discord may be back soon.
            return { status: "retry", reason: errorText(error) };
        }
    };
    /** Whether a member may act: sees the staff channel, and holds the staff role if one is set. */
    const mayAct = (permissions, roles) => {
        if (roleId && !(roles ?? []).includes(roleId))
            return false;
        if (permissions === undefined)
            return true;
        const granted = BigInt(permissions);
        return ((granted & PermissionFlagsBits.Administrator) !== 0n ||
            (granted & PermissionFlagsBits.ViewChannel) !== 0n);
    };
    const callback = (id, token, body) => rest.post(Routes.interactionCallback(id, token), { body, auth: false });
    const onButton = async (data) => {
        const parsed = interactionSchema.safeParse(data);
        if (!parsed.success)
            return;
        const interaction = parsed.data;
        const match = STAFF_BUTTON.exec(interaction.data?.custom_id ?? "");
        const member = interaction.member;
        const ephemeral = (content) => callback(interaction.id, interaction.token, {
            type: InteractionResponseType.ChannelMessageWithSource,
            data: { content, flags: MessageFlags.Ephemeral, ...NO_MENTIONS },
        });
        // The card lives only in the staff channel's threads; a press anywhere else is refused too.
        const inStaffChannel = interaction.channel?.parent_id === channelId || interaction.channel?.id === channelId;
        if (!desk) {
            await ephemeral(words.answer.tryAgain);
            return;
        }
        if (!match ||
            !member ||
            member.user.bot ||
            !inStaffChannel ||
            !mayAct(member.permissions, member.roles)) {
            logger.warn("discord staff button refused: not staff of the staff channel");
            await ephemeral(words.answer.notStaff);
            return;
        }
        // Acknowledged at once (only the presser sees the answer): a claim may take longer than
        // Discord's three seconds when the person is told over a slow channel.
        try {
            await callback(interaction.id, interaction.token, {
                type: InteractionResponseType.DeferredChannelMessageWithSource,
                data: { flags: MessageFlags.Ephemeral },
            });
        }
        catch (error) {
            // 40060: another process with this bot's token took this press (each session gets it).
            if (discordCode(error) === 40060)
                return;
            throw error;
        }
        const worker = { channel: "discord", id: member.user.id };
        const action = match[1] === "claim" ? "claim" : "close";
        const answered = await pressButton(desk, action, Number(match[2]), worker, words).catch((error) => {
            logger.warn("discord staff button not handled", { error: errorText(error) });
            return { text: words.answer.tryAgain };
        });
        await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token, "@original"), { body: { content: answered.text, ...NO_MENTIONS }, auth: false });
    };
    const replyIn = (message, text) => rest
        .post(Routes.channelMessages(message.channel_id), {
        body: {
            content: text,
            message_reference: { message_id: message.id, fail_if_not_exists: false },
            allowed_mentions: { parse: [], replied_user: false },
        },
    })
        .catch((error) => {
        logger.debug("discord staff reply failed", { error: errorText(error) });
    });
    /** A message in a server; true when it was in a case's thread (then it is the staff's). */
    const onMessage = async (data) => {
        const parsed = messageSchema.safeParse(data);
        if (!parsed.success)
            return false;
        const message = parsed.data;
        // The gateway delivers a message once: one the store could not take now is held and tried
        // again (in its thread's order; passing it on twice is recognised by its id), for a while.
        let inCase = false;
        for (let waited = 0;; waited += STORE_RETRY_MS) {
            try {
                return await inThread(message, () => {
                    inCase = true;
                });
            }
            catch (error) {
                if (waited >= STORE_HOLD_MS || stopping.signal.aborted) {
                    logger.warn("discord staff message not handled; the worker is asked to send it again", {
                        error: errorText(error),
                    });
                    if (inCase)
                        await replyIn(message, words.answer.notKept);
                    return inCase;
                }
                if (waited === 0) {
                    logger.warn("discord staff message not handled yet; trying again", {
                        error: errorText(error),
                    });
                }
                await abortableSleep(STORE_RETRY_MS, stopping.signal);
            }
        }
    };
    const inThread = async (message, found) => {
        if (!desk)
            return false;
        const number = await desk.caseForThread("discord", message.channel_id);
        if (number === undefined)
            return false;
        found();
        if (message.author.bot || message.author.system || message.webhook_id)
            return true;
        if (!mayAct(undefined, message.member?.roles)) {
            await replyIn(message, words.answer.notStaff);
            return true;
        }
        const content = message.content ?? "";
        const media = (message.attachments?.length ?? 0) + (message.sticker_items?.length ?? 0) > 0;
        if (content === "" && !media) {
            // Without the Message Content intent Discord sends server messages without their words.
            if (!warnedNoText) {
                warnedNoText = true;
                logger.error("a worker's message in a case thread came without its text: turn on the Message Content intent (Developer Portal → Bot → Privileged Gateway Intents)");
            }
            return true;
        }
        const worker = { channel: "discord", id: message.author.id };
        const text = content === "" ? undefined : content;
        const said = await workerWrote(desk, number, worker, text, `discord:${message.id}`, words);
        if (said)
            await replyIn(message, said);
        return true;
    };
    return {
        name: "discord",
        canRelay: true,
        deliver,
        mayOwn(kind, data) {
            const fields = data;
            if (kind === "message")
                return typeof fields?.guild_id === "string";
            const id = fields?.data?.custom_id;
            return typeof id === "string" && STAFF_BUTTON.test(id);
        },
        async take(kind, data) {
            try {
                if (kind === "message") {
                    const thread = data.channel_id;
                    return await threads.run(String(thread), () => onMessage(data));
                }
                await onButton(data);
                return true;
            }
            catch (error) {
                logger.warn("discord staff event not handled", { error: errorText(error) });
                return kind === "interaction";
            }
        },
        async start(staffDesk) {
            desk = staffDesk;
            try {
                const channel = await caseThreads.parent();
                const forum = FORUM_TYPES.has(channel.type);
                if (channel.type !== ChannelType.GuildText && !forum) {
                    logger.error("STAFF_DISCORD_CHANNEL_ID is not a text or forum channel: choose a server's text or forum channel that only the team can see");
                }
                const problem = forum ? chooseForumTag(channel, options.forumTag).problem : undefined;
                if (problem)
                    logger.error(`discord staff forum: ${problem} (run komorebi doctor)`);
            }
            catch (error) {
                logger.error("discord staff channel not reachable (is the bot in the server?)", {
                    error: errorText(error),
                });
            }
        },
        async stop() {
            stopping.abort();
            desk = undefined;
        },
        async close() {
            await closeDispatcher(agent, CLOSE_GRACE_MS);
        },
    };
}
//# sourceMappingURL=staff-thread.js.map