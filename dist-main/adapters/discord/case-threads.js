/**
 * A case's thread in the Discord staff channel, for the shared thread logic: under a text
 * channel a thread, then the card in it; in a forum channel a post whose first message is the
 * card (with a tag where the forum requires one). A thread an earlier attempt may have opened is
 * looked up by its name, which starts with the case's number (`#12 …`), among the server's
 * active threads, before another is opened.
 */
import { createHash } from "node:crypto";
import { ButtonStyle, ChannelType, ComponentType, DiscordAPIError, MessageFlags, Routes, } from "discord.js";
import { caseCard, caseTitle, staffWords } from "../../core/staff-texts.js";
import { staffButton } from "../shared/staff-actions.js";
import { discordCode, errorText } from "./error-text.js";
import { chooseForumTag } from "./forum-tags.js";
/** Discord's limit for a message's content, and for a thread's name. */
const MESSAGE_LIMIT = 2000;
const THREAD_NAME_LIMIT = 100;
/** A week: the longest a thread stays open without messages before Discord archives it. */
const AUTO_ARCHIVE_MINUTES = 10_080;
/** Nonces are compared for "the past few minutes"; Discord takes at most 25 characters. */
const NONCE_LENGTH = 25;
export const FORUM_TYPES = new Set([ChannelType.GuildForum, ChannelType.GuildMedia]);
export const NO_MENTIONS = { allowed_mentions: { parse: [] } };
/** Unknown Channel (a deleted thread), Unknown Message (a deleted card). */
const UNKNOWN_CHANNEL = 10003;
const UNKNOWN_MESSAGE = 10008;
/** Creates the case threads of the staff channel. */
export function createCaseThreads(options) {
    const { rest, restOnce, channelId, logger, locale, timeZone } = options;
    const words = staffWords(locale);
    let parentChannel;
    let warnedTag = "";
    const parent = async () => {
        parentChannel ??= (await rest.get(Routes.channel(channelId)));
        return parentChannel;
    };
    const components = (event) => {
        const { status, number } = event.case;
        if (status === "closed")
            return [];
        return [
            {
                type: ComponentType.ActionRow,
                components: [
                    ...(status === "open"
                        ? [
                            {
                                type: ComponentType.Button,
                                style: ButtonStyle.Primary,
                                label: words.claim,
                                custom_id: staffButton("claim", number),
                            },
                        ]
                        : []),
                    {
                        type: ComponentType.Button,
                        style: ButtonStyle.Secondary,
                        label: words.close,
                        custom_id: staffButton("close", number),
                    },
                ],
            },
        ];
    };
    const cardBody = (event) => ({
        content: caseCard(event.case, locale, timeZone),
        ...NO_MENTIONS,
        components: components(event),
    });
    /** A nonce from the event and the part of it, so a delivery tried again posts nothing twice. */
    const nonce = (event, part) => createHash("sha256").update(`${event.id}\n${part}`).digest("base64url").slice(0, NONCE_LENGTH);
    /** The tag for a new forum post, where the forum requires one or one is configured. */
    const tagFor = (channel) => {
        const choice = chooseForumTag(channel, options.forumTag);
        if (choice.problem && warnedTag !== choice.problem) {
            warnedTag = choice.problem;
            logger.error(`discord staff forum: ${choice.problem} (run komorebi doctor)`);
        }
        return choice.tag ? { applied_tags: [choice.tag.id] } : {};
    };
    const open = async (event) => {
        const channel = await parent();
        const name = caseTitle(event.case, locale).slice(0, THREAD_NAME_LIMIT);
        try {
            if (FORUM_TYPES.has(channel.type)) {
                // A forum post is a thread whose first message (with the thread's id) is the card.
                const created = (await restOnce.post(Routes.threads(channelId), {
                    body: {
                        name,
                        auto_archive_duration: AUTO_ARCHIVE_MINUTES,
                        ...tagFor(channel),
                        message: cardBody(event),
                    },
                }));
                return { thread: created.id, card: created.message?.id ?? created.id };
            }
            const created = (await restOnce.post(Routes.threads(channelId), {
                body: { name, type: ChannelType.PublicThread, auto_archive_duration: AUTO_ARCHIVE_MINUTES },
            }));
            return { thread: created.id };
        }
        catch (error) {
            // The team may have changed the channel (tags, type): read it again next time.
            if (error instanceof DiscordAPIError && error.status < 500)
                parentChannel = undefined;
            throw error;
        }
    };
    const find = async (event) => {
        const channel = await parent();
        if (!channel.guild_id)
            return undefined;
        let active;
        try {
            active = (await rest.get(Routes.guildActiveThreads(channel.guild_id)));
        }
        catch (error) {
            // Refused (not a passing failure): opening a thread is better than showing no case.
            if (!(error instanceof DiscordAPIError && error.status < 500 && error.status !== 429)) {
                throw error;
            }
            logger.warn("discord staff threads could not be listed; a new one is opened", {
                error: errorText(error),
            });
            return undefined;
        }
        const prefix = `#${event.case.number} `;
        const found = (active.threads ?? []).find((thread) => thread.parent_id === channelId && thread.name?.startsWith(prefix) === true);
        if (!found)
            return undefined;
        logger.info("discord staff thread found again after an unclear answer", {
            case: event.case.number,
        });
        // A forum post's card is its first message, which has the post's id.
        return FORUM_TYPES.has(channel.type)
            ? { thread: found.id, card: found.id }
            : { thread: found.id };
    };
    return {
        parent,
        idOf: (value) => (typeof value === "string" ? value : undefined),
        open,
        find,
        postCard: async (thread, event) => {
            const sent = (await rest.post(Routes.channelMessages(thread), {
                body: { ...cardBody(event), nonce: nonce(event, "card"), enforce_nonce: true },
            }));
            return sent.id;
        },
        editCard: async (thread, card, event) => {
            await rest.patch(Routes.channelMessage(thread, card), { body: cardBody(event) });
        },
        post: async (thread, text, event, part) => {
            await rest.post(Routes.channelMessages(thread), {
                body: {
                    content: text.slice(0, MESSAGE_LIMIT),
                    ...NO_MENTIONS,
                    flags: MessageFlags.SuppressEmbeds,
                    nonce: nonce(event, part),
                    enforce_nonce: true,
                },
            });
        },
        closed: async (thread) => {
            await rest.patch(Routes.channel(thread), { body: { archived: true } }).catch((error) => {
                logger.debug("discord staff thread not archived", { error: errorText(error) });
            });
        },
        threadGone: (error) => discordCode(error) === UNKNOWN_CHANNEL,
        cardGone: (error) => discordCode(error) === UNKNOWN_MESSAGE,
    };
}
//# sourceMappingURL=case-threads.js.map